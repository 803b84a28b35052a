"""Allocation of exam sessions: rank the requests, give the seats, tell everyone by SMS.

Deterministic (the domain's `allocate` orders by ranking time, request time, booking id),
idempotent (an allocated plan is answered from what is stored) and run once across
instances: the plan row is locked `FOR UPDATE` (the scheduled job uses `SKIP LOCKED`, so two
instances share the due plans instead of waiting for each other); on SQLite every write
transaction is `BEGIN IMMEDIATE`, which serialises them anyway. Seats are counted by the
database too: `exam_plan.allocated_count <= capacity` is a CHECK constraint.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, String, Update, bindparam, case, exists, func, null, select, update
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.functions import FunctionElement

from central_api.models import ExamBooking, ExamCandidate, ExamPlan, Station, UTCDateTime
from central_api.platform import audit
from central_api.platform.db import found
from central_api.platform.deps import Principal
from central_api.platform.errors import Conflict, NotFound
from central_api.platform.services import Services
from central_api.platform.sms import SmsMessage
from counter_app.domain.exams import SUBJECT_NAMES, RankRequest, Subject, allocate
from counter_app.domain.timefmt import format_local

log = logging.getLogger(__name__)

JOB_USER = "allocation-job"
PLAN_NOT_FOUND = ("exam_plan_not_found", "考试计划不存在")
# A session published with this name is left for a supervisor to allocate by hand (排序分配):
# the demo keeps one closed session so that the README's walk-through finds it whenever it is read.
HAND_ALLOCATION = "admin (hand allocation)"


@dataclass(frozen=True)
class AllocationOutcome:
    plan: ExamPlan
    requests: int
    allocated: int
    not_allocated: int
    already_allocated: bool


def _session_text(session: Session, plan: ExamPlan) -> str:
    site = session.scalar(select(Station.name).where(Station.id == plan.site_id)) or ""
    return (f"{plan.exam_date:%Y年%m月%d日} {plan.start_time} {site}"
            f"{SUBJECT_NAMES[Subject(plan.subject)]}（{plan.licence_class}）")


def _stored_outcome(session: Session, plan: ExamPlan) -> AllocationOutcome:
    ranked = session.scalar(select(func.count(ExamBooking.id))
                            .where(ExamBooking.plan_id == plan.id, ExamBooking.rank.is_not(None))) or 0
    waiting = session.scalar(select(func.count(ExamBooking.id))
                             .where(ExamBooking.plan_id == plan.id, ExamBooking.status == "not_allocated")) or 0
    return AllocationOutcome(plan, ranked, plan.allocated_count, waiting, True)


def allocate_plan(session: Session, services: Services, plan_id: int, principal: Principal | None = None, *,
                  skip_locked: bool = False) -> AllocationOutcome | None:
    """Allocate one session after its deadline (the supervisor's button): the batched path with
    one plan. None only when `skip_locked` found it busy."""
    now = services.clock.now()
    plan = session.scalars(
        select(ExamPlan).where(ExamPlan.id == plan_id).with_for_update(skip_locked=skip_locked)
    ).first()
    if plan is None:
        if skip_locked:
            return None
        raise NotFound(*PLAN_NOT_FOUND)
    if plan.allocated_at is not None:
        return _stored_outcome(session, plan)
    if now < plan.booking_deadline:
        raise Conflict("booking_still_open",
                       f"预约尚未截止（截止时间 {format_local(plan.booking_deadline)}），截止后方可排序分配")
    return _allocate_locked(session, services, [plan], principal, now)[0]


def _allocate_locked(session: Session, services: Services, plans: list[ExamPlan], principal: Principal | None,
                     now: datetime) -> list[AllocationOutcome]:
    """Allocate sessions whose rows this transaction has locked, in a fixed number of statements
    whatever their number: the requests counted, one ranked UPDATE, the plans' counters in one
    UPDATE, one SMS INSERT … SELECT, and the audit rows flushed as one multi-row INSERT.

    A 科目三 session's unseated requests take their same-day 科目四 bookings with them, which may
    touch other sessions: such a session must be the LAST of its batch (`_batches`), so that the
    outcome is the one of allocating the sessions one by one in id order."""
    plans = sorted(plans, key=lambda p: p.id)
    assert all(p.subject != Subject.K3.value for p in plans[:-1]), "a 科目三 session ends its batch"
    ids = [p.id for p in plans]
    requests = dict(session.execute(REQUESTS_PER_PLAN, {"plans": ids}).all())
    session.execute(RANKED_UPDATE, {"plans": ids, "now": now})
    session.execute(PLAN_COUNTERS, {"plans": ids, "now": now})
    outcomes = []
    for plan in plans:
        ranked = requests.get(plan.id, 0)
        allocated = min(plan.capacity, ranked)
        # the counters UPDATE bypassed the identity map: what it wrote, without reloading
        set_committed_value(plan, "allocated_count", allocated)
        set_committed_value(plan, "allocated_at", now)
        outcomes.append(AllocationOutcome(plan, ranked, allocated, ranked - allocated, False))
    _tell_everyone(session, services, plans, now)
    last = plans[-1]
    if last.subject == Subject.K3.value:
        not_seated = session.scalars(select(ExamBooking.id).where(ExamBooking.plan_id == last.id,
                                                                  ExamBooking.status == "not_allocated")).all()
        _k4_falls_with_not_allocated(session, services, principal, last, list(not_seated))
    for outcome in outcomes:
        audit.record(session, services.clock, action="exam_plan_allocated", entity="exam_plan",
                     entity_id=outcome.plan.id, username=principal.username if principal else JOB_USER,
                     account_id=principal.account_id if principal else None,
                     station_id=principal.station_id if principal else None,
                     channel=principal.channel if principal else "system",
                     detail={"capacity": outcome.plan.capacity, "requests": outcome.requests,
                             "allocated": outcome.allocated})
    session.flush()
    return outcomes


def _requests_per_plan() -> Select:
    """How many requests each session of the batch ranks (plans)."""
    return (select(ExamBooking.plan_id, func.count(ExamBooking.id))
            .where(ExamBooking.plan_id.in_(bindparam("plans", expanding=True)), ExamBooking.status == "requested")
            .group_by(ExamBooking.plan_id))


def _ranked_update() -> Update:
    """One ranked UPDATE for a whole batch of sessions: every request gets its rank within its
    session (ranking time, request time, booking id: the domain's `rank_key`), the first
    `capacity` of its session a seat. Built once with bound parameters (plans, now)."""
    plans = bindparam("plans", expanding=True)
    ranked = (
        select(ExamBooking.id.label("booking_id"), ExamPlan.capacity.label("capacity"),
               func.row_number().over(partition_by=ExamBooking.plan_id,
                                      order_by=(ExamBooking.ranking_time, ExamBooking.requested_at,
                                                ExamBooking.id)).label("rn"))
        .join(ExamPlan, ExamPlan.id == ExamBooking.plan_id)
        .where(ExamBooking.plan_id.in_(plans), ExamBooking.status == "requested")
        .subquery("ranked")
    )
    seated = ranked.c.rn <= ranked.c.capacity
    return (
        update(ExamBooking)
        # The batch's own rows only, so that the database drives the UPDATE from that index range.
        .where(ExamBooking.plan_id.in_(plans), ExamBooking.id == ranked.c.booking_id)
        .values(rank=ranked.c.rn,
                status=case((seated, "allocated"), else_="not_allocated"),
                allocated_at=case((seated, bindparam("now", type_=UTCDateTime())), else_=null()),
                open_slot=case((seated, 1), else_=null()))
        .execution_options(synchronize_session=False)
    )


def _plan_counters() -> Update:
    """The batch's plans: seats given (counted from the ranked UPDATE's result) and the time."""
    seats = (select(func.count(ExamBooking.id))
             .where(ExamBooking.plan_id == ExamPlan.id, ExamBooking.status == "allocated")
             .scalar_subquery())
    return (update(ExamPlan).where(ExamPlan.id.in_(bindparam("plans", expanding=True)))
            .values(allocated_count=seats, allocated_at=bindparam("now", type_=UTCDateTime()))
            .execution_options(synchronize_session=False))


class _ChineseDate(FunctionElement):
    """A date column as 2026年12月07日 (`_session_text`'s `%Y年%m月%d日`), in the database."""

    type = String()
    name = "chinese_date"
    inherit_cache = True


@compiles(_ChineseDate)
def _chinese_date_sqlite(element: _ChineseDate, compiler: Any, **kw: Any) -> str:
    return f"strftime('%Y年%m月%d日', {compiler.process(element.clauses, **kw)})"


@compiles(_ChineseDate, "postgresql")
def _chinese_date_postgresql(element: _ChineseDate, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY\"年\"MM\"月\"DD\"日\"')"


def _messages() -> Select:
    """The SMS of a batch's sessions (plans, now), one per ranked request, by session and rank.
    Each session's text (`_session_text`) is made in the database from its plan and site rows,
    looked up by primary key for each request: a join of the requests to a derived table of
    per-session texts made PostgreSQL, which counts on one request right after they were ranked
    (statistics from before), scan that table once per request."""
    site = func.coalesce(Station.name, "")
    subject = case({s.value: name for s, name in SUBJECT_NAMES.items()}, value=ExamPlan.subject, else_="")
    text = (_ChineseDate(ExamPlan.exam_date) + " " + ExamPlan.start_time + " " + site + subject + "（"
            + ExamPlan.licence_class + "）")
    seated = ExamBooking.status == "allocated"
    body = (ExamCandidate.name + "，您预约的" + text
            + case((seated, "考试已预约成功，请携带身份证件按时参加考试。"),
                   else_="考试因预约人数超过计划人数，未能排上考位，请另行预约。"))
    return (
        select(bindparam("now", type_=UTCDateTime()).label("created_at"), ExamCandidate.mobile.label("mobile"),
               case((seated, "allocated"), else_="not_allocated").label("kind"), body.label("body"),
               ExamBooking.id.label("booking_id"), ExamBooking.plan_id.label("group_seq"),
               ExamBooking.rank.label("seq"))
        .join(ExamCandidate, ExamCandidate.id == ExamBooking.candidate_id)
        .join(ExamPlan, ExamPlan.id == ExamBooking.plan_id)
        .outerjoin(Station, Station.id == ExamPlan.site_id)
        # the batch's plans named, so that the database reads their index range, not the table
        .where(ExamBooking.plan_id.in_(bindparam("plans", expanding=True)), ExamBooking.rank.is_not(None))
    )


REQUESTS_PER_PLAN = _requests_per_plan()
RANKED_UPDATE = _ranked_update()
PLAN_COUNTERS = _plan_counters()
MESSAGES = _messages()


def _tell_everyone(session: Session, services: Services, plans: list[ExamPlan], now: datetime) -> None:
    """One INSERT … SELECT: an SMS to every ranked request of the batch's sessions."""
    services.sms.send_query(session, MESSAGES, {"now": now, "plans": [p.id for p in plans]})


def _k4_falls_with_not_allocated(session: Session, services: Services, principal: Principal | None,
                                 plan: ExamPlan, booking_ids: list[int]) -> None:
    """A 科目三 request without a seat takes the same-day 科目四 booking it made possible with it
    (issue 10; after the set-based allocation, only the requests it left without a seat)."""
    from central_api.exams.service import fall_dependent_k4  # it imports this module (refill_seat)

    if not booking_ids:
        return
    session.flush()
    rows = session.execute(select(ExamBooking, ExamCandidate).join(ExamCandidate, ExamCandidate.id == ExamBooking.candidate_id)
                           .where(ExamBooking.id.in_(booking_ids))
                           # the ranked UPDATE bypassed the identity map: reload what it changed
                           .execution_options(populate_existing=True)).all()
    for booking, candidate in rows:
        fall_dependent_k4(session, services, principal, k3=booking, k3_plan=plan, candidate=candidate,
                          outcome="not_allocated")


# Sessions allocated per transaction by the scheduled job: 1,000 sessions of 100 requests are 10
# commits instead of 1,000, while a batch's locks (its plan rows; the bookings it ranks) last
# well under a second on PostgreSQL here (docs/DECISIONS.md "Allocation in batches").
BATCH_SESSIONS = 100


def _batches(due: list[tuple[int, str]], size: int) -> list[list[int]]:
    """Consecutive due sessions (in id order), at most `size` each; a 科目三 session ends its batch
    (its unseated requests may take bookings of later sessions down with them)."""
    batches: list[list[int]] = [[]]
    for plan_id, subject in due:
        batches[-1].append(plan_id)
        if len(batches[-1]) >= size or subject == Subject.K3.value:
            batches.append([])
    return [b for b in batches if b]


def allocate_due_plans(services: Services, *, batch: int = BATCH_SESSIONS) -> list[int]:
    """The scheduled job: allocate every session whose deadline has passed, up to `batch`
    sessions per transaction (`_allocate_locked`); a session another instance is allocating right
    now is skipped (`FOR UPDATE SKIP LOCKED` of the batch's plans), not waited for; a session
    published for hand allocation (`HAND_ALLOCATION`) is left to the supervisor."""
    now = services.clock.now()
    with services.sessionmaker() as session:
        due = list(session.execute(select(ExamPlan.id, ExamPlan.subject)
                                   .where(ExamPlan.booking_deadline <= now, ExamPlan.allocated_at.is_(None),
                                          ExamPlan.published_by != HAND_ALLOCATION)
                                   .order_by(ExamPlan.id)))
    done: list[int] = []
    for ids in _batches(due, batch):
        with services.sessionmaker.begin() as session:
            # Whatever another instance allocated since the list above was read is left out here
            # (each statement sees what was committed before it), whatever it holds is skipped.
            plans = list(session.scalars(
                select(ExamPlan).where(ExamPlan.id.in_(ids), ExamPlan.allocated_at.is_(None))
                .order_by(ExamPlan.id).with_for_update(skip_locked=True)))
            if plans:
                done.extend(o.plan.id for o in _allocate_locked(session, services, plans, None, now))
    if due:
        log.info("allocation job: %d of %d due sessions allocated", len(done), len(due))
    return done


def refill_seat(session: Session, services: Services, plan: ExamPlan) -> int | None:
    """Give a freed seat to the best-ranked request of the session that did not get one
    (skipping candidates who meanwhile hold another open booking of the subject)."""
    other = aliased(ExamBooking)
    busy = exists().where(other.candidate_id == ExamBooking.candidate_id, other.subject == ExamBooking.subject,
                          other.open_slot == 1)
    nxt = session.scalars(
        select(ExamBooking).where(ExamBooking.plan_id == plan.id, ExamBooking.status == "not_allocated", ~busy)
        .order_by(ExamBooking.rank).limit(1).with_for_update(of=ExamBooking)
    ).first()
    if nxt is None:
        return None
    now = services.clock.now()
    nxt.status = "allocated"
    nxt.open_slot = 1
    nxt.allocated_at = now
    session.flush()
    name, mobile = session.execute(select(ExamCandidate.name, ExamCandidate.mobile)
                                   .where(ExamCandidate.id == nxt.candidate_id)).one()
    services.sms.send(session, [SmsMessage(
        mobile, "seat_refilled",
        f"{name}，有考生取消预约，您已递补预约成功：{_session_text(session, plan)}考试，请携带身份证件按时参加考试。",
        nxt.id)], now)
    return nxt.id


def _plan_and_site(session: Session, plan_id: int) -> tuple[ExamPlan, str]:
    plan, site = found(session.execute(select(ExamPlan, Station.name).join(Station, Station.id == ExamPlan.site_id)
                                       .where(ExamPlan.id == plan_id)).first(), *PLAN_NOT_FOUND)
    return plan, site


def plan_requests(session: Session, plan_id: int) -> tuple[ExamPlan, str, list[tuple[int, ExamBooking, ExamCandidate]]]:
    """The session's requests (cancelled ones left out) in rank order with their rank; before
    allocation the rank is the one allocation would give now."""
    plan, site = _plan_and_site(session, plan_id)
    rows = session.execute(
        select(ExamBooking, ExamCandidate).join(ExamCandidate, ExamCandidate.id == ExamBooking.candidate_id)
        .where(ExamBooking.plan_id == plan.id, ExamBooking.status != "cancelled")
    ).all()
    if plan.allocated_at is not None:
        ordered = sorted(rows, key=lambda bc: (bc[0].rank is None, bc[0].rank or 0, bc[0].id))
        return plan, site, [(b.rank, b, c) for b, c in ordered]
    by_id = {b.id: (b, c) for b, c in rows}
    placements = allocate((RankRequest(b.id, b.requested_at, b.ranking_time) for b, _c in rows), plan.capacity)
    return plan, site, [(p.rank, *by_id[p.booking_id]) for p in placements]


def roster(session: Session, plan_id: int) -> tuple[ExamPlan, str, list[tuple[ExamBooking, ExamCandidate]]]:
    plan, site = _plan_and_site(session, plan_id)
    if plan.allocated_at is None:
        raise Conflict("roster_not_ready", "该场次尚未排序分配，暂无考生名册")
    rows = session.execute(
        select(ExamBooking, ExamCandidate).join(ExamCandidate, ExamCandidate.id == ExamBooking.candidate_id)
        .where(ExamBooking.plan_id == plan.id, ExamBooking.status.in_(("allocated", "completed")))
        .order_by(ExamBooking.rank, ExamBooking.id)
    ).all()
    return plan, site, list(rows)
