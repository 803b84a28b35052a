from datetime import date
from typing import Annotated

from fastapi import Query

from central_api import allocation, exams
from central_api.deps import MAX_ID, IdPath, PrincipalDep, ServicesDep, SessionDep, SupervisorDep, principal_with
from central_api.errors import error_responses
from central_api.exam_schemas import (
    AllocationPublic,
    LicenceClass,
    PlanCreate,
    PlanPublic,
    PlanRequest,
    PlanRequests,
    PlansPublic,
    Roster,
    RosterEntry,
    SubjectCode,
)
from central_api.routes import make_router
from central_api.routes.candidates import WindowDep
from counter_app.domain.exams import RULE_TEXT
from counter_app.domain.masking import mask_id_number
from counter_app.domain.roles import Role

router = make_router(prefix="/exam-plans", tags=["exams"])

# The request list lets the hotline explain a caller's rank; the roster is for the counters and sites.
StaffDep = principal_with(Role.CLERK, Role.SUPERVISOR, Role.PHONE_OPERATOR)
CounterDep = WindowDep


@router.get("", operation_id="list_exam_plans", response_model=PlansPublic, responses=error_responses(401, 422))
def list_exam_plans(
    _principal: PrincipalDep, session: SessionDep, services: ServicesDep,
    subject: SubjectCode | None = None,
    licence_class: LicenceClass | None = None,
    site_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
    open_only: bool = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> PlansPublic:
    """Published sessions with the requests so far against the capacity."""
    now = services.clock.now()
    rows = exams.list_plans(session, services, subject=subject, licence_class=licence_class, site_id=site_id,
                            date_from=date_from, date_to=date_to, open_only=open_only, limit=limit)
    data = [exams.plan_public(plan, name, now) for plan, name in rows]
    return PlansPublic(data=data, count=len(data))


@router.post("", operation_id="publish_exam_plan", response_model=PlanPublic, status_code=201,
             responses=error_responses(401, 403, 409, 422))
def publish_exam_plan(principal: SupervisorDep, session: SessionDep, services: ServicesDep,
                      body: PlanCreate) -> PlanPublic:
    """Publish a session (supervisors); booking opens now and closes at the deadline."""
    plan = exams.publish_plan(session, services, principal, body)
    return exams.plan_public(plan, exams.site_name(session, plan), services.clock.now())


@router.get("/{plan_id}", operation_id="get_exam_plan", response_model=PlanPublic,
            responses=error_responses(401, 404, 422))
def get_exam_plan(_principal: PrincipalDep, session: SessionDep, services: ServicesDep,
                  plan_id: IdPath) -> PlanPublic:
    plan = exams.get_plan(session, plan_id)
    return exams.plan_public(plan, exams.site_name(session, plan), services.clock.now())


@router.get("/{plan_id}/requests", operation_id="list_exam_plan_requests", response_model=PlanRequests,
            responses=error_responses(401, 403, 404, 422))
def list_exam_plan_requests(_principal: StaffDep, session: SessionDep, services: ServicesDep,
                            plan_id: IdPath) -> PlanRequests:
    """Every request of the session with its rank, ranking time and rule, and whether it got a seat.
    Before allocation the rank is provisional: the order allocation would give now."""
    plan, name, rows = allocation.plan_requests(session, plan_id)
    data = [PlanRequest(
        booking_id=b.id, rank=rank, provisional=b.rank is None, ranking_time=b.ranking_time,
        ranking_rule=b.ranking_rule, ranking_rule_text=RULE_TEXT[b.ranking_rule], requested_at=b.requested_at,
        allocated=b.status in ("allocated", "completed"), status=b.status, candidate_name=c.name,
        id_number_masked=mask_id_number(c.id_number), channel=b.channel) for rank, b, c in rows]
    return PlanRequests(plan=exams.plan_public(plan, name, services.clock.now()), data=data, count=len(data))


@router.post("/{plan_id}/allocate", operation_id="allocate_exam_plan", response_model=AllocationPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def allocate_exam_plan(principal: SupervisorDep, session: SessionDep, services: ServicesDep,
                       plan_id: IdPath) -> AllocationPublic:
    """Rank the requests and give the seats (after the deadline; a repeat changes nothing)."""
    outcome = allocation.allocate_plan(session, services, plan_id, principal)
    assert outcome is not None
    return AllocationPublic(plan_id=outcome.plan.id, capacity=outcome.plan.capacity, requests=outcome.requests,
                            allocated=outcome.allocated, not_allocated=outcome.not_allocated,
                            allocated_at=outcome.plan.allocated_at, already_allocated=outcome.already_allocated)


@router.get("/{plan_id}/roster", operation_id="get_exam_roster", response_model=Roster,
            responses=error_responses(401, 403, 404, 409, 422))
def get_exam_roster(_principal: CounterDep, session: SessionDep, services: ServicesDep,
                    plan_id: IdPath) -> Roster:
    """The candidates with a seat, in rank order (seat 1, 2, …), for the exam site."""
    plan, name, rows = allocation.roster(session, plan_id)
    data = [RosterEntry(seat=i, booking_id=b.id, rank=b.rank, candidate_name=c.name,
                        id_number_masked=mask_id_number(c.id_number), licence_class=c.licence_class)
            for i, (b, c) in enumerate(rows, start=1)]
    return Roster(plan=exams.plan_public(plan, name, services.clock.now()), data=data, count=len(data))
