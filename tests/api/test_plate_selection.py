"""Internet plate selection end to end through the API (SQLite and PostgreSQL).

Rules (DOMAIN.md §2): 20 self-chosen attempts, a taken plate costs one; a free plate is held
20 minutes for confirmation; not confirming in time or giving up closes self-chosen and moves
to random; random is 10 draws of 5 with no going back; the modes alternate within the caps.
The clock starts at Wednesday 2026-11-25 09:00 in Nanjing (tests/helpers.py T0).
"""
from datetime import datetime, timedelta

from central_api.plates.demo import DEMO_RESERVATIONS
from counter_app.domain.timefmt import SHANGHAI
from tests.helpers import assert_error, login_headers
from tests.plate_support import API, JPEG_HEADER, applicant, choose, custom, draw, internet, jpeg_of_size, start

ISSUED = "苏A0A00A"  # demo data: already on a car (also in the small test segment 苏A:0L0DL)


def _selection(client, headers, selection_id):  # noqa: ANN001, ANN202
    return client.get(f"{API}/plate-selections/{selection_id}", headers=headers).json()


def test_only_the_internet_gateway_selects(client):
    assert_error(client.post(f"{API}/plate-selections", json=applicant(1)), 401, "not_authenticated")
    clerk = login_headers(client, "clerk01")
    assert_error(client.post(f"{API}/plate-selections", json=applicant(1), headers=clerk), 403, "role_forbidden")
    login = client.post(f"{API}/auth/login", json={"username": "internet01", "password": "Counter#2026"}).json()
    assert login["role"] == "internet"


def test_eligibility_is_checked(client):
    headers = internet(client)

    def refused(code: str, **overrides) -> None:  # noqa: ANN003
        response = client.post(f"{API}/plate-selections", json=applicant(1, **overrides), headers=headers)
        assert_error(response, 422, code)

    refused("vehicle_type_not_eligible", vehicle_type="large_car")
    refused("vehicle_use_not_eligible", vehicle_use="commercial")
    refused("vehicle_use_not_eligible", vehicle_use="official")
    refused("vehicle_not_new", new_vehicle=False)
    good_vin = applicant(1)["vin"]
    wrong_check = good_vin[:8] + ("1" if good_vin[8] != "1" else "2") + good_vin[9:]
    refused("vin_checksum", vin=wrong_check)
    refused("vin_letters", vin="LSVAU218OTS000001")  # the letter O never appears in a VIN
    good_id = applicant(1)["id_number"]
    refused("id_number_checksum", id_number=good_id[:-1] + ("0" if good_id[-1] != "0" else "1"))  # check digit
    refused("name_invalid", name="Zhang San")
    refused("invoice_code_invalid", invoice_code="13200192201")  # 11 digits
    refused("invoice_number_invalid", invoice_number="1234567")
    # Exactly 1024 KB is not "smaller than 1024 KB"; one byte less is.
    import base64

    refused("invoice_photo_too_large",
            invoice_photo=base64.b64encode(JPEG_HEADER + b"\0" * (1024 * 1024 - len(JPEG_HEADER))).decode())
    refused("invoice_photo_not_image", invoice_photo=base64.b64encode(b"GIF89a not ours").decode())
    refused("invoice_photo_not_image", invoice_photo="not base64!")
    just_under = base64.b64encode(jpeg_of_size(1024 * 1024 - 1)).decode()
    response = client.post(f"{API}/plate-selections", json=applicant(1, invoice_photo=just_under), headers=headers)
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["status"], body["mode"], body["custom_attempts_left"], body["draws_left"]) == (
        "open", "custom", 20, 10)


def test_taken_plate_costs_one_attempt_and_a_free_one_is_held_then_chosen(client):
    headers = internet(client)
    sel = start(client, headers)
    taken = custom(client, headers, sel["id"], ISSUED).json()
    assert taken["outcome"] == "taken"
    assert taken["selection"]["custom_attempts_left"] == 19  # 20 - 1
    # A malformed plate or one outside the pool costs nothing.
    assert_error(custom(client, headers, sel["id"], "苏A0I00A"), 422, "plate_format_invalid")
    assert_error(custom(client, headers, sel["id"], "苏A1A00A"), 422, "plate_not_in_pool")  # not in 苏A:0L0DL
    held = custom(client, headers, sel["id"], "a0c05d").json()  # typed in lower case without 苏
    assert held["plate"] == "苏A0C05D" and held["outcome"] == "held"
    state = held["selection"]
    assert state["custom_attempts_left"] == 18 and state["held"] == ["苏A0C05D"]
    # Held for 20 minutes: until 09:20 Nanjing time.
    assert datetime.fromisoformat(state["hold_expires_at"]) == datetime(2026, 11, 25, 9, 20, tzinfo=SHANGHAI)
    # Another person entering the held plate finds it taken.
    other = start(client, headers, 2)
    assert custom(client, headers, other["id"], "苏A0C05D").json()["outcome"] == "taken"
    # While the plate waits, a second self-chosen plate cannot be held.
    assert_error(custom(client, headers, sel["id"], "苏A0C06D"), 409, "custom_hold_pending")
    reservation = choose(client, headers, sel["id"], "苏A0C05D")
    assert reservation.status_code == 201, reservation.text
    body = reservation.json()
    # Chosen Wed 2026-11-25: held from Thu 26 for 3 working days: Thu 26, Fri 27, Mon 30.
    assert (body["plate"], body["status"], body["deadline"]) == ("苏A0C05D", "reserved", "2026-11-30")
    assert body["notice_code"].startswith("NJ261125") and len(body["notice_code"]) == 14
    after = _selection(client, headers, sel["id"])
    assert (after["status"], after["reservation_id"]) == ("chosen", body["id"])
    assert_error(draw(client, headers, sel["id"]), 409, "selection_chosen")


def test_twenty_attempts_are_the_limit(client):
    headers = internet(client)
    sel = start(client, headers)
    for attempt in range(1, 21):
        result = custom(client, headers, sel["id"], ISSUED).json()
        assert result["selection"]["custom_attempts_left"] == 20 - attempt
    body = assert_error(custom(client, headers, sel["id"], "苏A0C05D"), 409, "custom_attempts_exhausted")
    assert "20" in body["message"]
    state = _selection(client, headers, sel["id"])
    assert (state["mode"], state["draws_left"], state["status"]) == ("random", 10, "open")
    # The free plate was never held: someone else can take it.
    assert custom(client, headers, start(client, headers, 2)["id"], "苏A0C05D").json()["outcome"] == "held"


def test_timeout_releases_the_plate_and_moves_to_random_for_good(client, clock):
    headers = internet(client)
    sel = start(client, headers)
    custom(client, headers, sel["id"], "苏A0C05D")
    clock.advance(timedelta(minutes=20))  # 09:20: the hold has lapsed
    assert_error(choose(client, headers, sel["id"], "苏A0C05D"), 409, "hold_expired")
    # Self-chosen is over even with 19 attempts left; random draws remain.
    assert_error(custom(client, headers, sel["id"], "苏A0C06D"), 409, "custom_closed")
    state = _selection(client, headers, sel["id"])
    assert (state["mode"], state["custom_closed"], state["draws_left"], state["held"]) == ("random", True, 10, [])
    # The plate went back to the pool.
    assert custom(client, headers, start(client, headers, 2)["id"], "苏A0C05D").json()["outcome"] == "held"
    drawn = draw(client, headers, sel["id"]).json()
    assert len(drawn["held"]) == 5 and drawn["draws_left"] == 9


def test_a_hold_can_be_confirmed_until_its_last_second(client, clock):
    headers = internet(client)
    sel = start(client, headers)
    custom(client, headers, sel["id"], "苏A0C05D")
    clock.advance(timedelta(minutes=19, seconds=59))
    assert choose(client, headers, sel["id"], "苏A0C05D").status_code == 201


def test_drawing_gives_up_the_held_plate_and_closes_self_chosen(client):
    headers = internet(client)
    sel = start(client, headers)
    custom(client, headers, sel["id"], "苏A0C05D")
    drawn = draw(client, headers, sel["id"]).json()
    assert "苏A0C05D" not in drawn["held"] and drawn["custom_closed"] and drawn["mode"] == "random"
    assert_error(choose(client, headers, sel["id"], "苏A0C05D"), 409, "plate_not_offered")
    assert_error(custom(client, headers, sel["id"], "苏A0C06D"), 409, "custom_closed")


def test_random_draws_have_no_going_back_and_stop_at_ten(client):
    headers = internet(client)
    sel = start(client, headers)
    first = draw(client, headers, sel["id"]).json()["held"]
    second = draw(client, headers, sel["id"]).json()
    assert len(set(first)) == len(set(second["held"])) == 5
    assert not set(first) & set(second["held"])  # the first draw is released before it can reappear here
    assert_error(choose(client, headers, sel["id"], first[0]), 409, "plate_not_offered")
    for n in range(3, 11):
        assert draw(client, headers, sel["id"]).json()["draws_left"] == 10 - n
    assert_error(draw(client, headers, sel["id"]), 409, "draws_exhausted")
    last = _selection(client, headers, sel["id"])["held"]
    assert choose(client, headers, sel["id"], last[-1]).status_code == 201


def test_modes_alternate_within_both_caps(client, clock):
    headers = internet(client)
    admin = login_headers(client, "admin")
    sel = start(client, headers)
    # Alternate: a draw, two taken entries, … — 10 draws and 20 entries in all.
    for n in range(10):
        assert draw(client, headers, sel["id"]).status_code == 200
        for _ in range(2):
            assert custom(client, headers, sel["id"], ISSUED).json()["outcome"] == "taken"
    state = _selection(client, headers, sel["id"])
    assert (state["custom_attempts_left"], state["draws_left"], state["status"]) == (0, 0, "open")
    assert len(state["held"]) == 5  # the 10th draw is still on screen
    assert_error(draw(client, headers, sel["id"]), 409, "draws_exhausted")
    assert_error(custom(client, headers, sel["id"], "苏A0C05D"), 409, "custom_attempts_exhausted")
    # When the last draw lapses nothing is left: the expiry job closes the selection.
    clock.advance(timedelta(minutes=20))
    report = client.post(f"{API}/jobs/plate-expiry", headers=admin).json()
    assert report["holds_released"] == 5
    assert _selection(client, headers, sel["id"])["status"] == "exhausted"


def test_one_open_selection_per_person_and_per_vin_and_a_rate_limit(client, clock):
    headers = internet(client)
    first = start(client, headers, 1)
    same_person = applicant(1, vin=applicant(2)["vin"])
    assert_error(client.post(f"{API}/plate-selections", json=same_person, headers=headers), 409,
                 "selection_open_exists")
    same_vin = applicant(2, vin=applicant(1)["vin"])
    assert_error(client.post(f"{API}/plate-selections", json=same_vin, headers=headers), 409, "selection_open_exists")
    # An idle selection (60 minutes, nothing held) lapses; the person may start again.
    clock.advance(timedelta(minutes=61))
    start(client, headers, 1, vin=applicant(2)["vin"])
    assert _selection(client, headers, first["id"])["status"] == "lapsed"
    clock.advance(timedelta(minutes=61))
    start(client, headers, 1, vin=applicant(3)["vin"])
    clock.advance(timedelta(minutes=61))
    # Three started within 24 hours (09:00, 10:01, 11:02): the fourth at 12:03 is refused.
    assert_error(client.post(f"{API}/plate-selections", json=applicant(1, vin=applicant(4)["vin"]), headers=headers),
                 429, "selection_rate_limited")
    clock.set(datetime(2026, 11, 26, 9, 1, tzinfo=SHANGHAI))  # the 09:00 one left the window
    start(client, internet(client), 1, vin=applicant(4)["vin"])  # (a new token: 12-hour tokens)


def test_a_vin_with_a_reserved_plate_cannot_select_again(client, clock):
    headers = internet(client)
    sel = start(client, headers, 1)
    plate = draw(client, headers, sel["id"]).json()["held"][0]
    assert choose(client, headers, sel["id"], plate).status_code == 201
    assert_error(client.post(f"{API}/plate-selections", json=applicant(2, vin=applicant(1)["vin"]), headers=headers),
                 409, "vin_has_plate")


def test_blacklisted_person_is_refused_until_a_supervisor_lifts_it(client):
    headers = internet(client)
    admin = login_headers(client, "admin")
    barred = next(d for d in DEMO_RESERVATIONS if d.status == "expired")  # demo: 李娜, did not confirm
    body = applicant(9, id_number=barred.id_number, name=barred.name)
    refused = assert_error(client.post(f"{API}/plate-selections", json=body, headers=headers), 403, "blacklisted")
    assert "黑名单" in refused["message"]
    entries = client.get(f"{API}/plate-blacklist", params={"id_number": barred.id_number}, headers=admin).json()
    assert entries["count"] == 1 and entries["data"][0]["active"]
    entry_id = entries["data"][0]["id"]
    clerk = login_headers(client, "clerk01")
    assert_error(client.post(f"{API}/plate-blacklist/{entry_id}/lift", json={"reason": "误列"}, headers=clerk), 403,
                 "role_forbidden")
    lifted = client.post(f"{API}/plate-blacklist/{entry_id}/lift", json={"reason": "本人因住院未能按期确认，经核实解除"},
                         headers=admin)
    assert lifted.status_code == 200 and lifted.json()["active"] is False
    assert_error(client.post(f"{API}/plate-blacklist/{entry_id}/lift", json={"reason": "再次"}, headers=admin), 409,
                 "blacklist_already_lifted")
    assert client.post(f"{API}/plate-selections", json=body, headers=headers).status_code == 201
    audit = client.get(f"{API}/audit", params={"limit": 500}, headers=login_headers(client, "auditor01")).json()["data"]
    lifts = [e for e in audit if e["action"] == "plate_blacklist_lifted"]
    assert len(lifts) == 1 and lifts[0]["username"] == "admin" and "住院" in lifts[0]["detail"]["reason"]


def test_every_selection_step_is_audited_on_the_internet_channel(client):
    headers = internet(client)
    admin = login_headers(client, "admin")
    sel = start(client, headers)
    custom(client, headers, sel["id"], ISSUED)
    plate = draw(client, headers, sel["id"]).json()["held"][0]
    choose(client, headers, sel["id"], plate)
    audit = client.get(f"{API}/audit", params={"limit": 500}, headers=login_headers(client, "auditor01")).json()["data"]
    steps = [e for e in audit if e["entity"] == "plate_selection"]
    assert [e["action"] for e in steps] == ["plate_selection_started", "plate_custom_attempt", "plate_draw",
                                            "plate_chosen"]
    assert {e["channel"] for e in steps} == {"internet"}
    assert all("**" in e["detail"]["id_number"] for e in steps)  # masked
