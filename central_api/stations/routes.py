"""The stations (every signed-in account may read them)."""
from central_api.platform.deps import PrincipalDep, SessionDep
from central_api.platform.errors import error_responses
from central_api.platform.routing import make_router
from central_api.stations import service
from central_api.stations.schemas import StationPublic, StationsPublic

router = make_router(prefix="/stations", tags=["stations"])


@router.get("", operation_id="list_stations", response_model=StationsPublic, responses=error_responses(401))
def list_stations(_principal: PrincipalDep, session: SessionDep) -> StationsPublic:
    rows = service.list_stations(session)
    return StationsPublic(data=[StationPublic.model_validate(r) for r in rows], count=len(rows))
