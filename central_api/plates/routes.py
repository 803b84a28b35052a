"""Endpoints of the plates area; thin: the rules are in selection.py, reservations.py, pool.py and
expiry.py.

- /plate-selections: the internet side of selection (the 122 platform's gateway account drives it);
- /plate-reservations: chosen plates at the counter: find them, confirm them;
- /plate-segments: the pool's segments (supervisors add the next ones; release is automatic);
- /plate-blacklist: people barred from internet selection for not confirming; supervisors may lift it;
- /jobs/plate-expiry: the expiry job run by hand (supervisors); the service also runs it on a timer.
"""
from typing import Annotated

from fastapi import Depends, Query

from central_api.plates import (
    expiry,
    pool as plate_pool,
    reservations as plate_reservations,
    selection as plate_selection,
)
from central_api.plates.schemas import (
    BlacklistPublic,
    BlacklistsPublic,
    ConfirmRequest,
    CustomResult,
    ExpiryReport,
    LiftRequest,
    PlateRequest,
    PoolPublic,
    ReservationPublic,
    ReservationsPublic,
    SegmentCreate,
    SegmentPublic,
    SelectionCreate,
    SelectionPublic,
)
from central_api.platform.deps import (
    ClockDep,
    IdPath,
    Principal,
    ServicesDep,
    SessionDep,
    SupervisorDep,
    require_roles,
)
from central_api.platform.errors import checked, error_responses
from central_api.platform.routing import make_router
from counter_app.domain.identity import validate_id_number
from counter_app.domain.roles import Role
from counter_app.domain.timefmt import local


# --- /plate-selections ----------------------------------------------------------------------------
selections_router = make_router(prefix="/plate-selections", tags=["plate selection"])
InternetDep = Annotated[Principal, Depends(require_roles(Role.INTERNET))]
SelectionId = IdPath


@selections_router.post("", operation_id="start_plate_selection", status_code=201, response_model=SelectionPublic,
                        responses=error_responses(401, 403, 409, 422, 429))
def start_selection(principal: InternetDep, session: SessionDep, services: ServicesDep,
                    body: SelectionCreate) -> SelectionPublic:
    """Open a selection for a real-name user's new small passenger car (eligibility checked)."""
    row = plate_selection.start(session, services, principal, body)
    return plate_selection.public(session, services, row)


@selections_router.get("/{selection_id}", operation_id="get_plate_selection", response_model=SelectionPublic,
                       responses=error_responses(401, 403, 404, 422))
def get_selection(_principal: InternetDep, session: SessionDep, services: ServicesDep,
                  selection_id: SelectionId) -> SelectionPublic:
    return plate_selection.public(session, services, plate_selection.get(session, services, selection_id))


@selections_router.post("/{selection_id}/custom", operation_id="custom_plate", response_model=CustomResult,
                        responses=error_responses(401, 403, 404, 409, 422))
def custom(principal: InternetDep, session: SessionDep, services: ServicesDep, selection_id: SelectionId,
           body: PlateRequest) -> CustomResult:
    """Enter a self-chosen plate: `held` (confirm it within the time limit) or `taken` (one attempt lost)."""
    plate, outcome, row, state = plate_selection.custom(session, services, principal, selection_id, body.plate)
    return CustomResult(plate=plate, outcome=outcome, selection=plate_selection.public(session, services, row, state))


@selections_router.post("/{selection_id}/draws", operation_id="draw_plates", response_model=SelectionPublic,
                        responses=error_responses(401, 403, 404, 409, 422))
def draw(principal: InternetDep, session: SessionDep, services: ServicesDep,
         selection_id: SelectionId) -> SelectionPublic:
    """Draw 5 random plates; whatever was held before is given up."""
    row, state = plate_selection.draw(session, services, principal, selection_id)
    return plate_selection.public(session, services, row, state)


@selections_router.post("/{selection_id}/choose", operation_id="choose_plate", status_code=201,
                        response_model=ReservationPublic, responses=error_responses(401, 403, 404, 409, 422))
def choose(principal: InternetDep, session: SessionDep, services: ServicesDep, selection_id: SelectionId,
           body: PlateRequest) -> ReservationPublic:
    """Take the held self-chosen plate or one of the current draw: it is reserved until the deadline."""
    reservation = plate_selection.choose(session, services, principal, selection_id, body.plate)
    return plate_reservations.public(session, services, reservation)


# --- /plate-reservations --------------------------------------------------------------------------
reservations_router = make_router(prefix="/plate-reservations", tags=["plate reservations"])
ReaderDep = Annotated[Principal, Depends(require_roles(Role.CLERK, Role.SUPERVISOR, Role.INTERNET))]
ClerkDep = Annotated[Principal, Depends(require_roles(Role.CLERK))]


@reservations_router.get("", operation_id="list_plate_reservations", response_model=ReservationsPublic,
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


@reservations_router.post("/{reservation_id}/confirm", operation_id="confirm_plate_reservation",
                          response_model=ReservationPublic, responses=error_responses(401, 403, 404, 409, 422))
def confirm(principal: ClerkDep, session: SessionDep, services: ServicesDep,
            reservation_id: IdPath, body: ConfirmRequest) -> ReservationPublic:
    """Confirm at a registration window (the clerk checked the 机动车登记证书 or the SMS notice)."""
    row = plate_reservations.confirm(session, services, principal, reservation_id, body)
    return plate_reservations.public(session, services, row)


# --- /plate-segments ------------------------------------------------------------------------------
pool_router = make_router(prefix="/plate-segments", tags=["plate pool"])


@pool_router.get("", operation_id="list_plate_segments", response_model=PoolPublic, responses=error_responses(401, 403))
def list_segments(_principal: SupervisorDep, session: SessionDep, services: ServicesDep) -> PoolPublic:
    """The segments in release order and how many plates are available (counted up to the minimum)."""
    return plate_pool.pool_public(session, services)


@pool_router.post("", operation_id="add_plate_segment", status_code=201, response_model=SegmentPublic,
                  responses=error_responses(401, 403, 422))
def add_segment(principal: SupervisorDep, session: SessionDep, services: ServicesDep,
                body: SegmentCreate) -> SegmentPublic:
    """Add the next segment (pending): it is released when the available pool falls below the minimum."""
    return plate_pool.segment_public(plate_pool.add_next_segment(session, services, principal, body.segment))


# --- /plate-blacklist -----------------------------------------------------------------------------
blacklist_router = make_router(prefix="/plate-blacklist", tags=["plate blacklist"])
ReaderDep = Annotated[Principal, Depends(require_roles(Role.CLERK, Role.SUPERVISOR))]


@blacklist_router.get("", operation_id="list_plate_blacklist", response_model=BlacklistsPublic,
                      responses=error_responses(401, 403, 422))
def list_blacklist(_principal: ReaderDep, session: SessionDep, clock: ClockDep,
                   id_number: Annotated[str | None, Query(max_length=64)] = None) -> BlacklistsPublic:
    now = clock.now()
    if id_number:
        id_number = checked(validate_id_number, id_number, local(now).date())
    data = [plate_reservations.blacklist_public(e, plate, now)
            for e, plate in plate_reservations.list_blacklist(session, id_number)]
    return BlacklistsPublic(data=data, count=len(data))


@blacklist_router.post("/{entry_id}/lift", operation_id="lift_plate_blacklist", response_model=BlacklistPublic,
                       responses=error_responses(401, 403, 404, 409, 422))
def lift(principal: SupervisorDep, session: SessionDep, services: ServicesDep,
         entry_id: IdPath, body: LiftRequest) -> BlacklistPublic:
    """End a blacklist entry early; the reason is audited."""
    entry = plate_reservations.lift(session, services, principal, entry_id, body.reason)
    plate = plate_reservations.plate_of(session, entry.reservation_id)
    return plate_reservations.blacklist_public(entry, plate, services.clock.now())


# --- /jobs ----------------------------------------------------------------------------------------
jobs_router = make_router(prefix="/jobs", tags=["jobs"])


@jobs_router.post("/plate-expiry", operation_id="run_plate_expiry", response_model=ExpiryReport,
                  responses=error_responses(401, 403, 422))
def plate_expiry(principal: SupervisorDep, session: SessionDep, services: ServicesDep) -> ExpiryReport:
    """Release lapsed holds, expire overdue reservations and blacklist once, top the pool up."""
    return expiry.run_plate_expiry(session, services, username=principal.username, channel=principal.channel,
                                   account_id=principal.account_id, station_id=principal.station_id,
                                   audit_idle_run=True)


# The area's one router, which the app includes.
router = make_router()
for _part in (selections_router, reservations_router, pool_router, blacklist_router, jobs_router):
    router.include_router(_part)
