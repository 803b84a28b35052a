"""Inspection-exempt labels: eligibility, issuing at a service point, posting home."""
from typing import Annotated

from fastapi import Query

from central_api.platform.deps import IdPath, ServicesDep, SessionDep, principal_with
from central_api.platform.errors import error_responses
from central_api.inspection_labels import service
from central_api.inspection_labels.schemas import (
    LabelEligibilityPublic,
    LabelDispatch,
    LabelIssue,
    LabelPostalApplication,
    LabelPublic,
    LabelsPublic,
)
from central_api.platform.routing import make_router
from central_api.violations import service as violations
from counter_app.domain.roles import Role

router = make_router(prefix="/inspection-labels", tags=["inspection labels"])
ReaderDep = principal_with(Role.CLERK, Role.SUPERVISOR, Role.INTERNET)
ClerkDep = principal_with(Role.CLERK)
GatewayDep = principal_with(Role.INTERNET)
PostRoomDep = principal_with(Role.CLERK, Role.SUPERVISOR)


@router.get("/eligibility", operation_id="label_eligibility", response_model=LabelEligibilityPublic,
            responses=error_responses(401, 403, 404, 422))
def eligibility(_principal: ReaderDep, session: SessionDep, services: ServicesDep,
                plate: Annotated[str | None, Query(max_length=16)] = None,
                vin: Annotated[str | None, Query(max_length=17)] = None) -> LabelEligibilityPublic:
    """This year's label for a vehicle: every failed condition named, and its labels so far."""
    return service.eligibility(session, services, violations.find_vehicle(session, plate=plate, vin=vin))


@router.get("/awaiting-post", operation_id="list_labels_awaiting_post", response_model=LabelsPublic,
            responses=error_responses(401, 403))
def awaiting_post(_principal: PostRoomDep, session: SessionDep, services: ServicesDep) -> LabelsPublic:
    """Labels applied for online that still wait for their serial and tracking number."""
    data = service.awaiting_post(session, services)
    return LabelsPublic(data=data, count=len(data))


@router.post("", operation_id="issue_inspection_label", response_model=LabelPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def issue(principal: ClerkDep, session: SessionDep, services: ServicesDep, body: LabelIssue) -> LabelPublic:
    """At a service point: the serial entered or scanned, the environmental label with it if asked."""
    label = service.issue_at_counter(session, services, principal, body)
    return service.get(session, services, label.id)


@router.post("/postal", operation_id="apply_inspection_label_by_post", response_model=LabelPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def apply_by_post(principal: GatewayDep, session: SessionDep, services: ServicesDep,
                  body: LabelPostalApplication) -> LabelPublic:
    """Online (the 122 gateway): the label and the environmental label posted home."""
    label = service.apply_by_post(session, services, principal, body)
    return service.get(session, services, label.id)


@router.post("/{label_id}/dispatch", operation_id="dispatch_inspection_label", response_model=LabelPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def dispatch(principal: PostRoomDep, session: SessionDep, services: ServicesDep, label_id: IdPath,
             body: LabelDispatch) -> LabelPublic:
    """The label posted: its serial and the postal tracking number, entered later."""
    label = service.dispatch(session, services, principal, label_id, body)
    return service.get(session, services, label.id)
