"""Endpoints of the exam workflow: candidates, exam plans (sessions) and their allocation, bookings
and results; thin: the rules are in service.py and allocation.py."""
from datetime import date
from typing import Annotated

from fastapi import Query, Response

from central_api.exams import allocation, service as exams
from central_api.exams.schemas import (
    ApplicationAccept,
    NoShowReport,
    AllocationPublic,
    BookingCancel,
    BookingCreate,
    BookingPublic,
    BookingResult,
    BookingsPublic,
    CandidateCreate,
    CandidatePublic,
    FeePayment,
    LicenceClass,
    PlanCreate,
    PlanPublic,
    PlanRequest,
    PlanRequests,
    PlansPublic,
    Roster,
    RosterEntry,
    SiteRoster,
    SiteRosterEntry,
    SubjectCode,
)
from central_api.platform.bounds import BoundedDate
from central_api.platform.deps import (
    MAX_ID,
    IdPath,
    PrincipalDep,
    ServicesDep,
    SessionDep,
    SupervisorDep,
    principal_with,
)
from central_api.platform.errors import error_responses
from central_api.platform.routing import make_router
from counter_app.domain.exams import RULE_TEXT, Subject
from counter_app.domain.identity import ID_DOCUMENT_NAMES, IdDocument
from counter_app.domain.masking import mask_id_number
from counter_app.domain.roles import Role


# --- /candidates ----------------------------------------------------------------------------------
candidates_router = make_router(prefix="/candidates", tags=["exams"])

# The exam booking desks: the windows, the hotline and the 122 gateway (shared by the exam routes).
BookingDeskDep = principal_with(Role.CLERK, Role.SUPERVISOR, Role.PHONE_OPERATOR, Role.INTERNET)
WindowDep = principal_with(Role.CLERK, Role.SUPERVISOR)


@candidates_router.get("", operation_id="find_candidate", response_model=CandidatePublic,
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


@candidates_router.post("", operation_id="create_candidate", response_model=CandidatePublic, status_code=201,
                        responses=error_responses(401, 403, 409, 422))
def create_candidate(principal: SupervisorDep, session: SessionDep, services: ServicesDep,
                     body: CandidateCreate) -> CandidatePublic:
    """Import a licence application and its exam history from the licence system (supervisors)."""
    candidate = exams.create_candidate(session, services, principal, body)
    return exams.candidate_public(session, services, candidate)


@candidates_router.post("/applications", operation_id="accept_licence_application", response_model=CandidatePublic,
                        responses=error_responses(401, 403, 409, 422))
def accept_licence_application(principal: WindowDep, session: SessionDep, services: ServicesDep,
                               response: Response, body: ApplicationAccept) -> CandidatePublic:
    """驾驶证申请受理 at a window: create the candidate (201) or correct it while it has no booking
    (200); the acceptance time is what a first 科目一 booking ranks by (rule 1)."""
    candidate, created = exams.accept_application(session, services, principal, body)
    response.status_code = 201 if created else 200
    return exams.candidate_public(session, services, candidate)


@candidates_router.post("/{candidate_id}/fee-payments", operation_id="pay_retest_fee", response_model=CandidatePublic,
                        responses=error_responses(401, 403, 404, 409, 422))
def pay_retest_fee(principal: WindowDep, session: SessionDep, services: ServicesDep,
                   candidate_id: IdPath, body: FeePayment) -> CandidatePublic:
    """Record the retest fee (补考费) paid at the window."""
    candidate = exams.pay_fee(session, services, principal, candidate_id, Subject(body.subject), body)
    return exams.candidate_public(session, services, candidate)


# --- /exam-plans ----------------------------------------------------------------------------------
plans_router = make_router(prefix="/exam-plans", tags=["exams"])

# The request list lets the hotline explain a caller's rank; the roster is for the counters and sites.
StaffDep = principal_with(Role.CLERK, Role.SUPERVISOR, Role.PHONE_OPERATOR)
CounterDep = WindowDep


@plans_router.get("", operation_id="list_exam_plans", response_model=PlansPublic, responses=error_responses(401, 422))
def list_exam_plans(
    _principal: PrincipalDep, session: SessionDep, services: ServicesDep,
    subject: SubjectCode | None = None,
    licence_class: LicenceClass | None = None,
    site_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    date_from: Annotated[BoundedDate | None, Query(alias="from")] = None,
    date_to: Annotated[BoundedDate | None, Query(alias="to")] = None,
    open_only: bool = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> PlansPublic:
    """Published sessions with the requests so far against the capacity."""
    now = services.clock.now()
    rows = exams.list_plans(session, services, subject=subject, licence_class=licence_class, site_id=site_id,
                            date_from=date_from, date_to=date_to, open_only=open_only, limit=limit)
    data = [exams.plan_public(plan, name, now) for plan, name in rows]
    return PlansPublic(data=data, count=len(data))


@plans_router.post("", operation_id="publish_exam_plan", response_model=PlanPublic, status_code=201,
                   responses=error_responses(401, 403, 409, 422))
def publish_exam_plan(principal: SupervisorDep, session: SessionDep, services: ServicesDep,
                      body: PlanCreate) -> PlanPublic:
    """Publish a session (supervisors); booking opens now and closes at the deadline."""
    plan = exams.publish_plan(session, services, principal, body)
    return exams.plan_public(plan, exams.site_name(session, plan), services.clock.now())


@plans_router.get("/{plan_id}", operation_id="get_exam_plan", response_model=PlanPublic,
                  responses=error_responses(401, 404, 422))
def get_exam_plan(_principal: PrincipalDep, session: SessionDep, services: ServicesDep,
                  plan_id: IdPath) -> PlanPublic:
    plan = exams.get_plan(session, plan_id)
    return exams.plan_public(plan, exams.site_name(session, plan), services.clock.now())


@plans_router.get("/{plan_id}/requests", operation_id="list_exam_plan_requests", response_model=PlanRequests,
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


@plans_router.post("/{plan_id}/allocate", operation_id="allocate_exam_plan", response_model=AllocationPublic,
                   responses=error_responses(401, 403, 404, 409, 422))
def allocate_exam_plan(principal: SupervisorDep, session: SessionDep, services: ServicesDep,
                       plan_id: IdPath) -> AllocationPublic:
    """Rank the requests and give the seats (after the deadline; a repeat changes nothing)."""
    outcome = allocation.allocate_plan(session, services, plan_id, principal)
    assert outcome is not None
    return AllocationPublic(plan_id=outcome.plan.id, capacity=outcome.plan.capacity, requests=outcome.requests,
                            allocated=outcome.allocated, not_allocated=outcome.not_allocated,
                            allocated_at=outcome.plan.allocated_at, already_allocated=outcome.already_allocated)


@plans_router.get("/{plan_id}/roster", operation_id="get_exam_roster", response_model=Roster,
                  responses=error_responses(401, 403, 404, 409, 422))
def get_exam_roster(_principal: CounterDep, session: SessionDep, services: ServicesDep,
                    plan_id: IdPath) -> Roster:
    """The candidates with a seat, in rank order (seat 1, 2, …), for the exam site."""
    plan, name, rows = allocation.roster(session, plan_id)
    data = [RosterEntry(seat=i, booking_id=b.id, rank=b.rank, candidate_name=c.name,
                        id_number_masked=mask_id_number(c.id_number), licence_class=c.licence_class)
            for i, (b, c) in enumerate(rows, start=1)]
    return Roster(plan=exams.plan_public(plan, name, services.clock.now()), data=data, count=len(data))


@plans_router.get("/{plan_id}/site-roster", operation_id="get_exam_site_roster", response_model=SiteRoster,
                  responses=error_responses(401, 403, 404, 409, 422))
def get_exam_site_roster(principal: CounterDep, session: SessionDep, services: ServicesDep,
                         plan_id: IdPath) -> SiteRoster:
    """The roster with whole ID numbers and each booking's state, for the exam site's own clerks on
    the day before and the day of the exam (where identity is checked); everywhere else masked."""
    plan, name, rows = exams.site_roster(session, services, principal, plan_id)
    data = [SiteRosterEntry(seat=i, booking_id=b.id, candidate_name=c.name, id_number=c.id_number,
                            id_type_name=ID_DOCUMENT_NAMES[IdDocument(c.id_type)], licence_class=c.licence_class,
                            status=b.status, result=b.result)
            for i, (b, c) in enumerate(rows, start=1)]
    return SiteRoster(plan=exams.plan_public(plan, name, services.clock.now()), data=data, count=len(data))


# --- /exam-bookings -------------------------------------------------------------------------------
bookings_router = make_router(prefix="/exam-bookings", tags=["exams"])
ResultDeskDep = WindowDep


@bookings_router.post("", operation_id="book_exam", response_model=BookingPublic, status_code=201,
                      responses=error_responses(401, 403, 404, 409, 422))
def book_exam(principal: BookingDeskDep, session: SessionDep, services: ServicesDep,
              body: BookingCreate) -> BookingPublic:
    """Request a seat in a session: at a booking window, by phone (working hours, caller's mobile
    checked) or from the internet platform (not for 恢复驾驶资格/满分学习 exams)."""
    row = exams.book(session, services, principal, plan_id=body.plan_id, id_number=body.id_number,
                     caller_mobile=body.caller_mobile)
    return exams.booking_public(row, services.clock.now())


@bookings_router.get("", operation_id="list_exam_bookings", response_model=BookingsPublic,
                     responses=error_responses(401, 403, 404, 422))
def list_exam_bookings(
    principal: BookingDeskDep, session: SessionDep, services: ServicesDep,
    id_number: Annotated[str, Query(max_length=64)],
    mobile: Annotated[str | None, Query(max_length=64)] = None,
) -> BookingsPublic:
    """A candidate's bookings, newest first (a phone operator sends the caller's mobile)."""
    candidate = exams.lookup_candidate(session, services, principal, id_number, mobile)
    now = services.clock.now()
    data = [exams.booking_public(row, now) for row in exams.list_bookings(session, candidate)]
    return BookingsPublic(data=data, count=len(data))


@bookings_router.post("/{booking_id}/cancel", operation_id="cancel_exam_booking", response_model=BookingPublic,
                      responses=error_responses(401, 403, 404, 409, 422))
def cancel_exam_booking(principal: BookingDeskDep, session: SessionDep, services: ServicesDep,
                        booking_id: IdPath, body: BookingCancel) -> BookingPublic:
    """Cancel: before the deadline from any channel; after it only in person at a window that may
    cancel late, with the ID checked, up to the last working day before the exam."""
    row, refilled = exams.cancel(session, services, principal, booking_id, reason=body.reason,
                                 id_checked=body.id_checked, caller_mobile=body.caller_mobile)
    return exams.booking_public(row, services.clock.now(), refilled_booking_id=refilled)


@bookings_router.post("/{booking_id}/result", operation_id="record_exam_result", response_model=BookingPublic,
                      responses=error_responses(401, 403, 404, 409, 422))
def record_exam_result(principal: ResultDeskDep, session: SessionDep, services: ServicesDep,
                       booking_id: IdPath, body: BookingResult) -> BookingPublic:
    """Enter the result (pass, fail, absent = fail) at the exam site or by a supervisor."""
    row = exams.record_result(session, services, principal, booking_id, body.result)
    return exams.booking_public(row, services.clock.now())


# --- /jobs/no-shows: the scheduler's job, run by hand --------------------------------------------
jobs_router = make_router(prefix="/jobs", tags=["jobs"])


@jobs_router.post("/no-shows", operation_id="run_no_shows", response_model=NoShowReport,
                  responses=error_responses(401, 403))
def no_shows(_principal: SupervisorDep, session: SessionDep, services: ServicesDep) -> NoShowReport:
    """Record every allocated booking of a past exam day without a result as absent (= fail)."""
    booking_ids = exams.record_no_shows(session, services)
    return NoShowReport(absent=len(booking_ids), booking_ids=booking_ids)


# The area's one router, which the app includes.
router = make_router()
for _part in (candidates_router, plans_router, bookings_router, jobs_router):
    router.include_router(_part)
