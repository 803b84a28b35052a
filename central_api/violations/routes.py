"""Camera violations: the records of a vehicle, handling, payment, the bank's confirmation, referral."""
from typing import Annotated

from fastapi import Query

from central_api.platform.deps import IdPath, ServicesDep, SessionDep, principal_with
from central_api.platform.errors import error_responses
from central_api.platform.routing import make_router
from central_api.violations import service
from central_api.violations.schemas import (
    ConfirmPaymentRequest,
    HandleRequest,
    PaymentRequest,
    ReferRequest,
    ViolationPublic,
    ViolationsPublic,
)
from counter_app.domain.roles import Role

router = make_router(tags=["violations"])
ReaderDep = principal_with(Role.CLERK, Role.SUPERVISOR, Role.INTERNET)
DeskDep = principal_with(Role.CLERK, Role.INTERNET)  # a window, or the 122 gateway for its user
ClerkDep = principal_with(Role.CLERK)


@router.get("/violations", operation_id="list_violations", response_model=ViolationsPublic,
            responses=error_responses(401, 403, 404, 422))
def list_violations(_principal: ReaderDep, session: SessionDep, services: ServicesDep,
                    plate: Annotated[str | None, Query(max_length=16)] = None,
                    vin: Annotated[str | None, Query(max_length=17)] = None) -> ViolationsPublic:
    """A vehicle's camera violations (by plate or VIN), each with whether it may be handled here."""
    vehicle = service.find_vehicle(session, plate=plate, vin=vin)
    return service.list_for_vehicle(session, services, vehicle)


@router.post("/violations/{violation_id}/handle", operation_id="handle_violation", response_model=ViolationPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def handle(principal: DeskDep, session: SessionDep, services: ServicesDep, violation_id: IdPath,
           body: HandleRequest) -> ViolationPublic:
    """The driver's licence recorded and a decision number issued (simple procedure only)."""
    v = service.handle(session, services, principal, violation_id, body)
    return service.get(session, services, v.id)


@router.post("/violations/{violation_id}/payments", operation_id="pay_violation", response_model=ViolationPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def pay(principal: DeskDep, session: SessionDep, services: ServicesDep, violation_id: IdPath,
        body: PaymentRequest) -> ViolationPublic:
    """The fine paid through one of the 8 banks; pending until the bank confirms."""
    v = service.pay(session, services, principal, violation_id, body)
    return service.get(session, services, v.id)


@router.post("/violation-payments/{payment_id}/confirm", operation_id="confirm_violation_payment",
             response_model=ViolationPublic, responses=error_responses(401, 403, 404, 409, 422))
def confirm(principal: DeskDep, session: SessionDep, services: ServicesDep, payment_id: IdPath,
            body: ConfirmPaymentRequest) -> ViolationPublic:
    """The bank's confirmation (relayed by the gateway, or the bank slip at a window) settles the fine."""
    v = service.confirm_payment(session, services, principal, payment_id, body)
    return service.get(session, services, v.id)


@router.post("/violations/{violation_id}/refer", operation_id="refer_violation", response_model=ViolationPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def refer(principal: ClerkDep, session: SessionDep, services: ServicesDep, violation_id: IdPath,
          _body: ReferRequest) -> ViolationPublic:
    """A violation that may not be handled here is sent to the traffic-police brigade with the reason."""
    v = service.refer(session, services, principal, violation_id)
    return service.get(session, services, v.id)
