"""People barred from internet plate selection for not confirming; supervisors may lift it."""
from typing import Annotated

from fastapi import Depends, Query

from central_api import plate_reservations
from central_api.deps import IdPath, ClockDep, Principal, ServicesDep, SessionDep, SupervisorDep, require_roles
from central_api.errors import error_responses
from central_api.plate_schemas import BlacklistPublic, BlacklistsPublic, LiftRequest
from central_api.registration import checked
from central_api.routes import make_router
from counter_app.domain.identity import validate_id_number
from counter_app.domain.roles import Role
from counter_app.domain.timefmt import local

router = make_router(prefix="/plate-blacklist", tags=["plate blacklist"])
ReaderDep = Annotated[Principal, Depends(require_roles(Role.CLERK, Role.SUPERVISOR))]


@router.get("", operation_id="list_plate_blacklist", response_model=BlacklistsPublic,
            responses=error_responses(401, 403, 422))
def list_blacklist(_principal: ReaderDep, session: SessionDep, clock: ClockDep,
                   id_number: Annotated[str | None, Query(max_length=64)] = None) -> BlacklistsPublic:
    now = clock.now()
    if id_number:
        id_number = checked(validate_id_number, id_number, local(now).date())
    data = [plate_reservations.blacklist_public(e, plate, now)
            for e, plate in plate_reservations.list_blacklist(session, id_number)]
    return BlacklistsPublic(data=data, count=len(data))


@router.post("/{entry_id}/lift", operation_id="lift_plate_blacklist", response_model=BlacklistPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def lift(principal: SupervisorDep, session: SessionDep, services: ServicesDep,
         entry_id: IdPath, body: LiftRequest) -> BlacklistPublic:
    """End a blacklist entry early; the reason is audited."""
    entry = plate_reservations.lift(session, services, principal, entry_id, body.reason)
    plate = plate_reservations.plate_of(session, entry.reservation_id)
    return plate_reservations.blacklist_public(entry, plate, services.clock.now())
