"""Issue 12, the centre's side of exam day, fees and acceptance (SQLite and PostgreSQL).

The clock starts Wednesday 2026-11-25 09:00 in Nanjing; sessions are on Monday 2026-12-07 at
尧新考点 (station 8, clerk08) unless said otherwise; booking closes Wednesday 12-02 00:00.
"""
from datetime import date

from tests.exam_helpers import (
    API,
    MONDAY,
    allocate,
    booked,
    candidate,
    eligibility,
    id_number,
    learner_with_permit,
    make_candidate,
    mobile,
    nj,
    publish,
)
from tests.helpers import assert_error, login_headers


def _accept(client, headers, n: int, **body):  # noqa: ANN001, ANN003, ANN202
    payload = {"id_number": id_number(n), "name": f"考生{n}", "mobile": mobile(n), "licence_class": "C1",
               "application_accepted_at": nj(2026, 11, 25, 8, 30).isoformat()}
    payload.update(body)
    return client.post(f"{API}/candidates/applications", headers=headers, json=payload)


def test_a_window_clerk_accepts_an_application_and_it_ranks_by_that_time(client):
    clerk, admin = login_headers(client, "clerk01"), login_headers(client, "admin")
    created = _accept(client, clerk, 1, application_accepted_at=nj(2026, 11, 25, 8, 40).isoformat())
    assert created.status_code == 201, created.text
    assert created.json()["application_accepted_at"] == "2026-11-25T00:40:00Z"
    # Earlier acceptance (imported by the supervisor) ranks first; the window's one second.
    make_candidate(client, admin, 2, application_accepted_at=nj(2026, 11, 25, 8, 41).isoformat())
    # A correction before any booking: the acceptance time moves to 08:20, the class stays C1.
    corrected = _accept(client, clerk, 1, application_accepted_at=nj(2026, 11, 25, 8, 20).isoformat())
    assert corrected.status_code == 200, corrected.text
    k1 = eligibility(client, clerk, 1, "k1")
    assert (k1["ranking_rule"], k1["ranking_time"]) == (1, "2026-11-25T00:20:00Z")
    plan = publish(client, admin, MONDAY, capacity=1)
    second = booked(client, clerk, plan["id"], 2)
    first = booked(client, clerk, plan["id"], 1)
    ranks = client.get(f"{API}/exam-plans/{plan['id']}/requests", headers=clerk).json()["data"]
    assert [(r["booking_id"], r["rank"], r["ranking_rule"]) for r in ranks] == [(first["id"], 1, 1),
                                                                              (second["id"], 2, 1)]
    # Once booked, the acceptance can no longer be changed at a window.
    assert_error(_accept(client, clerk, 1), 409, "candidate_has_bookings")


def test_bad_applications_are_refused_and_nothing_is_stored(client):
    clerk = login_headers(client, "clerk01")
    assert_error(_accept(client, clerk, 3, application_accepted_at=nj(2026, 11, 25, 9, 30).isoformat()),
                 422, "accepted_in_future")
    assert_error(_accept(client, clerk, 3, id_number=id_number(3)[:-1] + ("0" if id_number(3)[-1] != "0" else "1")),
                 422, "id_number_checksum")
    assert_error(_accept(client, clerk, 3, permit_issued_on="2026-11-24"), 422, "permit_before_acceptance")
    phone = login_headers(client, "phone01")
    assert _accept(client, phone, 3).status_code == 403
    assert_error(client.get(f"{API}/candidates", headers=clerk, params={"id_number": id_number(3)}),
                 404, "candidate_not_found")


def _absent_k2(client, clock):  # noqa: ANN001, ANN202
    """Candidate 1 missed a 科目二 exam on 12-07; it is 12-17 now (the retest wait is over)."""
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    learner_with_permit(client, admin, 1, date(2026, 10, 1))
    plan = publish(client, admin, MONDAY, "k2")
    booking = booked(client, clerk, plan["id"], 1)
    clock.set(nj(2026, 12, 2, 8, 0), frozen=True)
    allocate(client, login_headers(client, "admin"), plan["id"])
    clock.set(nj(2026, 12, 7, 12, 0), frozen=True)
    site = login_headers(client, "clerk08")
    done = client.post(f"{API}/exam-bookings/{booking['id']}/result", headers=site, json={"result": "absent"})
    assert done.status_code == 200, done.text
    clock.set(nj(2026, 12, 17, 10, 0), frozen=True)
    return login_headers(client, "clerk01")


def test_the_retest_fee_is_the_settings_amount_with_the_terminal_receipt(client, clock):
    clerk = _absent_k2(client, clock)
    cand = candidate(client, clerk, 1)
    k2 = next(s for s in cand["subjects"] if s["subject"] == "k2")
    assert k2["fee_owed"] and k2["fee_yuan"] == 150  # the default setting for 科目二
    url = f"{API}/candidates/{cand['id']}/fee-payments"
    assert_error(client.post(url, headers=clerk, json={"subject": "k2", "amount_yuan": 100, "method": "cash"}),
                 422, "fee_amount_wrong")
    assert_error(client.post(url, headers=clerk, json={"subject": "k2", "amount_yuan": 150, "method": "wechat"}),
                 422, "terminal_receipt_required")
    # Nothing stored by the refusals: the fee is still owed.
    assert next(s for s in candidate(client, clerk, 1)["subjects"] if s["subject"] == "k2")["fee_owed"]
    paid = client.post(url, headers=clerk, json={"subject": "k2", "amount_yuan": 150, "method": "wechat",
                                                  "terminal_receipt": "T20261217-0042"})
    assert paid.status_code == 200, paid.text
    assert not next(s for s in paid.json()["subjects"] if s["subject"] == "k2")["fee_owed"]
    trail = client.get(f"{API}/audit", headers=login_headers(client, "auditor01"), params={"limit": 500}).json()["data"]
    audit = [row for row in trail if row["action"] == "retest_fee_paid"]
    assert audit and audit[0]["detail"]["terminal_receipt"] == "T20261217-0042"
    assert audit[0]["detail"]["amount_yuan"] == 150 and audit[0]["detail"]["method"] == "wechat"


def test_the_site_roster_has_whole_numbers_only_at_the_site_on_the_day_before_and_the_day(client, clock):
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    make_candidate(client, admin, 1)
    plan = publish(client, admin, MONDAY)
    booked(client, clerk, plan["id"], 1)
    clock.set(nj(2026, 12, 2, 8, 0), frozen=True)
    allocate(client, login_headers(client, "admin"), plan["id"])
    url = f"{API}/exam-plans/{plan['id']}/site-roster"
    assert_error(client.get(url, headers=login_headers(client, "clerk08")), 409, "site_roster_closed")
    clock.set(nj(2026, 12, 6, 15, 0), frozen=True)  # the day before: downloaded in advance
    site = login_headers(client, "clerk08")
    roster = client.get(url, headers=site)
    assert roster.status_code == 200, roster.text
    entry = roster.json()["data"][0]
    assert (entry["seat"], entry["id_number"], entry["status"], entry["result"]) == (1, id_number(1), "allocated", None)
    assert_error(client.get(url, headers=login_headers(client, "clerk01")), 403, "not_exam_site")
    # The counters' roster stays masked.
    masked = client.get(f"{API}/exam-plans/{plan['id']}/roster", headers=login_headers(client, "clerk01")).json()
    assert masked["data"][0]["id_number_masked"] != id_number(1)
    clock.set(nj(2026, 12, 8, 8, 0), frozen=True)
    assert_error(client.get(url, headers=login_headers(client, "clerk08")), 409, "site_roster_closed")
