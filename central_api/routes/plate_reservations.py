"""Chosen plates at the counter: find them, confirm them."""
from typing import Annotated

from fastapi import Depends, Query

from central_api import plate_reservations
from central_api.deps import IdPath, Principal, ServicesDep, SessionDep, require_roles
from central_api.errors import error_responses
from central_api.plate_schemas import ConfirmRequest, ReservationPublic, ReservationsPublic
from central_api.routes import make_router
from counter_app.domain.roles import Role

router = make_router(prefix="/plate-reservations", tags=["plate reservations"])
ReaderDep = Annotated[Principal, Depends(require_roles(Role.CLERK, Role.SUPERVISOR, Role.INTERNET))]
ClerkDep = Annotated[Principal, Depends(require_roles(Role.CLERK))]


@router.get("", operation_id="list_plate_reservations", response_model=ReservationsPublic,
            responses=error_responses(401, 403, 422))
def list_reservations(
    _principal: ReaderDep, session: SessionDep, services: ServicesDep,
    plate: Annotated[str | None, Query(max_length=64)] = None,
    id_number: Annotated[str | None, Query(max_length=64)] = None,
    vin: Annotated[str | None, Query(max_length=64)] = None,
    notice_code: Annotated[str | None, Query(max_length=64)] = None,
) -> ReservationsPublic:
    """Reservations by exactly one of `notice_code`, `plate`, `id_number`, `vin`; newest first."""
    rows = plate_reservations.search(session, services, {"plate": plate, "id_number": id_number, "vin": vin,
                                                         "notice_code": notice_code})
    stations = plate_reservations.station_map(session)
    data = [plate_reservations.public(session, services, r, stations) for r in rows]
    return ReservationsPublic(data=data, count=len(data), delivery_fees=plate_reservations.delivery_fees(services))


@router.post("/{reservation_id}/confirm", operation_id="confirm_plate_reservation",
             response_model=ReservationPublic, responses=error_responses(401, 403, 404, 409, 422))
def confirm(principal: ClerkDep, session: SessionDep, services: ServicesDep,
            reservation_id: IdPath, body: ConfirmRequest) -> ReservationPublic:
    """Confirm at a registration window (the clerk checked the 机动车登记证书 or the SMS notice)."""
    row = plate_reservations.confirm(session, services, principal, reservation_id, body)
    return plate_reservations.public(session, services, row)
