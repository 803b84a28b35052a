"""The supervisor's console and the live board at the centre (issue 12): forced password change,
audit search, calendar years/entries and the plate deadline, the SMS outbox's state, heartbeats
and the board's figures, worked out by hand from the rules."""
from __future__ import annotations

from collections import Counter
from datetime import timedelta

from sqlalchemy import select

from central_api.models import ExamBooking, ExamPlan

from tests.exam_helpers import API, MONDAY, allocate, booked, cancel, make_candidate, nj, publish
from tests.helpers import assert_error, login, login_headers

NEW = {"username": "clerk11", "display_name": "周辅警", "role": "clerk", "station_id": 1,
       "password": "Temp#2026Xuanwu"}


def _ticket(headers: dict, ticket: str, called) -> dict:  # noqa: ANN001
    return {**headers, "X-Queue-Ticket": f"{ticket}@{called.isoformat()}"}


def _board(client, admin: dict) -> dict:  # noqa: ANN001
    response = client.get(f"{API}/board", headers=admin)
    assert response.status_code == 200, response.text
    return response.json()


def _station(board: dict, station_id: int) -> dict:
    return next(s for s in board["stations"] if s["station_id"] == station_id)


# --- accounts: a new or reset account changes its password before any work -------------------------
def test_a_new_account_must_change_its_password_before_any_work(client):
    admin = login_headers(client, "sysadmin01")
    created = client.post(f"{API}/accounts", json=NEW, headers=admin)
    assert created.status_code == 201 and created.json()["must_change_password"] is True
    first = login(client, "clerk11", NEW["password"]).json()
    assert first["must_change_password"] is True
    headers = {"Authorization": f"Bearer {first['access_token']}"}
    body = assert_error(client.get(f"{API}/stations", headers=headers), 401, "password_change_required")
    assert body["message"] == "首次登录或密码被重置后须先修改密码"
    assert_error(client.put(f"{API}/counters/pc-xuanwu-11/heartbeat", headers=headers, json={
        "hostname": "XW-11", "version": "0.1.0", "pending_writes": 0, "refused_writes": 0}), 401,
        "password_change_required")
    changed = client.post(f"{API}/auth/password", headers=headers,
                          json={"old_password": NEW["password"], "new_password": "Mine#2026Zhou"})
    assert changed.status_code == 204
    assert client.get(f"{API}/stations", headers=headers).status_code == 200
    assert login(client, "clerk11", "Mine#2026Zhou").json()["must_change_password"] is False

    # A supervisor's reset flags it again; the demo accounts were never flagged.
    reset = client.post(f"{API}/accounts/{created.json()['id']}/password", headers=admin,
                        json={"password": "Reset#2026Xuanwu"})
    assert reset.status_code == 200 and reset.json()["must_change_password"] is True
    assert login(client, "clerk11", "Reset#2026Xuanwu").json()["must_change_password"] is True
    assert login(client, "clerk01").json()["must_change_password"] is False


# --- audit search --------------------------------------------------------------------------------
def test_the_audit_trail_is_searched_by_account_station_day_and_record(client, clock):
    admin = login_headers(client, "sysadmin01")
    login_headers(client, "clerk02")  # station 2
    created = client.post(f"{API}/accounts", json=NEW, headers=admin).json()
    clock.advance(timedelta(days=1))
    admin = login_headers(client, "sysadmin01")
    auditor = login_headers(client, "auditor01")

    def search(**params) -> list[dict]:  # noqa: ANN003
        response = client.get(f"{API}/audit", headers=auditor, params={"limit": 500, **params})
        assert response.status_code == 200, response.text
        return response.json()["data"]

    day1 = search(day="2026-11-25")
    assert [(e["action"], e["username"]) for e in day1] == [
        ("login", "sysadmin01"), ("login", "clerk02"), ("account_created", "sysadmin01")]
    assert [e["action"] for e in search(day="2026-11-26")] == ["login", "login"]  # sysadmin01, auditor01
    assert [e["username"] for e in search(station_id=2)] == ["clerk02"]
    assert [e["action"] for e in search(username="sysadmin01", day="2026-11-25")] == ["login", "account_created"]
    record = search(entity="account", entity_id=str(created["id"]))
    assert [e["action"] for e in record] == ["account_created"]
    assert_error(client.get(f"{API}/audit", headers=auditor, params={"day": "2026-13-01"}), 422, "validation_error")
    clerk = login_headers(client, "clerk01")
    assert_error(client.get(f"{API}/audit", headers=clerk), 403, "role_forbidden")


# --- the holiday calendar ----------------------------------------------------------------------------
def test_next_year_entered_then_a_plate_deadline_in_it(client):
    admin = login_headers(client, "admin")
    years = client.get(f"{API}/calendar/years", headers=admin).json()
    # 2026-11-25 is within two months of 2026-12-31, the last year chinese-calendar 1.11 knows.
    assert (years["first_year"], years["last_year"], years["runs_out_soon"]) == (2004, 2026, True)
    body = assert_error(client.get(f"{API}/calendar/plate-deadline", headers=admin,
                                   params={"chosen_on": "2026-12-30"}), 422, "calendar_unknown_year")
    assert "2027年的节假日安排尚未录入" in body["message"]
    # Within the known year it is computed: Wed 11-25 → Thu 26, Fri 27, Mon 30.
    ok = client.get(f"{API}/calendar/plate-deadline", headers=admin, params={"chosen_on": "2026-11-25"}).json()
    assert (ok["deadline"], ok["working_days"]) == ("2026-11-30", 3)

    assert client.get(f"{API}/calendar/entries", headers=admin, params={"year": 2027}).json() == {
        "year": 2027, "declared": False, "data": [], "count": 0}
    put = client.put(f"{API}/calendar/days/2027-01-01", headers=admin, json={"kind": "holiday", "name": "元旦"})
    assert put.status_code == 200
    entries = client.get(f"{API}/calendar/entries", headers=admin, params={"year": 2027}).json()
    assert [(d["date"], d["kind"], d["name"]) for d in entries["data"]] == [("2027-01-01", "holiday", "元旦")]
    assert client.put(f"{API}/calendar/years/2027", headers=admin).status_code == 200
    years = client.get(f"{API}/calendar/years", headers=admin).json()
    assert (years["last_year"], years["runs_out_soon"]) == (2027, False)
    # Thu 12-31 (1), Fri 01-01 元旦, weekend, Mon 01-04 (2), Tue 01-05 (3).
    deadline = client.get(f"{API}/calendar/plate-deadline", headers=admin, params={"chosen_on": "2026-12-30"})
    assert deadline.json()["deadline"] == "2027-01-05"
    assert_error(client.get(f"{API}/calendar/plate-deadline", headers=admin, params={"chosen_on": "30.12.2026"}),
                 422, "validation_error")
    assert_error(client.get(f"{API}/calendar/entries", headers=admin, params={"year": 1999}), 422, "validation_error")


# --- the SMS outbox's state ------------------------------------------------------------------------
def test_each_sms_has_a_state(client, clock):
    admin = login_headers(client, "admin")
    clerk = login_headers(client, "clerk01")
    plan = publish(client, admin, MONDAY)
    make_candidate(client, admin, 1)
    booked(client, clerk, plan["id"], 1)
    clock.set(nj(2026, 12, 2, 8, 0), frozen=True)
    admin = login_headers(client, "admin")
    allocate(client, admin, plan["id"])
    messages = client.get(f"{API}/sms-outbox", headers=admin).json()["data"]
    assert [(m["kind"], m["state"], m["sent_at"]) for m in messages] == [("allocated", "queued", None)]
    assert client.get(f"{API}/sms-outbox", headers=admin, params={"state": "sent"}).json()["count"] == 0
    assert client.get(f"{API}/sms-outbox", headers=admin, params={"state": "queued"}).json()["count"] == 1
    assert_error(client.get(f"{API}/sms-outbox", headers=admin, params={"state": "lost"}), 422, "validation_error")


# --- heartbeats and the board ----------------------------------------------------------------------
def test_heartbeats_online_then_offline_with_the_last_counts(client, clock):
    admin = login_headers(client, "admin")
    clerk = login_headers(client, "clerk01")
    beat = {"hostname": "XW-WIN-01", "version": "0.1.0", "pending_writes": 3, "refused_writes": 1}
    answer = client.put(f"{API}/counters/5b7e0c1a-0000-4000-8000-000000000001/heartbeat", headers=clerk, json=beat)
    assert answer.status_code == 200 and answer.json()["offline_after_seconds"] == 90
    board = _board(client, admin)
    [pc] = board["counters"]
    assert (pc["station_name"], pc["username"], pc["online"], pc["pending_writes"], pc["refused_writes"]) == (
        "南京市车管所", "clerk01", True, 3, 1)
    xuanwu = _station(board, 1)
    assert (xuanwu["counters_online"], xuanwu["counters_total"], xuanwu["pending_writes"],
            xuanwu["refused_writes"]) == (1, 1, 3, 1)
    clock.advance(timedelta(seconds=90))
    assert _board(client, admin)["counters"][0]["online"] is True  # 90 s is still within the limit
    clock.advance(timedelta(seconds=1))
    board = _board(client, admin)
    assert (board["counters"][0]["online"], board["counters"][0]["pending_writes"]) == (False, 3)
    assert _station(board, 1)["counters_online"] == 0

    # Bad input: 422 and nothing stored; no token: 401; a clerk does not see the board.
    for bad in ({**beat, "pending_writes": -1}, {**beat, "extra": 1}, {**beat, "hostname": ""}):
        assert_error(client.put(f"{API}/counters/pc-xuanwu-02/heartbeat", headers=clerk, json=bad), 422,
                     "validation_error")
    assert_error(client.put(f"{API}/counters/bad id!/heartbeat", headers=clerk, json=beat), 422, "validation_error")
    assert len(_board(client, admin)["counters"]) == 1
    assert_error(client.put(f"{API}/counters/pc-xuanwu-02/heartbeat", json=beat), 401, "not_authenticated")
    assert_error(client.get(f"{API}/board", headers=clerk), 403, "role_forbidden")


def test_the_boards_figures_of_the_day(client, clock, services):
    admin = login_headers(client, "admin")
    clerk = login_headers(client, "clerk01")
    plan = publish(client, admin, MONDAY)  # 科目一 at 尧新考点 (8), Monday 12-07
    for n in (1, 2, 3):
        make_candidate(client, admin, n)
    # 09:00 ticket A001 is called: two bookings, the last at 09:06 (6 minutes).
    called = clock.now()
    clock.advance(timedelta(minutes=4))
    one = booked(client, _ticket(clerk, "A001", called), plan["id"], 1)
    clock.advance(timedelta(minutes=2))
    three = booked(client, _ticket(clerk, "A001", called), plan["id"], 3)
    # 09:06 ticket A002 is called: one booking at 09:16 (10 minutes).
    called = clock.now()
    clock.advance(timedelta(minutes=10))
    two = booked(client, _ticket(clerk, "A002", called), plan["id"], 2)
    xuanwu = _station(_board(client, admin), 1)
    assert (xuanwu["customers"], xuanwu["by_workflow"], xuanwu["average_minutes"]) == (
        2, [{"workflow": "考试预约", "customers": 2}], 8.0)
    assert (xuanwu["late_cancellations"], xuanwu["no_shows"]) == (0, 0)
    assert _station(_board(client, admin), 2)["customers"] == 0

    clock.set(nj(2026, 12, 2, 8, 0), frozen=True)
    admin = login_headers(client, "admin")
    allocate(client, admin, plan["id"])
    # Friday 12-04, after the deadline: a late cancellation in person at 江北分所 (2).
    clock.set(nj(2026, 12, 4, 16, 30), frozen=True)
    admin, branch = login_headers(client, "admin"), login_headers(client, "clerk02")
    assert cancel(client, branch, one["id"], id_checked=True).status_code == 200
    board = _board(client, admin)
    assert board["day"] == "2026-12-04"
    assert (_station(board, 2)["late_cancellations"], _station(board, 1)["customers"]) == (1, 0)
    # Monday 12-07, the exam day: 尧新考点 enters 缺考 for one; the other gets no result.
    clock.set(nj(2026, 12, 7, 16, 0), frozen=True)
    admin, site = login_headers(client, "admin"), login_headers(client, "clerk08")
    recorded = client.post(f"{API}/exam-bookings/{two['id']}/result", headers=site, json={"result": "absent"})
    assert recorded.status_code == 200
    assert _station(_board(client, admin), 8)["no_shows"] == 1
    # Tuesday 12-08: the centre's job records the other as 缺考; it counts at the exam's site.
    clock.set(nj(2026, 12, 8, 1, 0), frozen=True)
    admin = login_headers(client, "admin")
    recorded_ids = client.post(f"{API}/jobs/no-shows", headers=admin).json()["booking_ids"]
    assert three["id"] in recorded_ids  # (with any demo booking of an earlier day left without a result)
    with services.sessionmaker() as session:
        sites = dict(session.execute(select(ExamBooking.id, ExamPlan.site_id).join(
            ExamPlan, ExamPlan.id == ExamBooking.plan_id).where(ExamBooking.id.in_(recorded_ids))).all())
    expected = Counter(sites.values())
    assert expected[8] >= 1
    board = _board(client, admin)
    assert {s["station_id"]: s["no_shows"] for s in board["stations"] if s["no_shows"]} == dict(expected)
