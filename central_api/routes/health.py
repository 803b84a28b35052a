from sqlalchemy import text

from central_api.deps import ClockDep, SessionDep
from central_api.routes import make_router
from central_api.schemas import HealthResponse

router = make_router(tags=["health"])


@router.get("/health", operation_id="health", response_model=HealthResponse)
def health(session: SessionDep, clock: ClockDep) -> HealthResponse:
    """Liveness and database reachability; no token needed."""
    session.execute(text("SELECT 1"))
    return HealthResponse(status="ok", time=clock.now())
