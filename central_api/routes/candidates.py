from typing import Annotated

from fastapi import Query

from central_api import exams
from central_api.deps import IdPath, ServicesDep, SessionDep, SupervisorDep, principal_with
from central_api.errors import error_responses
from central_api.exam_schemas import CandidateCreate, CandidatePublic, FeePayment
from central_api.routes import make_router
from counter_app.domain.exams import Subject
from counter_app.domain.roles import Role

router = make_router(prefix="/candidates", tags=["exams"])

# The exam booking desks: the windows, the hotline and the 122 gateway (shared by the exam routes).
BookingDeskDep = principal_with(Role.CLERK, Role.SUPERVISOR, Role.PHONE_OPERATOR, Role.INTERNET)
WindowDep = principal_with(Role.CLERK, Role.SUPERVISOR)


@router.get("", operation_id="find_candidate", response_model=CandidatePublic,
            responses=error_responses(401, 403, 404, 422))
def find_candidate(
    principal: BookingDeskDep, session: SessionDep, services: ServicesDep,
    id_number: Annotated[str, Query(max_length=64)],
    mobile: Annotated[str | None, Query(max_length=64)] = None,
) -> CandidatePublic:
    """The candidate's record, what they may book now and why not the rest.

    A phone operator must send the mobile the caller gives; it is checked against the record."""
    candidate = exams.lookup_candidate(session, services, principal, id_number, mobile)
    return exams.candidate_public(session, services, candidate)


@router.post("", operation_id="create_candidate", response_model=CandidatePublic, status_code=201,
             responses=error_responses(401, 403, 409, 422))
def create_candidate(principal: SupervisorDep, session: SessionDep, services: ServicesDep,
                     body: CandidateCreate) -> CandidatePublic:
    """Import a licence application and its exam history from the licence system (supervisors)."""
    candidate = exams.create_candidate(session, services, principal, body)
    return exams.candidate_public(session, services, candidate)


@router.post("/{candidate_id}/fee-payments", operation_id="pay_retest_fee", response_model=CandidatePublic,
             responses=error_responses(401, 403, 404, 409, 422))
def pay_retest_fee(principal: WindowDep, session: SessionDep, services: ServicesDep,
                   candidate_id: IdPath, body: FeePayment) -> CandidatePublic:
    """Record the retest fee (补考费) paid at the window."""
    candidate = exams.pay_fee(session, services, principal, candidate_id, Subject(body.subject))
    return exams.candidate_public(session, services, candidate)
