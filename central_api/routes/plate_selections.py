"""The internet side of plate selection (the 122 platform's gateway account drives it)."""
from typing import Annotated

from fastapi import Depends

from central_api import plate_reservations, plate_selection
from central_api.deps import IdPath, Principal, ServicesDep, SessionDep, require_roles
from central_api.errors import error_responses
from central_api.plate_schemas import CustomResult, PlateRequest, ReservationPublic, SelectionCreate, SelectionPublic
from central_api.routes import make_router
from counter_app.domain.roles import Role

router = make_router(prefix="/plate-selections", tags=["plate selection"])
InternetDep = Annotated[Principal, Depends(require_roles(Role.INTERNET))]
SelectionId = IdPath


@router.post("", operation_id="start_plate_selection", status_code=201, response_model=SelectionPublic,
             responses=error_responses(401, 403, 409, 422, 429))
def start_selection(principal: InternetDep, session: SessionDep, services: ServicesDep,
                    body: SelectionCreate) -> SelectionPublic:
    """Open a selection for a real-name user's new small passenger car (eligibility checked)."""
    row = plate_selection.start(session, services, principal, body)
    return plate_selection.public(session, services, row)


@router.get("/{selection_id}", operation_id="get_plate_selection", response_model=SelectionPublic,
            responses=error_responses(401, 403, 404, 422))
def get_selection(_principal: InternetDep, session: SessionDep, services: ServicesDep,
                  selection_id: SelectionId) -> SelectionPublic:
    return plate_selection.public(session, services, plate_selection.get(session, services, selection_id))


@router.post("/{selection_id}/custom", operation_id="custom_plate", response_model=CustomResult,
             responses=error_responses(401, 403, 404, 409, 422))
def custom(principal: InternetDep, session: SessionDep, services: ServicesDep, selection_id: SelectionId,
           body: PlateRequest) -> CustomResult:
    """Enter a self-chosen plate: `held` (confirm it within the time limit) or `taken` (one attempt lost)."""
    plate, outcome, row, state = plate_selection.custom(session, services, principal, selection_id, body.plate)
    return CustomResult(plate=plate, outcome=outcome, selection=plate_selection.public(session, services, row, state))


@router.post("/{selection_id}/draws", operation_id="draw_plates", response_model=SelectionPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def draw(principal: InternetDep, session: SessionDep, services: ServicesDep,
         selection_id: SelectionId) -> SelectionPublic:
    """Draw 5 random plates; whatever was held before is given up."""
    row, state = plate_selection.draw(session, services, principal, selection_id)
    return plate_selection.public(session, services, row, state)


@router.post("/{selection_id}/choose", operation_id="choose_plate", status_code=201,
             response_model=ReservationPublic, responses=error_responses(401, 403, 404, 409, 422))
def choose(principal: InternetDep, session: SessionDep, services: ServicesDep, selection_id: SelectionId,
           body: PlateRequest) -> ReservationPublic:
    """Take the held self-chosen plate or one of the current draw: it is reserved until the deadline."""
    reservation = plate_selection.choose(session, services, principal, selection_id, body.plate)
    return plate_reservations.public(session, services, reservation)
