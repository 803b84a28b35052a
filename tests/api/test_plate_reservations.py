"""Reservations at the counter: search, deadline on the holiday calendar, confirmation, expiry.

Working days follow the State Council's 2026 schedule (国办发明电〔2025〕7号): Mid-autumn
09-25 (Fri) off with Sunday 09-20 a make-up working day; National Day 10-01 … 10-07 off with
Saturday 10-10 a make-up working day. A plate chosen on day D is held from D+1 for 3 working
days; the deadline is the third of them. The calendar knows 2004–2026 only.
"""
from datetime import datetime, timedelta

import pytest

from central_api.plates.demo import DEMO_RESERVATIONS
from counter_app.domain.timefmt import SHANGHAI
from tests.helpers import assert_error, login_headers
from tests.plate_support import API, applicant, choose, custom, draw, internet, reserve, start

RESERVED = DEMO_RESERVATIONS[0]  # 赵磊, 苏A0B01C, chosen an hour before the test clock
CONFIRMED = next(d for d in DEMO_RESERVATIONS if d.status == "confirmed")
EXPIRED = next(d for d in DEMO_RESERVATIONS if d.status == "expired")
COLLECT = {"document_checked": "sms_notice", "delivery_way": "collect"}


def _find(client, headers, **query):  # noqa: ANN001, ANN003, ANN202
    response = client.get(f"{API}/plate-reservations", params=query, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def _confirm(client, headers, reservation_id, body=None):  # noqa: ANN001, ANN202
    return client.post(f"{API}/plate-reservations/{reservation_id}/confirm", json=body or COLLECT, headers=headers)


def test_the_clerk_finds_a_reservation_by_any_of_four_keys(client):
    clerk = login_headers(client, "clerk01")
    by_id = _find(client, clerk, id_number=RESERVED.id_number)
    assert by_id["count"] == 1
    row = by_id["data"][0]
    assert (row["plate"], row["status"], row["owner_name"]) == ("苏A0B01C", "reserved", "赵磊")
    assert row["id_number_masked"] == RESERVED.id_number[:4] + "*" * 10 + RESERVED.id_number[-4:]
    # Chosen Wed 2026-11-25 08:00: Thu 26, Fri 27, Mon 30.
    assert row["deadline"] == "2026-11-30"
    assert row["blacklisted"] is False
    for key, value in (("plate", "苏a0b01c"), ("vin", RESERVED.vin), ("notice_code", row["notice_code"])):
        assert [r["id"] for r in _find(client, clerk, **{key: value})["data"]] == [row["id"]]
    assert by_id["delivery_fees"] == {"collect": 0, "post_self_install": 0, "post_postman_install": 30,
                                      "install_point": 0}
    assert_error(client.get(f"{API}/plate-reservations", headers=clerk), 422, "search_criteria_invalid")
    assert_error(client.get(f"{API}/plate-reservations", params={"plate": "苏A0B01C", "vin": RESERVED.vin},
                            headers=clerk), 422, "search_criteria_invalid")
    assert _find(client, clerk, plate="苏A0Z09Z")["count"] == 0


def test_search_shows_the_blacklist(client):
    clerk = login_headers(client, "clerk01")
    row = _find(client, clerk, id_number=EXPIRED.id_number)["data"][0]
    assert row["status"] == "expired" and row["blacklisted"] is True
    # Not confirmed by the deadline: barred from the next day for 2 years.
    deadline = datetime.fromisoformat(row["deadline"]).date()
    assert row["blacklisted_until"] == deadline.replace(year=deadline.year + 2).isoformat()


def test_confirmation_with_postman_installation(client):
    clerk = login_headers(client, "clerk01")
    row = _find(client, clerk, id_number=RESERVED.id_number)["data"][0]
    response = _confirm(client, clerk, row["id"], {"document_checked": "registration_certificate",
                                                   "delivery_way": "post_postman_install",
                                                   "postal_address": "南京市玄武区中山路1号"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["status"], body["fee_yuan"], body["delivery_way_name"]) == ("confirmed", 30, "邮寄到家（邮递员上门安装）")
    # Confirmed Wed 2026-11-25: ready 3 days later, Sat 2026-11-28 (calendar days).
    assert body["ready_date"] == "2026-11-28"
    assert body["confirmed_station"] == "南京市车管所" and body["postal_address"] == "南京市玄武区中山路1号"
    again = assert_error(_confirm(client, clerk, row["id"]), 409, "reservation_already_confirmed")
    assert "南京市车管所" in again["message"]


def test_collect_at_another_plate_point_and_free(client):
    clerk = login_headers(client, "clerk02")
    row = _find(client, clerk, plate=DEMO_RESERVATIONS[1].plate)["data"][0]
    body = _confirm(client, clerk, row["id"], {"document_checked": "sms_notice", "delivery_way": "install_point",
                                               "delivery_station_id": 3}).json()
    assert body["fee_yuan"] == 0 and body["delivery_place"] == "江宁车管所（秦淮路18号）"


def test_who_may_confirm(client):
    row_id = _find(client, login_headers(client, "clerk01"), id_number=RESERVED.id_number)["data"][0]["id"]
    # 尧新考点 does not confirm plates; supervisors, phone operators and the internet never do.
    assert_error(_confirm(client, login_headers(client, "clerk08"), row_id), 403, "station_cannot_confirm_plates")
    for username in ("admin", "phone01", "internet01"):
        assert_error(_confirm(client, login_headers(client, username), row_id), 403, "role_forbidden")
    clerk = login_headers(client, "clerk01")
    assert_error(_confirm(client, clerk, row_id, {"document_checked": "sms_notice",
                                                   "delivery_way": "post_self_install"}), 422,
                 "postal_address_required")
    assert_error(_confirm(client, clerk, row_id, {**COLLECT, "delivery_station_id": 9}), 422,
                 "delivery_station_invalid")  # 天保考点 makes no plates
    assert_error(_confirm(client, clerk, row_id, {"delivery_way": "collect"}), 422, "validation_error")
    assert_error(_confirm(client, clerk, 999999), 404, "reservation_not_found")


@pytest.mark.parametrize(("chosen", "deadline"), [
    # Wed 09-30 → 10-01..10-07 National Day off → Thu 10-08, Fri 10-09, Sat 10-10 (调休 working day).
    ("2026-09-30T10:00", "2026-10-10"),
    # Sat 10-03 (in the holiday) → Thu 10-08, Fri 10-09, Sat 10-10.
    ("2026-10-03T10:00", "2026-10-10"),
    # Fri 10-09 → Sat 10-10 (调休), Sun 10-11 off, Mon 10-12, Tue 10-13.
    ("2026-10-09T16:00", "2026-10-13"),
    # Fri 09-18 → Sat 09-19 off, Sun 09-20 (调休 working day), Mon 09-21, Tue 09-22.
    ("2026-09-18T10:00", "2026-09-22"),
    # Thu 09-24 → Fri 09-25 Mid-autumn, weekend → Mon 09-28, Tue 09-29, Wed 09-30.
    ("2026-09-24T10:00", "2026-09-30"),
    # Fri 11-27 → weekend → Mon 11-30, Tue 12-01, Wed 12-02.
    ("2026-11-27T10:00", "2026-12-02"),
    # Sat 11-28 (the next day is Sunday) → Mon 11-30, Tue 12-01, Wed 12-02.
    ("2026-11-28T10:00", "2026-12-02"),
    # Just before midnight still counts as Fri 11-27 in Nanjing.
    ("2026-11-27T23:59", "2026-12-02"),
    # Mon 12-28 → Tue 12-29, Wed 12-30, Thu 12-31: the last days the calendar knows.
    ("2026-12-28T10:00", "2026-12-31"),
])
def test_deadline_counts_working_days_from_the_next_day(client, clock, chosen, deadline):
    clock.set(datetime.fromisoformat(chosen).replace(tzinfo=SHANGHAI), frozen=True)
    reservation = reserve(client, internet(client), 1)
    assert reservation["deadline"] == deadline


def test_a_deadline_in_2027_is_refused_not_guessed(client, clock):
    # Tue 12-29 → Wed 12-30, Thu 12-31, then 2027, whose schedule is not published.
    clock.set(datetime(2026, 12, 29, 10, 0, tzinfo=SHANGHAI), frozen=True)
    headers = internet(client)
    sel = start(client, headers)
    plate = draw(client, headers, sel["id"]).json()["held"][0]
    body = assert_error(choose(client, headers, sel["id"], plate), 422, "calendar_unknown_year")
    assert "2027" in body["message"]
    # Nothing was reserved: the plate is still on offer to this selection.
    assert client.get(f"{API}/plate-selections/{sel['id']}", headers=headers).json()["held"][0] == plate


def test_confirmation_is_refused_after_the_deadline(client, clock):
    reservation = reserve(client, internet(client), 1)  # Wed 11-25 → deadline Mon 11-30
    assert reservation["deadline"] == "2026-11-30"
    clock.set(datetime(2026, 11, 30, 23, 59, 59, tzinfo=SHANGHAI), frozen=True)
    clerk = login_headers(client, "clerk01")
    row_id = reservation["id"]
    listed = _find(client, clerk, plate=reservation["plate"])["data"][0]
    assert listed["status"] == "reserved"
    clock.set(datetime(2026, 12, 1, 0, 0, tzinfo=SHANGHAI), frozen=True)
    # The job has not run yet; the search already shows it expired and confirming is refused.
    assert _find(client, clerk, plate=reservation["plate"])["data"][0]["status"] == "expired"
    body = assert_error(_confirm(client, clerk, row_id), 409, "reservation_expired")
    assert "2026-11-30" in body["message"]


def test_confirming_on_the_last_day_works(client, clock):
    reservation = reserve(client, internet(client), 1)
    clock.set(datetime(2026, 11, 30, 23, 59, 59, tzinfo=SHANGHAI), frozen=True)
    response = _confirm(client, login_headers(client, "clerk01"), reservation["id"])
    assert response.status_code == 200
    assert response.json()["ready_date"] == "2026-12-03"  # Mon 11-30 + 3 days


def test_expiry_releases_and_blacklists_exactly_once(client, clock):
    headers = internet(client)
    ours = reserve(client, headers, 1)  # chosen Wed 11-25 09:00, deadline Mon 11-30
    held = start(client, headers, 2)
    custom(client, headers, held["id"], "苏A0C05D")  # held until 09:20
    admin = login_headers(client, "admin")
    assert_error(client.post(f"{API}/jobs/plate-expiry", headers=login_headers(client, "clerk01")), 403,
                 "role_forbidden")

    clock.set(datetime(2026, 11, 25, 9, 21, tzinfo=SHANGHAI), frozen=True)
    report = client.post(f"{API}/jobs/plate-expiry", headers=admin).json()
    # The lapsed hold goes back; the demo reservations of 张伟 (chosen Tue 11-24 07:00, deadline
    # Fri 11-27) and 王芳 (Mon 11-23 07:00, deadline Thu 11-26) are not overdue yet.
    assert (report["ran"], report["holds_released"], report["reservations_expired"]) == (True, 1, 0)
    state = client.get(f"{API}/plate-selections/{held['id']}", headers=headers).json()
    assert state["custom_closed"] and state["mode"] == "random"

    clock.set(datetime(2026, 12, 1, 0, 0, 1, tzinfo=SHANGHAI), frozen=True)
    admin = login_headers(client, "admin")
    first = client.post(f"{API}/jobs/plate-expiry", headers=admin).json()
    # Overdue on 12-01: ours (11-30), 赵磊 (11-30), 张伟 (11-27), 王芳 (11-26) → 4; the selection
    # of applicant 2 has been idle since 09:21 and lapses.
    assert (first["reservations_expired"], first["blacklisted"], first["selections_lapsed"]) == (4, 4, 1)
    second = client.post(f"{API}/jobs/plate-expiry", headers=admin).json()
    assert (second["reservations_expired"], second["blacklisted"], second["holds_released"],
            second["selections_lapsed"]) == (0, 0, 0, 0)

    person = applicant(1)["id_number"]
    entries = client.get(f"{API}/plate-blacklist", params={"id_number": person}, headers=admin).json()["data"]
    assert len(entries) == 1
    # Barred from 12-01 for 2 years: through 2028-11-30.
    assert entries[0]["ends_on"] == "2028-11-30" and entries[0]["plate"] == ours["plate"]
    clerk = login_headers(client, "clerk01")
    row = _find(client, clerk, plate=ours["plate"])["data"][0]
    assert (row["status"], row["blacklisted"], row["blacklisted_until"]) == ("expired", True, "2028-11-30")
    # The plate is back in the pool: another person can hold it.
    other = start(client, headers := internet(client), 3)
    assert custom(client, headers, other["id"], ours["plate"]).json()["outcome"] == "held"
    # The person is barred until the entry ends.
    assert_error(client.post(f"{API}/plate-selections", json=applicant(1, vin=applicant(4)["vin"]), headers=headers),
                 403, "blacklisted")
    clock.set(datetime(2028, 12, 1, 9, 0, tzinfo=SHANGHAI), frozen=True)
    assert client.post(f"{API}/plate-selections", json=applicant(1, vin=applicant(4)["vin"]),
                       headers=internet(client)).status_code == 201
    audit = client.get(f"{API}/audit", params={"limit": 500}, headers=login_headers(client, "auditor01")).json()["data"]
    runs = [e["detail"] for e in audit if e["action"] == "plate_expiry_run"]
    assert len(runs) == 3  # one row per supervisor's run, the idle second run too
    assert [r["reservations_expired"] for r in runs] == [0, 4, 0] and len(runs[1]["expired"]) == 4


def test_top_up_releases_the_next_segment_for_random_draws_only_at_first(client, clock, services):
    admin = login_headers(client, "admin")
    pool = client.get(f"{API}/plate-segments", headers=admin).json()
    assert [s["segment"] for s in pool["segments"]] == ["苏A:0L0DL"]
    assert pool["segments"][0]["random_only_until"] is None
    assert_error(client.post(f"{API}/plate-segments", json={"segment": "苏A:0A0DL"}, headers=admin), 422,
                 "segment_invalid")  # overlaps 苏A:0L0DL
    added = client.post(f"{API}/plate-segments", json={"segment": "苏A:1L0DL"}, headers=admin).json()
    assert (added["status"], added["size"], added["first_plate"], added["last_plate"]) == (
        "pending", 24 * 10 * 24, "苏A1A00A", "苏A1Z09Z")
    # The minimum is 1,000 in the tests (CENTRAL_API_PLATE_POOL_MIN_AVAILABLE); 5,760 are loaded.
    # Make the pool run low: everything but 1,000 plates becomes issued, then one is chosen.
    from sqlalchemy import text

    with services.engine.begin() as conn:
        conn.execute(text("UPDATE plate SET state = 'issued' WHERE state = 'available' AND id NOT IN "
                          "(SELECT id FROM plate WHERE state = 'available' ORDER BY id LIMIT 1000)"))
    reservation = reserve(client, internet(client), 1)  # 999 left → below 1,000 → 苏A:1L0DL released
    assert reservation["status"] == "reserved"
    pool = client.get(f"{API}/plate-segments", headers=admin).json()
    released = pool["segments"][1]
    # The real count (issue 10), not capped at the minimum: 1,000 - the chosen plate + the new segment.
    assert released["status"] == "released" and pool["available"] == 999 + 24 * 10 * 24
    # For its first 7 days the new segment is for random draws only.
    headers = internet(client)
    sel = start(client, headers, 2)
    assert_error(custom(client, headers, sel["id"], "苏A1B05C"), 422, "plate_random_only")
    clock.advance(timedelta(days=7))
    headers = internet(client)
    sel = start(client, headers, 3)
    assert custom(client, headers, sel["id"], "苏A1B05C").json()["outcome"] == "held"
