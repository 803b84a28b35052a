"""The scheduled allocation in batches (issue 13): several sessions ranked in one transaction,
each by its own capacity, each request told its own session's text, one audit row per session
in an intact hash chain, and a batch costing as many statements for 7 sessions as for 2
(SQLite and PostgreSQL).

Sessions are put straight into the database (as the allocation benchmark does) in January 2027,
well after the demo's sessions, whose allocation the test runs first and leaves aside.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import event, func, insert, select

from central_api.exams.allocation import allocate_due_plans
from central_api.models import Account, AuditLog, ExamBooking, ExamCandidate, ExamPlan, SmsOutbox, Station
from central_api.platform import audit_chain
from central_api.platform.sms import SENDER
from tests.exam_helpers import nj

DAY_A = date(2027, 1, 11)  # a Monday: the two sessions of the first batch
DAY_B = date(2027, 1, 18)  # the next Monday: the seven sessions of the second batch


def _add_session(session, admin_id: int, n0: int, exam_date: date, site: int, start: str, capacity: int,  # noqa: ANN001
                 requests: list[tuple[datetime, datetime]]) -> tuple[int, list[int]]:
    """A closed 科目一 session and its requests (ranking time, request time), in this order;
    candidate numbers from n0. Returns the plan id and the booking ids in the order given."""
    deadline = datetime.combine(exam_date - timedelta(days=5), datetime.min.time(), timezone.utc)
    plan_id = session.execute(insert(ExamPlan).returning(ExamPlan.id), [{
        "site_id": site, "exam_date": exam_date, "start_time": start, "subject": "k1", "licence_class": "C1",
        "capacity": capacity, "requested_count": len(requests), "allocated_count": 0,
        "published_at": nj(2026, 11, 20), "published_by": "admin", "booking_deadline": deadline}]).scalar_one()
    bookings = []
    for i, (ranking_time, requested_at) in enumerate(requests):
        n = n0 + i
        candidate_id = session.execute(insert(ExamCandidate).returning(ExamCandidate.id), [{
            "id_number": f"320115{n:012d}", "name": f"批考生{n}", "mobile": f"1390000{n:04d}", "purpose": "learner",
            "licence_class": "C1", "adds_to_car_licence": False, "application_accepted_at": ranking_time,
            "created_at": nj(2026, 11, 20)}]).scalar_one()
        bookings.append(session.execute(insert(ExamBooking).returning(ExamBooking.id), [{
            "plan_id": plan_id, "candidate_id": candidate_id, "subject": "k1", "status": "requested",
            "open_slot": 1, "channel": "internet", "station_id": 1, "account_id": admin_id,
            "requested_at": requested_at, "ranking_time": ranking_time, "ranking_rule": 1,
            "id_checked": False}]).scalar_one())
    return plan_id, bookings


def _statements(services, clock, when: datetime) -> tuple[list[int], int]:  # noqa: ANN001
    clock.set(when, frozen=True)
    count = [0]

    def one(*_args) -> None:  # noqa: ANN002
        count[0] += 1

    event.listen(services.engine, "before_cursor_execute", one)
    try:
        done = allocate_due_plans(services)
    finally:
        event.remove(services.engine, "before_cursor_execute", one)
    return done, count[0]


def test_sessions_allocated_in_one_batch_each_by_its_own_rank_capacity_and_text(services, clock):
    t = nj(2026, 9, 1, 9, 0)
    early, late = nj(2026, 11, 21, 10, 0), nj(2026, 11, 22, 10, 0)
    with services.sessionmaker.begin() as session:
        admin_id = session.scalar(select(Account.id).where(Account.username == "admin"))
        sites = dict(session.execute(select(Station.id, Station.name).where(Station.id.in_((8, 9, 10)))).all())
        first = [_add_session(session, admin_id, 100 + 10 * k, DAY_A, 8 + k, "08:00", 1, [(t, early), (t, late)])
                 for k in range(2)]
        # Second batch: capacities 1 to 5 over three sites and start times. Each session's
        # requests, given in this order: A ranks by the latest time, B and C share the earliest
        # ranking time and B asked later than C, D asked last of all with the second ranking time.
        shapes = [(8, "08:00", 2), (9, "08:30", 1), (10, "09:00", 3), (8, "09:30", 5), (9, "10:00", 2),
                  (10, "10:30", 1), (8, "11:00", 4)]
        second = [_add_session(session, admin_id, 200 + 10 * k, DAY_B, site, start, capacity, [
            (t + timedelta(days=30), early),  # A
            (t, late),                        # B
            (t, early),                       # C
            (t + timedelta(days=1), late),    # D
        ]) for k, (site, start, capacity) in enumerate(shapes)]
    # The demo's sessions first (all closed by the end of December), then the two batches.
    clock.set(nj(2026, 12, 31, 12, 0), frozen=True)
    allocate_due_plans(services)
    done_a, statements_a = _statements(services, clock, nj(2027, 1, 6, 12, 0))
    done_b, statements_b = _statements(services, clock, nj(2027, 1, 13, 12, 0))
    assert sorted(done_a) == sorted(p for p, _ in first)
    assert sorted(done_b) == sorted(p for p, _ in second)
    # One transaction of 7 sessions costs the statements of one of 2 (no per-session round trip)
    # on PostgreSQL. SQLite (in-process, no round trips) cannot hand back the ids of a multi-row
    # INSERT in order, so SQLAlchemy writes each audit row and its chain link one by one there.
    per_session = 2 if services.engine.dialect.name == "sqlite" else 0
    assert statements_b - statements_a == per_session * (7 - 2)

    # Rank order by the rule (ranking time, then request time): C, B, D, A; seats to the first `capacity`.
    with services.sessionmaker() as session:
        for (plan_id, (a, b, c, d)), (site, start, capacity) in zip(second, shapes):
            ranks = dict(session.execute(select(ExamBooking.id, ExamBooking.rank)
                                         .where(ExamBooking.plan_id == plan_id)).all())
            assert ranks == {c: 1, b: 2, d: 3, a: 4}
            seated = set(session.scalars(select(ExamBooking.id).where(ExamBooking.plan_id == plan_id,
                                                                      ExamBooking.status == "allocated")))
            assert seated == set([c, b, d, a][:capacity])
            plan = session.get(ExamPlan, plan_id)
            assert plan.allocated_count == min(capacity, 4) and plan.allocated_at is not None
            # Every request told its own session's text, in rank order.
            texts = session.execute(select(SmsOutbox.booking_id, SmsOutbox.kind, SmsOutbox.body)
                                    .where(SmsOutbox.booking_id.in_((a, b, c, d))).order_by(SmsOutbox.id)).all()
            assert [row.booking_id for row in texts] == [c, b, d, a]
            session_text = f"2027年01月18日 {start} {sites[site]}科目一（C1）考试"
            for row in texts:
                assert session_text in row.body and row.body.startswith(SENDER)
                assert row.kind == ("allocated" if row.booking_id in seated else "not_allocated")
                assert ("已预约成功" in row.body) == (row.booking_id in seated)
            audit_rows = session.scalars(select(AuditLog).where(AuditLog.action == "exam_plan_allocated",
                                                                AuditLog.entity_id == str(plan_id))).all()
            assert [r.detail for r in audit_rows] == [{"capacity": capacity, "requests": 4,
                                                       "allocated": min(capacity, 4)}]
            assert audit_rows[0].username == "allocation-job" and audit_rows[0].channel == "system"
        # The first batch: the earlier request wins the one seat of each session.
        for plan_id, (first_asked, second_asked) in first:
            assert session.scalar(select(ExamBooking.status).where(ExamBooking.id == first_asked)) == "allocated"
            assert session.scalar(select(ExamBooking.status).where(ExamBooking.id == second_asked)) == "not_allocated"
        assert audit_chain.verify(session).intact


def test_a_job_cut_into_batches_of_one_gives_what_one_batch_gives(services, clock):
    """The same sessions allocated one per transaction and all in one: the same ranks, seats,
    counters and messages (the sessions are independent, so the batch size changes nothing)."""
    t = nj(2026, 9, 1, 9, 0)
    with services.sessionmaker.begin() as session:
        admin_id = session.scalar(select(Account.id).where(Account.username == "admin"))
        for k in range(3):
            _add_session(session, admin_id, 300 + 10 * k, DAY_A, 8 + k, "08:00", 1 + k,
                         [(t + timedelta(hours=h), nj(2026, 11, 21)) for h in (3, 1, 2, 0)])
            _add_session(session, admin_id, 400 + 10 * k, DAY_B, 8 + k, "08:00", 1 + k,
                         [(t + timedelta(hours=h), nj(2026, 11, 21)) for h in (3, 1, 2, 0)])
    clock.set(nj(2026, 12, 31, 12, 0), frozen=True)
    allocate_due_plans(services)
    clock.set(nj(2027, 1, 6, 12, 0), frozen=True)
    one_by_one = allocate_due_plans(services, batch=1)
    clock.set(nj(2027, 1, 13, 12, 0), frozen=True)
    together = allocate_due_plans(services, batch=100)
    assert len(one_by_one) == len(together) == 3

    def shape(plan_ids: list[int]) -> list:
        with services.sessionmaker() as session:
            out = []
            for plan_id in sorted(plan_ids):
                plan = session.get(ExamPlan, plan_id)
                rows = session.execute(select(ExamBooking.rank, ExamBooking.status, SmsOutbox.kind)
                                       .join(SmsOutbox, SmsOutbox.booking_id == ExamBooking.id)
                                       .where(ExamBooking.plan_id == plan_id).order_by(SmsOutbox.id)).all()
                out.append((plan.capacity, plan.allocated_count, [tuple(r) for r in rows]))
            return out

    assert shape(one_by_one) == shape(together)
    # By the rule: ranking times 3h, 1h, 2h, 0h after the same instant rank 4, 2, 3, 1.
    assert shape(together)[0] == (1, 1, [(1, "allocated", "allocated"), (2, "not_allocated", "not_allocated"),
                                         (3, "not_allocated", "not_allocated"), (4, "not_allocated", "not_allocated")])


def test_jobs_running_at_once_allocate_each_session_once(services, clock, report_figure):
    """Three instances' jobs start together over 30 due sessions in batches of 5: each session is
    allocated by exactly one of them (the batch's plans locked, what another holds skipped),
    with one audit row and one message per request."""
    t = nj(2026, 9, 1, 9, 0)
    with services.sessionmaker.begin() as session:
        admin_id = session.scalar(select(Account.id).where(Account.username == "admin"))
        plans = [_add_session(session, admin_id, 500 + 4 * k, DAY_A, 8 + k % 3, f"{8 + k // 3:02d}:00", 2,
                              [(t + timedelta(hours=h), nj(2026, 11, 21)) for h in range(4)])[0] for k in range(30)]
    clock.set(nj(2026, 12, 31, 12, 0), frozen=True)
    allocate_due_plans(services)
    clock.set(nj(2027, 1, 6, 12, 0), frozen=True)
    start = threading.Barrier(3)

    def job(_i: int) -> list[int]:
        start.wait(timeout=10)
        return allocate_due_plans(services, batch=5)

    with ThreadPoolExecutor(3) as pool:
        runs = list(pool.map(job, range(3), timeout=120))
    done = [plan_id for run in runs for plan_id in run]
    report_figure(f"allocation jobs at once on {services.engine.dialect.name}: sessions allocated by each "
                  f"{sorted((len(run) for run in runs), reverse=True)}")
    assert sorted(done) == sorted(plans)  # every session, none twice
    with services.sessionmaker() as session:
        audited = session.scalars(select(AuditLog.entity_id).where(AuditLog.action == "exam_plan_allocated",
                                                                   AuditLog.entity_id.in_([str(p) for p in plans])))
        assert sorted(audited) == sorted(str(p) for p in plans)
        messages = session.scalar(select(func.count(SmsOutbox.id))
                                  .join(ExamBooking, ExamBooking.id == SmsOutbox.booking_id)
                                  .where(ExamBooking.plan_id.in_(plans)))
        assert messages == 30 * 4
        seats = session.scalar(select(func.count(ExamBooking.id)).where(ExamBooking.plan_id.in_(plans),
                                                                        ExamBooking.status == "allocated"))
        assert seats == 30 * 2
        assert audit_chain.verify(session).intact
