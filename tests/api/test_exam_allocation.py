"""Ranking, allocation, freed seats and the roster (SQLite and PostgreSQL).

The clock starts Wednesday 2026-11-25 09:00 in Nanjing. Sessions on Monday 2026-12-07 close for
booking on Wednesday 12-02 00:00; allocation runs after that.
"""
from __future__ import annotations

import random
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from central_api.exams import service as exams
from central_api.exams.allocation import HAND_ALLOCATION, allocate_due_plans, allocate_plan
from central_api.platform.deps import Principal
from central_api.platform.errors import ApiError
from central_api.models import Account, AuditLog, ExamPlan, SmsOutbox
from counter_app.domain.roles import Role
from tests.exam_helpers import (
    API,
    MONDAY,
    allocate,
    booked,
    cancel,
    id_number,
    learner_with_permit,
    make_candidate,
    mobile,
    nj,
    publish,
    roster_ids,
    sms,
)
from tests.helpers import assert_error, login_headers


def _requests(client, headers, plan_id):  # noqa: ANN001, ANN202
    response = client.get(f"{API}/exam-plans/{plan_id}/requests", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["data"]


def test_each_ranking_rule_and_their_combination_through_real_bookings(client, clock):
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    k2_monday = publish(client, admin, MONDAY, "k2", site_id=9)
    k1_monday = publish(client, admin, MONDAY, "k1", site_id=9)
    # A and B passed 科目一 on 10-20 and 10-21; C is a first-time 科目一 candidate.
    learner_with_permit(client, admin, 1, date(2026, 10, 20), k1_at=nj(2026, 10, 20, 8, 30))
    learner_with_permit(client, admin, 2, date(2026, 10, 21), k1_at=nj(2026, 10, 21, 8, 30))
    make_candidate(client, admin, 3, application_accepted_at=nj(2026, 9, 1, 9, 0).isoformat())
    # D passed 科目一 on 09-10, cancelled a 科目二 seat for own reasons on 10-05, then failed 科目二 on 10-25.
    learner_with_permit(client, admin, 4, date(2026, 9, 10), k1_at=nj(2026, 9, 10, 8, 30), subjects=[
        {"subject": "k2", "last_exam_at": nj(2026, 10, 25, 8, 30).isoformat(), "last_result": "fail",
         "bookings_used": 1, "last_self_cancel_at": nj(2026, 10, 5, 11, 0).isoformat()}])
    a = booked(client, clerk, k2_monday["id"], 1)
    b = booked(client, clerk, k2_monday["id"], 2)
    c = booked(client, clerk, k1_monday["id"], 3)
    assert (a["ranking_rule"], a["ranking_time"]) == (2, "2026-10-20T00:30:00Z")  # rule 2: the 科目一 exam
    assert (c["ranking_rule"], c["ranking_time"]) == (1, "2026-09-01T01:00:00Z")  # rule 1: acceptance

    clock.set(nj(2026, 12, 2, 8, 0), frozen=True)
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    allocate(client, admin, k2_monday["id"])
    allocate(client, admin, k1_monday["id"])
    clock.set(nj(2026, 12, 2, 10, 0), frozen=True)  # after the deadline: in person, ID checked
    assert cancel(client, clerk, a["id"], "self", id_checked=True).status_code == 200
    assert cancel(client, clerk, b["id"], "not_self", id_checked=True).status_code == 200
    clock.set(nj(2026, 12, 2, 10, 10), frozen=True)
    assert cancel(client, clerk, c["id"], "self", id_checked=True).status_code == 200

    clock.set(nj(2026, 12, 2, 10, 30), frozen=True)
    k2_later = publish(client, admin, MONDAY + timedelta(days=7), "k2", site_id=9)
    k1_later = publish(client, admin, MONDAY + timedelta(days=7), "k1", site_id=9)
    a2 = booked(client, clerk, k2_later["id"], 1)
    b2 = booked(client, clerk, k2_later["id"], 2)
    d2 = booked(client, clerk, k2_later["id"], 4)
    c2 = booked(client, clerk, k1_later["id"], 3)
    # A: self-cancel at 12-02 10:00 is later than the 科目一 exam of 10-20: rule 4, the cancel time.
    assert (a2["ranking_rule"], a2["ranking_time"]) == (4, "2026-12-02T02:00:00Z")
    # B: cancelled for reasons not B's own: unchanged, rule 2 by the exam of 10-21.
    assert (b2["ranking_rule"], b2["ranking_time"]) == (2, "2026-10-21T00:30:00Z")
    # C: a first 科目一 booking cancelled for own reasons: rule 3, the cancel time 12-02 10:10.
    assert (c2["ranking_rule"], c2["ranking_time"]) == (3, "2026-12-02T02:10:00Z")
    # D: both apply, the exam of 10-25 is later than the cancel of 10-05: rule 4, the exam time.
    assert (d2["ranking_rule"], d2["ranking_time"]) == (4, "2026-10-25T00:30:00Z")
    listed = _requests(client, clerk, k2_later["id"])
    assert [(r["booking_id"], r["rank"], r["provisional"]) for r in listed] == [
        (b2["id"], 1, True), (d2["id"], 2, True), (a2["id"], 3, True)]
    assert listed[2]["ranking_rule_text"] == "上次考试时间与本人原因取消时间取较晚者排序"


def test_300_requests_for_50_seats_give_the_same_50_as_an_independent_ranking(client, services, clock):
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    plan = publish(client, admin, MONDAY, "k1", capacity=50, site_id=10)
    rng = random.Random(300)
    # Few distinct instants, so that ranking times tie often and the tie-break decides.
    instants = sorted({nj(2026, 8, 1) + timedelta(minutes=rng.randrange(0, 110 * 24 * 60, 30)) for _ in range(40)})
    expected_time: dict[int, datetime] = {}
    expected_rule: dict[int, int] = {}
    for n in range(1, 301):
        kind = rng.choice(("first", "first", "repeat", "first_cancel", "repeat_cancel"))
        accepted = rng.choice(instants)
        history = {"subject": "k1"}
        if kind.startswith("repeat"):
            history |= {"last_exam_at": rng.choice(instants).isoformat(), "last_result": "fail", "bookings_used": 1}
        if kind.endswith("cancel"):
            history["last_self_cancel_at"] = rng.choice(instants).isoformat()
        make_candidate(client, admin, n, application_accepted_at=accepted.isoformat(),
                       subjects=[history] if len(history) > 1 else [])
        # The rules of DOMAIN.md §3, written out here independently of the service:
        exam = datetime.fromisoformat(history["last_exam_at"]) if "last_exam_at" in history else None
        cancelled = datetime.fromisoformat(history["last_self_cancel_at"]) if "last_self_cancel_at" in history \
            else None
        if exam is None and cancelled is None:
            expected_time[n], expected_rule[n] = accepted, 1  # first 科目一: acceptance time
        elif exam is None:
            expected_time[n], expected_rule[n] = cancelled, 3  # own cancellation: its time
        elif cancelled is None:
            expected_time[n], expected_rule[n] = exam, 2  # repeat: the previous exam
        else:
            expected_time[n], expected_rule[n] = max(exam, cancelled), 4  # both: the later one
    order = list(range(1, 301))
    rng.shuffle(order)
    booking_of: dict[int, int] = {}
    requested_at: dict[int, datetime] = {}
    for i, n in enumerate(order):
        if i % 3 == 0:
            clock.advance(timedelta(seconds=1))  # three requests share each request time
        booking_of[n] = booked(client, clerk, plan["id"], n)["id"]
        requested_at[n] = clock.now()
    # Earlier ranking time first; then earlier request; then the lower booking id.
    ranked = sorted(range(1, 301), key=lambda n: (expected_time[n], requested_at[n], booking_of[n]))
    assert len({expected_time[n] for n in ranked}) < 300  # ties do occur
    want = [booking_of[n] for n in ranked[:50]]

    clock.set(nj(2026, 12, 2, 0, 0), frozen=True)
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    outcome = allocate(client, admin, plan["id"])
    assert (outcome["requests"], outcome["allocated"], outcome["not_allocated"]) == (300, 50, 250)
    assert roster_ids(client, clerk, plan["id"]) == want
    listed = _requests(client, clerk, plan["id"])
    assert [r["booking_id"] for r in listed] == [booking_of[n] for n in ranked]
    by_booking = {booking_of[n]: n for n in ranked}
    assert all(r["ranking_rule"] == expected_rule[by_booking[r["booking_id"]]] for r in listed)
    assert [r["allocated"] for r in listed] == [True] * 50 + [False] * 250
    with services.sessionmaker() as session:
        kinds = dict(session.execute(select(SmsOutbox.kind, func.count()).group_by(SmsOutbox.kind)).all())
    assert kinds == {"allocated": 50, "not_allocated": 250}


def test_allocation_waits_for_the_deadline_and_is_idempotent(client, services, clock):
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    plan = publish(client, admin, MONDAY, capacity=2, site_id=9)
    for n, day in ((1, 3), (2, 1), (3, 2)):
        make_candidate(client, admin, n, application_accepted_at=nj(2026, 9, day).isoformat())
        booked(client, clerk, plan["id"], n)
    clock.set(nj(2026, 12, 1, 23, 59, 59), frozen=True)
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    assert_error(client.post(f"{API}/exam-plans/{plan['id']}/allocate", headers=admin), 409, "booking_still_open")
    assert_error(client.get(f"{API}/exam-plans/{plan['id']}/roster", headers=clerk), 409, "roster_not_ready")
    clock.set(nj(2026, 12, 2, 0, 0), frozen=True)
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    assert_error(client.post(f"{API}/exam-plans/{plan['id']}/allocate", headers=clerk), 403, "role_forbidden")
    first = allocate(client, admin, plan["id"])
    roster = roster_ids(client, clerk, plan["id"])
    clock.advance(timedelta(hours=1))
    again = allocate(client, admin, plan["id"])
    assert (first["allocated"], first["not_allocated"], first["already_allocated"]) == (2, 1, False)
    assert (again["allocated"], again["not_allocated"], again["already_allocated"]) == (2, 1, True)
    assert again["allocated_at"] == first["allocated_at"]
    assert roster_ids(client, clerk, plan["id"]) == roster
    # Accepted 09-02 (n=3) and 09-01 (n=2) rank before 09-03 (n=1).
    body = client.get(f"{API}/exam-plans/{plan['id']}/roster", headers=clerk).json()
    assert [e["candidate_name"] for e in body["data"]] == ["考生2", "考生3"]
    assert [e["seat"] for e in body["data"]] == [1, 2]
    messages = sms(client, admin)
    assert sorted((m["mobile"], m["kind"]) for m in messages) == [
        (mobile(1), "not_allocated"), (mobile(2), "allocated"), (mobile(3), "allocated")]
    assert messages[0]["body"].startswith("【交管12123】")
    with services.sessionmaker() as session:
        assert session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "exam_plan_allocated")) == 1
    assert_error(client.get(f"{API}/sms-outbox", headers=clerk), 403, "role_forbidden")


def test_a_freed_seat_goes_to_the_best_ranked_waiting_request_until_two_days_before(client, clock):
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    plan = publish(client, admin, MONDAY, capacity=2, site_id=9)
    for n in (1, 2, 3, 4):  # accepted on 09-01, 09-02, 09-03, 09-04: ranks 1..4
        make_candidate(client, admin, n, application_accepted_at=nj(2026, 9, n).isoformat())
    ids = {n: booked(client, clerk, plan["id"], n)["id"] for n in (1, 2, 3, 4)}
    # Tuesday session with one seat and two requests, for the late case.
    tuesday = publish(client, admin, MONDAY + timedelta(days=1), capacity=1, site_id=9)
    for n in (5, 6):
        make_candidate(client, admin, n, application_accepted_at=nj(2026, 9, n).isoformat())
    late = {n: booked(client, clerk, tuesday["id"], n)["id"] for n in (5, 6)}

    clock.set(nj(2026, 12, 3, 0, 0), frozen=True)
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    allocate(client, admin, plan["id"])
    allocate(client, admin, tuesday["id"])
    assert roster_ids(client, clerk, plan["id"]) == [ids[1], ids[2]]
    # Rank 3 found another session meanwhile (booking for 12-14 is still open).
    other = publish(client, admin, MONDAY + timedelta(days=7), site_id=9)
    booked(client, clerk, other["id"], 3)

    clock.set(nj(2026, 12, 3, 10, 0), frozen=True)  # Thursday, more than a day before the exam
    clerk = login_headers(client, "clerk01")
    done = cancel(client, clerk, ids[1], "self", id_checked=True).json()
    # The seat skips rank 3 (already holding an open 科目一 booking) and goes to rank 4.
    assert done["refilled_booking_id"] == ids[4]
    assert roster_ids(client, clerk, plan["id"]) == [ids[2], ids[4]]
    assert done["plan"]["allocated_count"] == 2
    messages = [m for m in sms(client, admin) if m["kind"] == "seat_refilled"]
    assert [(m["mobile"], m["booking_id"]) for m in messages] == [(mobile(4), ids[4])]
    assert "递补预约成功" in messages[0]["body"]

    clock.set(nj(2026, 12, 7, 15, 0), frozen=True)  # Monday, the day before the Tuesday exam (its last working day)
    clerk = login_headers(client, "clerk01")
    done = cancel(client, clerk, late[5], "self", id_checked=True).json()
    assert done["status"] == "cancelled" and done["refilled_booking_id"] is None
    assert done["plan"]["allocated_count"] == 0
    assert roster_ids(client, clerk, tuesday["id"]) == []
    assert [r["status"] for r in _requests(client, clerk, tuesday["id"])] == ["not_allocated"]


def _principal(services, username: str) -> Principal:  # noqa: ANN001
    with services.sessionmaker() as session:
        account = session.scalars(select(Account).where(Account.username == username)).one()
        return Principal(account.id, account.username, Role(account.role), account.station_id, "window", 0)


def test_concurrent_allocations_allocate_once(client, services, clock):
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    plan = publish(client, admin, MONDAY, capacity=3, site_id=9)
    for n in range(1, 8):
        make_candidate(client, admin, n, application_accepted_at=nj(2026, 9, n).isoformat())
        booked(client, clerk, plan["id"], n)
    clock.set(nj(2026, 12, 2, 1, 0), frozen=True)
    supervisor = _principal(services, "admin")
    start = threading.Barrier(4)

    def run(_i: int) -> bool:
        start.wait(timeout=10)
        with services.sessionmaker.begin() as session:
            return allocate_plan(session, services, plan["id"], supervisor).already_allocated

    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(run, range(4), timeout=60))
    assert sorted(outcomes) == [False, True, True, True]
    with services.sessionmaker() as session:
        assert session.scalar(select(func.count(SmsOutbox.id))) == 7
        assert session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "exam_plan_allocated")) == 1
    # The scheduled job allocates the (demo) sessions that closed meanwhile, and leaves this one alone.
    done = allocate_due_plans(services)
    assert done and plan["id"] not in done
    assert allocate_due_plans(services) == []
    listed = client.get(f"{API}/exam-plans", headers=login_headers(client, "clerk01"), params={"to": "2026-12-07"})
    statuses = {p["id"]: p["status"] for p in listed.json()["data"]}
    # The demo's 科目一 session published for hand allocation waits for the supervisor (README: 排序分配).
    hand = [pid for pid, status in statuses.items() if status == "closed"]
    assert len(hand) == 1 and set(statuses.values()) == {"allocated", "closed"}
    with services.sessionmaker() as session:
        assert session.get(ExamPlan, hand[0]).published_by == HAND_ALLOCATION


def test_concurrent_bookings_of_one_candidate_leave_one_open_booking(client, services):
    admin = login_headers(client, "admin")
    plans = [publish(client, admin, MONDAY, site_id=site)["id"] for site in (9, 10)]
    make_candidate(client, admin, 1)
    clerk = _principal(services, "clerk01")
    start = threading.Barrier(2)

    def run(plan_id: int) -> str:
        start.wait(timeout=10)
        try:
            with services.sessionmaker.begin() as session:
                exams.book(session, services, clerk, plan_id=plan_id, id_number=id_number(1), caller_mobile=None)
            return "booked"
        except ApiError as exc:
            return exc.code

    with ThreadPoolExecutor(2) as pool:
        outcomes = sorted(pool.map(run, plans, timeout=60))
    assert outcomes[0] == "booked" and outcomes[1] in ("not_eligible", "open_booking_exists")
    clerk_headers = login_headers(client, "clerk01")
    listed = client.get(f"{API}/exam-bookings", headers=clerk_headers, params={"id_number": id_number(1)}).json()
    assert [b["status"] for b in listed["data"]] == ["requested"]


@pytest.mark.parametrize("capacity", [0, 2001])
def test_capacity_must_be_sensible(client, capacity):
    admin = login_headers(client, "admin")
    response = client.post(f"{API}/exam-plans", headers=admin, json={
        "site_id": 9, "exam_date": MONDAY.isoformat(), "start_time": "07:45", "subject": "k1",
        "licence_class": "C1", "capacity": capacity})
    assert_error(response, 422, "validation_error")
