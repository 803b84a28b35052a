"""Exam booking at the centre: candidates, plans, bookings, cancellation, results.

The rules are in `counter_app.domain.exams` (pure); this module loads the facts, checks the
channel (window, phone, internet) and the station, and writes under the database's guards:
the candidate row is locked while a booking is checked and written, one open booking per
subject is a unique constraint, and seat counts are checked by the database
(`allocated_count <= capacity`). Allocation lives in `central_api.exams.allocation`.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.calendar.service import load_calendar, out_of_range
from central_api.exams.allocation import PLAN_NOT_FOUND, refill_seat
from central_api.exams.allocation import roster as allocated_roster
from central_api.exams.schemas import (
    ApplicationAccept,
    BookingPublic,
    CandidateCreate,
    CandidatePublic,
    EligibilityPublic,
    FeePayment,
    PlanCreate,
    PlanPublic,
    SubjectPublic,
)
from central_api.models import CandidateSubject, ExamBooking, ExamCandidate, ExamPlan, Station
from central_api.platform import audit
from central_api.platform.db import first_or_404, found
from central_api.platform.deps import Principal
from central_api.platform.errors import Conflict, Forbidden, Unprocessable, checked
from central_api.platform.services import Services
from central_api.platform.sms import SmsMessage
from counter_app.domain import exams as rules_
from counter_app.domain.exams import (
    COUNTER_ONLY,
    LICENCE_CLASSES,
    PURPOSE_NAMES,
    RULE_TEXT,
    SUBJECT_NAMES,
    CandidateFacts,
    Purpose,
    Refusal,
    Subject,
    SubjectRecord,
)
from counter_app.domain.identity import (
    ID_DOCUMENT_NAMES,
    IdDocument,
    validate_id_number,
    validate_identity,
    validate_mobile,
)
from counter_app.domain.masking import mask_id_number, mask_mobile
from counter_app.domain.reasons import coded
from counter_app.domain.roles import Channel, Role
from counter_app.domain.timefmt import SHANGHAI, local
from counter_app.domain.workdays import CalendarOutOfRange

log = logging.getLogger(__name__)

OPEN_STATUSES = ("requested", "allocated")
JOB_USER = "exam-job"
NO_SHOW_LOCK = 7320106  # pg advisory lock key of the no-show job
RESULT_NAMES = {"pass": "合格", "fail": "不合格", "absent": "缺考"}


def _audit(session: Session, services: Services, principal: Principal | None, action: str, entity: str,
           entity_id: int | str | None, detail: dict) -> None:
    """Audited as the signed-in account, or as the service's scheduler when `principal` is None."""
    audit.record(session, services.clock, action=action, entity=entity, entity_id=entity_id,
                 username=principal.username if principal else JOB_USER,
                 account_id=principal.account_id if principal else None,
                 station_id=principal.station_id if principal else None,
                 channel=principal.channel if principal else "system", detail=detail)


def exam_instant(plan: ExamPlan) -> datetime:
    """The plan's start as an aware datetime (the plan keeps day and HH:MM in Nanjing)."""
    return datetime.combine(plan.exam_date, time.fromisoformat(plan.start_time), SHANGHAI)


def today(services: Services) -> date:
    return local(services.clock.now()).date()


# --- channel and caller checks --------------------------------------------------------------------
def _station(session: Session, principal: Principal) -> Station:
    station = session.get(Station, principal.station_id)
    assert station is not None
    return station


def _check_caller_mobile(principal: Principal, candidate: ExamCandidate, mobile: str | None) -> None:
    """A phone operator never sees the caller: the registered mobile the caller states must match."""
    if mobile:
        mobile = checked(validate_mobile, mobile, field="mobile")
    if principal.channel != Channel.PHONE:
        return
    if not mobile:
        raise Unprocessable("caller_mobile_required", "电话预约须核对来电人登记的手机号码，请输入手机号码")
    if mobile != candidate.mobile:
        raise Forbidden("caller_mobile_mismatch", "来电人提供的手机号码与登记的手机号码不一致，不能办理")


def _refuse(refusal: Refusal, status: int) -> None:
    error = {403: Forbidden, 409: Conflict, 422: Unprocessable}[status]
    raise error(refusal.code, refusal.message)


def _check_phone_hours(session: Session, services: Services, principal: Principal) -> None:
    if principal.channel != Channel.PHONE:
        return
    try:
        refusal = rules_.phone_desk_refusal(services.clock.now(), load_calendar(session), services.settings.exam_rules)
    except CalendarOutOfRange as exc:
        raise out_of_range(exc) from exc
    if refusal is not None:
        _refuse(refusal, 403)


def _check_desk(session: Session, principal: Principal) -> Station:
    """Window bookings only at stations with an exam-booking window; phone only at the phone desk."""
    station = _station(session, principal)
    if principal.channel == Channel.WINDOW and not station.can_book_exams:
        raise Forbidden("station_cannot_book_exams",
                        f"{station.name}不办理考试预约业务，请到南京市车管所或江北分所窗口办理")
    if principal.channel == Channel.PHONE and not station.has_phone_desk:
        raise Forbidden("station_has_no_phone_desk", f"{station.name}没有电话预约席位")
    return station


# --- candidates -----------------------------------------------------------------------------------
def find_candidate(session: Session, services: Services, id_number: str, *, lock: bool = False) -> ExamCandidate:
    """The candidate of a document number; a malformed number is a 422 with the validator's code."""
    number = checked(validate_id_number, id_number, today(services))
    return first_or_404(session, select(ExamCandidate).where(ExamCandidate.id_number == number),
                        "candidate_not_found", "未找到该身份证号码的驾驶证申请记录", lock=lock)


def lookup_candidate(session: Session, services: Services, principal: Principal, id_number: str,
                     mobile: str | None) -> ExamCandidate:
    candidate = find_candidate(session, services, id_number)
    _check_caller_mobile(principal, candidate, mobile)
    return candidate


def _subject_rows(session: Session, candidate_id: int) -> dict[Subject, CandidateSubject]:
    rows = session.scalars(select(CandidateSubject).where(CandidateSubject.candidate_id == candidate_id)).all()
    return {Subject(r.subject): r for r in rows}


def _subject_row(session: Session, candidate_id: int, subject: Subject) -> CandidateSubject:
    row = session.get(CandidateSubject, (candidate_id, subject.value))
    if row is None:
        row = CandidateSubject(candidate_id=candidate_id, subject=subject.value, bookings_used=0, no_shows=0,
                               fee_owed=False, fees_paid=0)
        session.add(row)
    return row


def _open_bookings(session: Session, candidate_id: int) -> list[tuple[ExamBooking, ExamPlan]]:
    return list(session.execute(
        select(ExamBooking, ExamPlan).join(ExamPlan, ExamPlan.id == ExamBooking.plan_id)
        .where(ExamBooking.candidate_id == candidate_id, ExamBooking.status.in_(OPEN_STATUSES))
        .order_by(ExamPlan.exam_date, ExamBooking.id)
    ).all())


def candidate_facts(session: Session, candidate: ExamCandidate) -> CandidateFacts:
    rows = _subject_rows(session, candidate.id)
    open_dates = {Subject(b.subject): p.exam_date for b, p in _open_bookings(session, candidate.id)}
    subjects = {}
    for subject in Subject:
        row = rows.get(subject)
        subjects[subject] = SubjectRecord(
            passed=row is not None and row.passed_at is not None,
            last_exam_at=row.last_exam_at if row else None,
            last_result=row.last_result if row else None,
            bookings_used=row.bookings_used if row else 0,
            fee_owed=bool(row and row.fee_owed),
            last_self_cancel_at=row.last_self_cancel_at if row else None,
            open_exam_date=open_dates.get(subject),
        )
    return CandidateFacts(
        purpose=Purpose(candidate.purpose), licence_class=candidate.licence_class,
        application_accepted_at=candidate.application_accepted_at,
        adds_to_car_licence=candidate.adds_to_car_licence, permit_issued_on=candidate.permit_issued_on,
        permit_valid_until=candidate.permit_valid_until, results_voided=candidate.results_voided_at is not None,
        subjects=subjects,
    )


def candidate_public(session: Session, services: Services, candidate: ExamCandidate) -> CandidatePublic:
    facts = candidate_facts(session, candidate)
    rows = _subject_rows(session, candidate.id)
    subjects = []
    for subject, row in sorted(rows.items(), key=lambda kv: list(Subject).index(kv[0])):
        subjects.append(SubjectPublic(
            subject=subject.value, name=SUBJECT_NAMES[subject], passed=row.passed_at is not None,
            passed_at=row.passed_at, last_exam_at=row.last_exam_at, last_result=row.last_result,
            bookings_used=row.bookings_used, no_shows=row.no_shows, fee_owed=row.fee_owed,
            fees_paid=row.fees_paid, last_self_cancel_at=row.last_self_cancel_at,
            fee_yuan=services.settings.exam_rules.retest_fee_yuan.get(subject, 0)))
    eligibility = []
    for item in rules_.eligibility(facts, today(services), services.settings.exam_rules):
        basis = rules_.ranking_basis(facts, item.subject) if item.applicable else None
        eligibility.append(EligibilityPublic(
            subject=item.subject.value, name=item.name, applicable=item.applicable, bookable=item.bookable,
            reasons=list(item.reasons), reason_codes=coded(item.reasons), earliest=item.earliest, counter_only=item.subject in COUNTER_ONLY,
            ranking_time=basis.time if basis else None, ranking_rule=basis.rule if basis else None,
            ranking_rule_text=RULE_TEXT[basis.rule] if basis else None))
    return CandidatePublic(
        id=candidate.id, name=candidate.name, id_number_masked=mask_id_number(candidate.id_number),
        id_type=candidate.id_type, id_type_name=ID_DOCUMENT_NAMES[IdDocument(candidate.id_type)],
        mobile_masked=mask_mobile(candidate.mobile), purpose=candidate.purpose,
        purpose_name=PURPOSE_NAMES[Purpose(candidate.purpose)], licence_class=candidate.licence_class,
        licence_class_name=LICENCE_CLASSES[candidate.licence_class],
        adds_to_car_licence=candidate.adds_to_car_licence,
        application_accepted_at=candidate.application_accepted_at, permit_issued_on=candidate.permit_issued_on,
        permit_valid_until=candidate.permit_valid_until, results_voided_at=candidate.results_voided_at,
        subjects=subjects, eligibility=eligibility,
        open_bookings=[b.id for b, _p in _open_bookings(session, candidate.id)],
    )


def _utc(value: datetime | None) -> datetime | None:
    return None if value is None else value.astimezone(timezone.utc)


def create_candidate(session: Session, services: Services, principal: Principal, body: CandidateCreate) -> ExamCandidate:
    """Import a licence application (and its exam history) from the licence system."""
    now = services.clock.now()
    identity = checked(validate_identity, body.id_number, local(now).date())
    id_number = identity.number
    mobile = checked(validate_mobile, body.mobile, field="mobile")
    _refuse_future(body, now)
    birth = date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    if session.scalar(select(ExamCandidate.id).where(ExamCandidate.id_number == id_number)) is not None:
        raise Conflict("candidate_exists", "该身份证号码已有驾驶证申请记录")
    if len({s.subject for s in body.subjects}) != len(body.subjects):
        raise Unprocessable("subject_repeated", "同一科目只能填写一次")
    valid_until = body.permit_valid_until
    if body.permit_issued_on is not None and valid_until is None:
        valid_until = rules_.permit_valid_until(body.permit_issued_on, birth, body.licence_class,
                                                services.settings.exam_rules)
    candidate = ExamCandidate(
        id_number=id_number, id_type=identity.document.value, name=body.name.strip(), mobile=mobile,
        purpose=body.purpose,
        licence_class=body.licence_class, adds_to_car_licence=body.adds_to_car_licence,
        application_accepted_at=_utc(body.application_accepted_at), permit_issued_on=body.permit_issued_on,
        permit_valid_until=valid_until, created_at=now,
    )
    session.add(candidate)
    session.flush()
    for history in body.subjects:
        session.add(CandidateSubject(
            candidate_id=candidate.id, subject=history.subject, passed_at=_utc(history.passed_at),
            last_exam_at=_utc(history.last_exam_at), last_result=history.last_result,
            bookings_used=history.bookings_used, no_shows=history.no_shows, fee_owed=history.fee_owed,
            fees_paid=0, last_self_cancel_at=_utc(history.last_self_cancel_at)))
    _audit(session, services, principal, "candidate_created", "exam_candidate", candidate.id,
           {"id_number": mask_id_number(id_number), "purpose": body.purpose, "licence_class": body.licence_class})
    return candidate


def _refuse_future(body: CandidateCreate, now: datetime) -> None:
    """An imported history lies in the past: nothing accepted, passed or sat after now."""
    today_ = local(now).date()
    late: list[str] = []
    if body.application_accepted_at > now:
        late.append("application_accepted_at")
    if body.permit_issued_on is not None and body.permit_issued_on > today_:
        late.append("permit_issued_on")
    for i, h in enumerate(body.subjects):
        for name in ("passed_at", "last_exam_at", "last_self_cancel_at"):
            value = getattr(h, name)
            if value is not None and value > now:
                late.append(f"subjects.{i}.{name}")
    if late:
        raise Unprocessable("history_in_future", "考生记录中的时间晚于现在，请核对：" + "、".join(late), fields=late)


def pay_fee(session: Session, services: Services, principal: Principal, candidate_id: int, subject: Subject,
            payment: FeePayment | None = None) -> ExamCandidate:
    """Record the retest fee paid at the window; booking that subject is possible again.

    The amount is the setting's (a clerk who typed another is told so, nothing stored); the
    method and the terminal's receipt number go into the audit row, which is the payment record."""
    candidate = first_or_404(session, select(ExamCandidate).where(ExamCandidate.id == candidate_id),
                             "candidate_not_found", "未找到该考生", lock=True)
    _check_desk(session, principal)
    fee = services.settings.exam_rules.retest_fee_yuan.get(subject, 0)
    method = payment.method if payment else "cash"
    receipt = payment.terminal_receipt if payment else None
    if payment is not None and payment.amount_yuan is not None and payment.amount_yuan != fee:
        raise Unprocessable("fee_amount_wrong", f"{SUBJECT_NAMES[subject]}补考费为 {fee} 元，收款金额不符",
                            fields=["amount_yuan"])
    if method != "cash" and not receipt:
        raise Unprocessable("terminal_receipt_required", "非现金缴费须填写收款终端的交易凭证号",
                            fields=["terminal_receipt"])
    row = session.get(CandidateSubject, (candidate_id, subject.value))
    if row is None or not row.fee_owed:
        raise Conflict("no_fee_owed", f"{SUBJECT_NAMES[subject]}没有未缴的补考费")
    row.fee_owed = False
    row.fees_paid += 1
    _audit(session, services, principal, "retest_fee_paid", "exam_candidate", candidate_id,
           {"subject": subject.value, "fees_paid": row.fees_paid, "amount_yuan": fee, "method": method,
            "terminal_receipt": receipt})
    return candidate


def accept_application(session: Session, services: Services, principal: Principal,
                       body: ApplicationAccept) -> tuple[ExamCandidate, bool]:
    """驾驶证申请受理 at a window: create the candidate, or correct one that has no booking yet
    (once a request is ranked by the acceptance time, changing it would reorder a session).
    Returns the candidate and whether it was created."""
    now = services.clock.now()
    identity = checked(validate_identity, body.id_number, local(now).date())
    id_number = identity.number
    mobile = checked(validate_mobile, body.mobile, field="mobile")
    if body.application_accepted_at > now:
        raise Unprocessable("accepted_in_future", "受理时间不能晚于现在", fields=["application_accepted_at"])
    if body.permit_issued_on is not None and body.permit_issued_on > local(now).date():
        raise Unprocessable("permit_in_future", "学习驾驶证明发放日期不能晚于今天", fields=["permit_issued_on"])
    if body.permit_issued_on is not None and local(body.application_accepted_at).date() > body.permit_issued_on:
        raise Unprocessable("permit_before_acceptance", "学习驾驶证明不能早于申请受理日期发放",
                            fields=["permit_issued_on"])
    birth = date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    valid_until = body.permit_valid_until
    if body.permit_issued_on is not None and valid_until is None:
        valid_until = rules_.permit_valid_until(body.permit_issued_on, birth, body.licence_class,
                                                services.settings.exam_rules)
    candidate = session.scalars(select(ExamCandidate).where(ExamCandidate.id_number == id_number)
                                .with_for_update()).first()
    created = candidate is None
    if candidate is None:
        candidate = ExamCandidate(id_number=id_number, id_type=identity.document.value, created_at=now)
        session.add(candidate)
    elif session.scalar(select(ExamBooking.id).where(ExamBooking.candidate_id == candidate.id).limit(1)) is not None:
        raise Conflict("candidate_has_bookings", "该考生已有考试预约，受理信息不能再修改，请联系主管")
    candidate.name = body.name.strip()
    candidate.mobile = mobile
    candidate.purpose = body.purpose
    candidate.licence_class = body.licence_class
    candidate.adds_to_car_licence = body.adds_to_car_licence
    candidate.application_accepted_at = _utc(body.application_accepted_at)
    candidate.permit_issued_on = body.permit_issued_on
    candidate.permit_valid_until = valid_until
    session.flush()
    _audit(session, services, principal, "application_accepted" if created else "application_corrected",
           "exam_candidate", candidate.id,
           {"id_number": mask_id_number(id_number), "purpose": body.purpose, "licence_class": body.licence_class,
            "application_accepted_at": body.application_accepted_at.isoformat()})
    return candidate, created


# --- the exam site's roster --------------------------------------------------------------------------
def site_roster(session: Session, services: Services, principal: Principal,
                plan_id: int) -> tuple[ExamPlan, str, list[tuple[ExamBooking, ExamCandidate]]]:
    """The roster with whole ID numbers, for the site's own clerks, from the day before the exam
    (downloaded in advance, kept in memory on the PC) to the end of the exam day. Audited."""
    plan, name, rows = allocated_roster(session, plan_id)
    station = _station(session, principal)
    if principal.station_id != plan.site_id or not station.is_exam_site:
        raise Forbidden("not_exam_site", "考生名册（含完整身份证号码）只在本场次的考场下载")
    day = today(services)
    if not (plan.exam_date - timedelta(days=1) <= day <= plan.exam_date):
        raise Conflict("site_roster_closed", "考场名册只能在考试前一天和考试当天下载")
    _audit(session, services, principal, "site_roster_downloaded", "exam_plan", plan.id, {"entries": len(rows)})
    return plan, name, rows


# --- plans ------------------------------------------------------------------------------------------
def plan_status(plan: ExamPlan, now: datetime) -> str:
    if plan.allocated_at is not None:
        return "allocated"
    return "open" if now < plan.booking_deadline else "closed"


def plan_public(plan: ExamPlan, site_name: str, now: datetime) -> PlanPublic:
    return PlanPublic(
        id=plan.id, site_id=plan.site_id, site_name=site_name, exam_date=plan.exam_date,
        start_time=plan.start_time, subject=plan.subject, subject_name=SUBJECT_NAMES[Subject(plan.subject)],
        licence_class=plan.licence_class, capacity=plan.capacity, requested_count=plan.requested_count,
        allocated_count=plan.allocated_count, published_at=plan.published_at,
        booking_deadline=plan.booking_deadline, allocated_at=plan.allocated_at, status=plan_status(plan, now))


def get_plan(session: Session, plan_id: int, *, lock: bool = False) -> ExamPlan:
    return first_or_404(session, select(ExamPlan).where(ExamPlan.id == plan_id), *PLAN_NOT_FOUND, lock=lock)


def site_name(session: Session, plan: ExamPlan) -> str:
    return session.scalar(select(Station.name).where(Station.id == plan.site_id)) or ""


def publish_plan(session: Session, services: Services, principal: Principal, body: PlanCreate) -> ExamPlan:
    now = services.clock.now()
    site = session.get(Station, body.site_id)
    if site is None or not site.is_exam_site:
        raise Unprocessable("site_not_exam_site", "考试地点须为考场（考点）")
    try:
        load_calendar(session).is_working_day(body.exam_date)  # the day must lie in the known years
    except CalendarOutOfRange as exc:
        raise out_of_range(exc) from exc
    deadline = rules_.booking_deadline(body.exam_date, services.settings.exam_rules).astimezone(timezone.utc)
    if now >= deadline:
        raise Unprocessable("plan_deadline_passed",
                            f"考试日期过近：预约须在考试前{services.settings.exam_rules.booking_deadline_days}日截止，"
                            "发布时预约已截止")
    plan = ExamPlan(site_id=body.site_id, exam_date=body.exam_date, start_time=body.start_time,
                    subject=body.subject, licence_class=body.licence_class, capacity=body.capacity,
                    requested_count=0, allocated_count=0, published_at=now, published_by=principal.username,
                    booking_deadline=deadline)
    try:
        with session.begin_nested():
            session.add(plan)
            session.flush()
    except IntegrityError:
        raise Conflict("exam_plan_exists", "该考场同一日期、场次、科目和车型的考试计划已发布") from None
    _audit(session, services, principal, "exam_plan_published", "exam_plan", plan.id,
           {"site_id": plan.site_id, "exam_date": plan.exam_date.isoformat(), "start_time": plan.start_time,
            "subject": plan.subject, "licence_class": plan.licence_class, "capacity": plan.capacity})
    return plan


def list_plans(session: Session, services: Services, *, subject: str | None, licence_class: str | None,
               site_id: int | None, date_from: date | None, date_to: date | None, open_only: bool,
               limit: int) -> list[tuple[ExamPlan, str]]:
    query = select(ExamPlan, Station.name).join(Station, Station.id == ExamPlan.site_id)
    if subject:
        query = query.where(ExamPlan.subject == subject)
    if licence_class:
        query = query.where(ExamPlan.licence_class == licence_class)
    if site_id:
        query = query.where(ExamPlan.site_id == site_id)
    if date_from:
        query = query.where(ExamPlan.exam_date >= date_from)
    if date_to:
        query = query.where(ExamPlan.exam_date <= date_to)
    if open_only:
        query = query.where(ExamPlan.booking_deadline > services.clock.now(), ExamPlan.allocated_at.is_(None))
    query = query.order_by(ExamPlan.exam_date, ExamPlan.start_time, ExamPlan.site_id, ExamPlan.id).limit(limit)
    return list(session.execute(query).all())


# --- bookings ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BookingRow:
    booking: ExamBooking
    plan: ExamPlan
    candidate: ExamCandidate
    site_name: str


def booking_public(row: BookingRow, now: datetime, *, refilled_booking_id: int | None = None) -> BookingPublic:
    b = row.booking
    return BookingPublic(
        id=b.id, plan=plan_public(row.plan, row.site_name, now), candidate_id=row.candidate.id,
        candidate_name=row.candidate.name, id_number_masked=mask_id_number(row.candidate.id_number),
        id_type_name=ID_DOCUMENT_NAMES[IdDocument(row.candidate.id_type)],
        subject=b.subject, subject_name=SUBJECT_NAMES[Subject(b.subject)], status=b.status, channel=b.channel,
        station_id=b.station_id, requested_at=b.requested_at, ranking_time=b.ranking_time,
        ranking_rule=b.ranking_rule, ranking_rule_text=RULE_TEXT[b.ranking_rule], rank=b.rank,
        allocated=b.allocated_at is not None and b.status in ("allocated", "completed"),
        allocated_at=b.allocated_at, cancelled_at=b.cancelled_at, cancel_reason=b.cancel_reason,
        cancel_channel=b.cancel_channel,
        id_checked=b.id_checked, result=b.result, refilled_booking_id=refilled_booking_id)


def load_booking(session: Session, booking_id: int, *, lock: bool = False) -> BookingRow:
    query = (select(ExamBooking, ExamPlan, ExamCandidate, Station.name)
             .join(ExamPlan, ExamPlan.id == ExamBooking.plan_id)
             .join(ExamCandidate, ExamCandidate.id == ExamBooking.candidate_id)
             .join(Station, Station.id == ExamPlan.site_id)
             .where(ExamBooking.id == booking_id))
    if lock:
        query = query.with_for_update(of=ExamBooking)
    return BookingRow(*found(session.execute(query).first(), "exam_booking_not_found", "预约记录不存在"))


def list_bookings(session: Session, candidate: ExamCandidate) -> list[BookingRow]:
    rows = session.execute(
        select(ExamBooking, ExamPlan, Station.name)
        .join(ExamPlan, ExamPlan.id == ExamBooking.plan_id).join(Station, Station.id == ExamPlan.site_id)
        .where(ExamBooking.candidate_id == candidate.id).order_by(ExamBooking.id.desc())
    ).all()
    return [BookingRow(b, p, candidate, name) for b, p, name in rows]


def book(session: Session, services: Services, principal: Principal, *, plan_id: int, id_number: str,
         caller_mobile: str | None) -> BookingRow:
    """Request a seat in a session for a candidate (window, phone or internet)."""
    now = services.clock.now()
    exam_rules = services.settings.exam_rules
    plan = get_plan(session, plan_id)
    subject = Subject(plan.subject)
    refusal = rules_.channel_refusal(subject, principal.channel)
    if refusal is not None:
        _refuse(refusal, 403)
    _check_desk(session, principal)
    _check_phone_hours(session, services, principal)
    if plan.allocated_at is not None or not rules_.booking_open(now, plan.exam_date, exam_rules):
        raise Conflict("booking_closed",
                       f"该场次预约已于 {local(plan.booking_deadline):%Y-%m-%d %H:%M} 截止（考试前"
                       f"{exam_rules.booking_deadline_days}日）")
    candidate = find_candidate(session, services, id_number, lock=True)
    _check_caller_mobile(principal, candidate, caller_mobile)
    facts = candidate_facts(session, candidate)
    verdict = next(e for e in rules_.eligibility(facts, local(now).date(), exam_rules) if e.subject is subject)
    if not verdict.bookable:
        raise Unprocessable("not_eligible", f"不能预约{verdict.name}：" + "；".join(verdict.reasons))
    refusals = rules_.session_refusals(facts, subject, plan.exam_date, plan.licence_class)
    if refusals:
        raise Unprocessable("not_eligible_for_session", "不能预约该场次：" + "；".join(refusals))
    basis = rules_.ranking_basis(facts, subject)
    booking = ExamBooking(
        plan_id=plan.id, candidate_id=candidate.id, subject=subject.value, status="requested", open_slot=1,
        channel=principal.channel, station_id=principal.station_id, account_id=principal.account_id,
        requested_at=now, ranking_time=basis.time, ranking_rule=basis.rule, id_checked=False)
    try:
        with session.begin_nested():
            session.add(booking)
            session.flush()
    except IntegrityError:  # the constraint behind the check: one open booking per subject
        raise Conflict("open_booking_exists", f"该考生已有未考的{SUBJECT_NAMES[subject]}预约") from None
    session.execute(update(ExamPlan).where(ExamPlan.id == plan.id)
                    .values(requested_count=ExamPlan.requested_count + 1))
    session.refresh(plan)
    _audit(session, services, principal, "exam_booked", "exam_booking", booking.id,
           {"plan_id": plan.id, "candidate_id": candidate.id, "subject": subject.value,
            "ranking_time": basis.time.isoformat(), "ranking_rule": basis.rule})
    return BookingRow(booking, plan, candidate, site_name(session, plan))


_REFUSAL_STATUS = {
    "exam_over": 409, "cancel_on_exam_day": 409, "cancel_too_late": 409,
    "late_cancel_in_person": 403, "station_cannot_late_cancel": 403, "id_not_checked": 422,
}


def cancel(session: Session, services: Services, principal: Principal, booking_id: int, *, reason: str,
           id_checked: bool, caller_mobile: str | None) -> tuple[BookingRow, int | None]:
    """Cancel a booking; a freed seat goes to the best-ranked waiting request while there is time."""
    now = services.clock.now()
    exam_rules = services.settings.exam_rules
    row = load_booking(session, booking_id, lock=True)
    booking, plan, candidate = row.booking, row.plan, row.candidate
    station = _check_desk(session, principal)
    _check_phone_hours(session, services, principal)
    _check_caller_mobile(principal, candidate, caller_mobile)
    if booking.status not in OPEN_STATUSES:
        raise Conflict("booking_not_open", {
            "cancelled": "该预约已取消", "completed": "该预约已考试，不能取消",
            "not_allocated": "该预约未排上考位，无需取消",
        }.get(booking.status, "该预约不能取消"))
    try:
        refusal = rules_.cancellation_refusal(
            now, plan.exam_date, channel=principal.channel, can_late_cancel=station.can_late_cancel,
            id_checked=id_checked, calendar=load_calendar(session), rules=exam_rules)
    except CalendarOutOfRange as exc:
        raise out_of_range(exc) from exc
    if refusal is not None:
        _refuse(refusal, _REFUSAL_STATUS[refusal.code])
    was_allocated = booking.status == "allocated"
    booking.status = "cancelled"
    booking.open_slot = None
    booking.cancelled_at = now
    booking.cancel_reason = reason
    booking.cancel_channel = principal.channel
    booking.id_checked = id_checked
    if was_allocated and reason == "self":
        # Rule 3: a booking that had a seat, cancelled for one's own reasons, ranks the next one.
        _subject_row(session, candidate.id, Subject(booking.subject)).last_self_cancel_at = now
    session.flush()
    values = {"requested_count": ExamPlan.requested_count - 1}
    refilled = None
    if was_allocated:
        refilled = refill_seat(session, services, plan) if rules_.seat_refillable(now, plan.exam_date, exam_rules) \
            else None
        if refilled is None:
            values["allocated_count"] = ExamPlan.allocated_count - 1
    session.execute(update(ExamPlan).where(ExamPlan.id == plan.id).values(**values))
    session.refresh(plan)
    _audit(session, services, principal, "exam_booking_cancelled", "exam_booking", booking.id,
           {"reason": reason, "id_checked": id_checked, "was_allocated": was_allocated,
            "after_deadline": now >= plan.booking_deadline, "refilled_booking_id": refilled})
    fall_dependent_k4(session, services, principal, k3=booking, k3_plan=plan, candidate=candidate, outcome="cancelled")
    return row, refilled


def record_result(session: Session, services: Services, principal: Principal, booking_id: int, result: str) -> BookingRow:
    """Enter the result of an allocated booking (absent counts as a fail)."""
    now = services.clock.now()
    row = load_booking(session, booking_id, lock=True)
    booking, plan, candidate = row.booking, row.plan, row.candidate
    if principal.role is not Role.SUPERVISOR and principal.station_id != plan.site_id:
        raise Forbidden("not_exam_site", "只有本场考试的考场或主管可以录入成绩")
    if booking.status != "allocated":
        raise Conflict("booking_not_allocated", "只有已排上考位且未录入成绩的预约可以录入成绩")
    if local(now).date() < plan.exam_date:
        raise Conflict("exam_not_yet", "考试尚未举行，不能录入成绩")
    _complete(session, services, principal, booking, plan, candidate, result)
    session.flush()
    return row


def _complete(session: Session, services: Services, principal: Principal | None, booking: ExamBooking,
              plan: ExamPlan, candidate: ExamCandidate, result: str) -> None:
    """One booking's result: the subject's record, the 5-booking cap, the SMS, the audit row, and
    the same-day 科目四 that falls with a failed or missed 科目三. Absent is a fail (seed)."""
    now = services.clock.now()
    exam_rules = services.settings.exam_rules
    session.execute(select(ExamCandidate.id).where(ExamCandidate.id == candidate.id).with_for_update())
    subject = Subject(booking.subject)
    at = exam_instant(plan)
    booking.status = "completed"
    booking.open_slot = None
    booking.result = result
    booking.result_at = now
    rec = _subject_row(session, candidate.id, subject)
    rec.bookings_used += 1
    rec.last_exam_at = at
    rec.last_result = result
    voided = False
    if result == "pass":
        rec.passed_at = at
    else:
        rec.fee_owed = True
        if result == "absent":
            rec.no_shows += 1
        cap = exam_rules.max_bookings.get(subject)
        if cap is not None and rec.bookings_used >= cap:
            # §47: failing the last allowed booking voids the subjects already passed.
            voided = True
            candidate.results_voided_at = now
            for other in _subject_rows(session, candidate.id).values():
                other.passed_at = None
    absent_note = "（未按规定参加考试，按考试不合格计入，再次预约须缴纳补考费）" if result == "absent" else ""
    services.sms.send(session, [SmsMessage(
        candidate.mobile, "result",
        f"{candidate.name}，您{plan.exam_date:%Y年%m月%d日}参加的{SUBJECT_NAMES[subject]}考试成绩："
        f"{RESULT_NAMES[result]}{absent_note}。" + ("已合格科目成绩作废，须重新申请。" if voided else ""),
        booking.id)], now)
    _audit(session, services, principal, "exam_result_recorded" if principal else "exam_booking_no_show",
           "exam_booking", booking.id,
           {"result": result, "bookings_used": rec.bookings_used, "voided": voided, "by_scheduler": principal is None})
    if result in rules_.FAILING_RESULTS:
        session.flush()
        fall_dependent_k4(session, services, principal, k3=booking, k3_plan=plan, candidate=candidate, outcome=result)


# --- no-shows (the scheduler) ------------------------------------------------------------------------
def record_no_shows(session: Session, services: Services) -> list[int]:
    """After an exam day ends, every allocated booking of that day without a result is `absent`
    (= fail: the retest fee is owed, it counts toward the 5 bookings, an SMS goes out).

    Exactly once across instances: on PostgreSQL only the instance holding the job's advisory
    lock works and the rows are taken `FOR UPDATE SKIP LOCKED`; a booking whose result a clerk
    enters meanwhile is no longer `allocated` and is left alone.
    """
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres and not session.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": NO_SHOW_LOCK}):
        log.info("no-show job: another instance is running it")
        return []
    now = services.clock.now()
    query = (select(ExamBooking, ExamPlan, ExamCandidate)
             .join(ExamPlan, ExamPlan.id == ExamBooking.plan_id)
             .join(ExamCandidate, ExamCandidate.id == ExamBooking.candidate_id)
             .where(ExamBooking.status == "allocated", ExamBooking.result.is_(None),
                    ExamPlan.exam_date < local(now).date())
             .order_by(ExamPlan.exam_date, ExamBooking.id))
    if postgres:
        query = query.with_for_update(of=ExamBooking, skip_locked=True)
    done = []
    for booking, plan, candidate in session.execute(query).all():
        if booking.status != "allocated" or not rules_.is_no_show(booking.status, booking.result, plan.exam_date, now):
            continue  # a same-day 科目四 that fell with its 科目三 earlier in this run
        _complete(session, services, None, booking, plan, candidate, "absent")
        done.append(booking.id)
    session.flush()
    if done:
        log.info("no-show job: %d bookings recorded as absent", len(done))
    return done


def no_show_job(services: Services) -> list[int]:
    """The timer's round: record_no_shows in its own transaction, as the system."""
    with services.sessionmaker.begin() as session:
        return record_no_shows(session, services)


# --- the same-day 科目四 stands on its 科目三 -----------------------------------------------------------
def fall_dependent_k4(session: Session, services: Services, principal: Principal | None, *, k3: ExamBooking,
                      k3_plan: ExamPlan, candidate: ExamCandidate, outcome: str) -> list[int]:
    """Cancel the open 安全文明驾驶常识 booking of the same day that a fallen 科目三 booking made
    possible: reason not the candidate's own (the ranking time is kept), an SMS and one audit
    row each. A freed seat is refilled like any cancellation while there is time."""
    if k3.subject != Subject.K3.value:
        return []
    now = services.clock.now()
    k3_row = session.get(CandidateSubject, (candidate.id, Subject.K3.value))
    k3_passed = k3_row is not None and k3_row.passed_at is not None
    fallen = []
    for booking, plan in _open_bookings(session, candidate.id):
        if booking.subject != Subject.K4.value or not rules_.k4_falls_with_k3(
                k3_outcome=outcome, k3_exam_date=k3_plan.exam_date, k3_passed=k3_passed,
                k4_exam_date=plan.exam_date, k4_open=booking.status in OPEN_STATUSES):
            continue
        was_allocated = booking.status == "allocated"
        booking.status = "cancelled"
        booking.open_slot = None
        booking.cancelled_at = now
        booking.cancel_reason = "not_self"
        booking.cancel_channel = principal.channel if principal else "system"
        session.flush()
        values = {"requested_count": ExamPlan.requested_count - 1}
        refilled = None
        if was_allocated:
            if rules_.seat_refillable(now, plan.exam_date, services.settings.exam_rules):
                refilled = refill_seat(session, services, plan)
            if refilled is None:
                values["allocated_count"] = ExamPlan.allocated_count - 1
        session.execute(update(ExamPlan).where(ExamPlan.id == plan.id).values(**values))
        why = {"cancelled": "已取消", "not_allocated": "未排上考位", "fail": "考试不合格", "absent": "缺考"}[outcome]
        services.sms.send(session, [SmsMessage(
            candidate.mobile, "k4_fell",
            f"{candidate.name}，您{plan.exam_date:%Y年%m月%d日}的{SUBJECT_NAMES[Subject.K3]}预约{why}，"
            f"同日的{SUBJECT_NAMES[Subject.K4]}预约随之取消（非本人原因，不影响排序时间），请另行预约。",
            booking.id)], now)
        _audit(session, services, principal, "exam_booking_fell", "exam_booking", booking.id,
               {"k3_booking_id": k3.id, "k3_outcome": outcome, "reason": "not_self", "was_allocated": was_allocated,
                "ranking_time_kept": booking.ranking_time.isoformat(), "refilled_booking_id": refilled})
        fallen.append(booking.id)
    return fallen
