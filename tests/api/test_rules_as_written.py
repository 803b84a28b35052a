"""Issue 10: the rules exactly as written, through the real API (SQLite and PostgreSQL).

The clock starts Wednesday 2026-11-25 09:00 in Nanjing. Exam sessions are on Monday 2026-12-07
(booking closes 12-02 00:00). Check digits of the documents are computed here from GB 11643 /
GB 32100 (weights 2^(17-i) mod 11 and 3^i mod 31), not by the code under test.
"""
from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime

from sqlalchemy import func, select

from central_api.exams.service import record_no_shows
from central_api.models import (
    AuditLog,
    ExamCandidate,
    InternetUser,
    LicenceRecord,
    Plate,
    UserVehicle,
    VehicleRecord,
)
from counter_app.domain.timefmt import SHANGHAI
from tests.api.test_registration import ID, _others, _personal, _vins
from tests.exam_helpers import (
    API,
    MONDAY,
    allocate,
    book,
    booked,
    cancel,
    candidate,
    eligibility,
    id_number,
    learner_with_permit,
    make_candidate,
    nj,
    publish,
    sms,
)
from tests.helpers import assert_error, login_headers
from tests.plate_support import applicant, custom, internet, reserve, start


def gb11643(first17: str) -> str:
    return first17 + "10X98765432"[sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(first17)) % 11]


GB32100 = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def gb32100(first17: str) -> str:
    total = sum(GB32100.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return first17 + GB32100[(31 - total % 31) % 31]


def _count(services, model, **where) -> int:  # noqa: ANN001
    with services.sessionmaker() as session:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return session.scalar(query)


def _audit(client, action: str) -> list[dict]:  # noqa: ANN001
    rows = client.get(f"{API}/audit", params={"limit": 500}, headers=login_headers(client, "auditor01")).json()["data"]
    return [r for r in rows if r["action"] == action]


# --- 1. one validator everywhere ------------------------------------------------------------------
def test_every_search_and_write_checks_the_number_the_same_way(client, services):
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    good = id_number(1)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    plan = publish(client, admin, MONDAY)
    make_candidate(client, admin, 1)
    assert_error(client.post(f"{API}/exam-bookings", headers=clerk, json={"plan_id": plan["id"], "id_number": bad}),
                 422, "id_number_checksum")
    for path in ("/candidates", "/exam-bookings", "/licences", "/users"):
        assert_error(client.get(f"{API}{path}", headers=clerk, params={"id_number": bad}), 422, "id_number_checksum")
    assert_error(client.get(f"{API}/candidates", headers=clerk, params={"id_number": good[:17]}), 422,
                 "id_number_length")
    # A lower-case x is the same number: found (or not) like the upper-case one, never a format error.
    with_x = next(id_number(n) for n in range(2, 400) if id_number(n).endswith("X"))
    assert_error(client.get(f"{API}/candidates", headers=clerk, params={"id_number": with_x.lower()}), 404,
                 "candidate_not_found")
    vin = _vins(client, clerk, ID["张伟"])[0]
    bad_vin = vin[:8] + ("0" if vin[8] != "0" else "1") + vin[9:]
    assert_error(client.get(f"{API}/vehicles", headers=clerk, params={"vin": bad_vin}), 422, "vin_checksum")
    assert_error(client.get(f"{API}/vehicles", headers=clerk, params={"plate": "苏AI2345"}), 422, "plate_format")
    assert_error(client.get(f"{API}/vehicles", headers=clerk, params={"owner_id_number": bad}), 422,
                 "id_number_checksum")
    for params, code in (({"vin": bad_vin}, "vin_checksum"), ({"id_number": bad}, "id_number_checksum"),
                         ({"vin": vin + "A"}, "vin_length"), ({"id_number": good + "1"}, "id_number_length"),
                         ({"notice_code": "NJ12"}, "notice_code_format")):
        assert_error(client.get(f"{API}/plate-reservations", headers=clerk, params=params), 422, code)
    assert_error(client.get(f"{API}/users", headers=clerk, params={"registration_no": "X1"}), 422,
                 "registration_no_format")
    # A phone operator's caller mobile goes through the same validator.
    phone = login_headers(client, "phone01")
    assert_error(client.get(f"{API}/candidates", headers=phone, params={"id_number": good, "mobile": "14000000000"}),
                 422, "mobile_invalid")


def test_candidate_import_checks_mobiles_like_registration_and_refuses_a_future_history(client, services):
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    # 140 is no mobile number range (phonenumbers): registration refuses it, and so does the import.
    assert_error(client.post(f"{API}/users/personal", headers=clerk,
                             json=_personal("赵磊", "14000000000", "new_car_owner")), 422, "mobile_invalid")
    base = {"id_number": id_number(1), "name": "甲", "licence_class": "C1",
            "application_accepted_at": nj(2026, 9, 1).isoformat()}
    assert_error(client.post(f"{API}/candidates", headers=admin, json=base | {"mobile": "14000000000"}), 422,
                 "mobile_invalid")
    future = nj(2026, 11, 26)  # tomorrow
    for extra in ({"application_accepted_at": future.isoformat()}, {"permit_issued_on": "2026-11-26"},
                  {"subjects": [{"subject": "k1", "passed_at": future.isoformat(), "last_result": "pass"}]}):
        body = assert_error(client.post(f"{API}/candidates", headers=admin,
                                        json=base | {"mobile": "13700000001"} | extra), 422, "history_in_future")
        assert "晚于现在" in body["message"]
    assert _count(services, ExamCandidate) == _count(services, ExamCandidate, id_type="resident_id")
    assert _count(services, ExamCandidate, id_number=id_number(1)) == 0


# --- 2. documents people carry -------------------------------------------------------------------
def test_residence_permits_and_the_foreigners_card_are_accepted_and_their_type_stored(client, services):
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    documents = {
        gb11643("81000019900101123"): ("hk_macau_permit", "港澳居民居住证"),
        gb11643("83000019751231015"): ("taiwan_permit", "台湾居民居住证"),
        gb11643("93284019850615001"): ("foreign_pr_card", "外国人永久居留身份证"),
    }
    for i, (number, (kind, name)) in enumerate(documents.items()):
        body = {"id_number": number, "name": f"居民{i}", "mobile": f"1390000000{i}", "licence_class": "C1",
                "application_accepted_at": nj(2026, 9, 1).isoformat()}
        created = client.post(f"{API}/candidates", headers=admin, json=body)
        assert created.status_code == 201, created.text
        assert (created.json()["id_type"], created.json()["id_type_name"]) == (kind, name)
        user = client.post(f"{API}/users/personal", headers=clerk, json={
            "user_type": "learner", "id_number": number, "name": f"居民{i}", "mobile": f"1390000000{i}"})
        assert user.status_code == 201, user.text
        assert user.json()["id_type"] == kind
    # 84 is no region: still refused.
    assert_error(client.post(f"{API}/users/personal", headers=clerk, json={
        "user_type": "learner", "id_number": gb11643("84000019900101123"), "name": "某", "mobile": "13900000009"}),
        422, "id_number_region")


def test_a_unit_registered_by_a_lettered_authority_is_accepted(client):
    clerk = login_headers(client, "clerk01")
    body = {"unit_name": "江宁区某村股份经济合作社", "address": "南京市江宁区秣陵街道", "agent_name": "周强",
            "agent_id_number": ID["周强"], "agent_mobile": "13770881234", "authorisation_ref": "授2026-1"}
    created = client.post(f"{API}/users/unit", headers=clerk, json=body | {"uscc": gb32100("N2320115MA1W8XK0A")})
    assert created.status_code == 201, created.text
    assert created.json()["id_type"] == "uscc"
    refused = assert_error(client.post(f"{API}/users/unit", headers=clerk,
                                       json=body | {"uscc": gb32100("B2320115MA1W8XK0A")}), 422, "uscc_authority")
    assert "登记管理部门代码" in refused["message"]


# --- 3. a no-show is a fail, by the scheduler, once --------------------------------------------
def _allocated_k2(client, clock, n: int = 1) -> dict:  # noqa: ANN001
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    learner_with_permit(client, admin, n, date(2026, 10, 1))
    plan = publish(client, admin, MONDAY, "k2")
    booking = booked(client, clerk, plan["id"], n)
    clock.set(nj(2026, 12, 2, 8, 0), frozen=True)
    allocate(client, login_headers(client, "admin"), plan["id"])
    return booking


def test_an_allocated_booking_without_a_result_is_absent_after_the_exam_day(client, clock):
    booking = _allocated_k2(client, clock)
    clock.set(nj(2026, 12, 7, 23, 59), frozen=True)  # the exam day has not ended
    admin = login_headers(client, "admin")
    # Only the demo's missed exam (陶然, 11-23) is due; ours is not yet.
    assert booking["id"] not in client.post(f"{API}/jobs/no-shows", headers=admin).json()["booking_ids"]
    assert client.post(f"{API}/jobs/no-shows", headers=admin).json()["absent"] == 0
    clock.set(nj(2026, 12, 8, 0, 0), frozen=True)
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    assert client.post(f"{API}/jobs/no-shows", headers=admin).json() == {"absent": 1, "booking_ids": [booking["id"]]}
    assert client.post(f"{API}/jobs/no-shows", headers=admin).json()["absent"] == 0  # once
    listed = client.get(f"{API}/exam-bookings", headers=clerk, params={"id_number": id_number(1)}).json()["data"]
    assert (listed[0]["status"], listed[0]["result"]) == ("completed", "absent")
    k2 = next(s for s in candidate(client, clerk, 1)["subjects"] if s["subject"] == "k2")
    # = fail: the retest fee owed, one of the 5 bookings used, one no-show.
    assert (k2["last_result"], k2["fee_owed"], k2["bookings_used"], k2["no_shows"]) == ("absent", True, 1, 1)
    assert "缺考" in sms(client, admin, booking_id=booking["id"])[-1]["body"]
    assert [e["entity_id"] for e in _audit(client, "exam_booking_no_show")].count(str(booking["id"])) == 1


def test_two_instances_running_the_no_show_job_record_it_once(client, clock, services):
    _allocated_k2(client, clock)
    clock.set(nj(2026, 12, 8, 1, 0), frozen=True)

    def run(_: int) -> list[int]:
        with services.sessionmaker.begin() as session:
            return record_no_shows(session, services)

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(run, range(2)))
    # Ours and the demo's missed exam (陶然), each recorded by exactly one of the two runs.
    assert sorted(len(r) for r in results) == [0, 2]
    assert _count(services, AuditLog, action="exam_booking_no_show") == 2


# --- 4. the same-day 科目四 falls with its 科目三 ---------------------------------------------------
def _k3_and_same_day_k4(client, admin, clerk, n: int = 1) -> tuple[dict, dict, dict, dict]:  # noqa: ANN001
    learner_with_permit(client, admin, n, date(2026, 3, 2), subjects=[
        {"subject": "k2", "passed_at": nj(2026, 6, 1).isoformat(), "last_exam_at": nj(2026, 6, 1).isoformat(),
         "last_result": "pass", "bookings_used": 1}])
    k3_plan = publish(client, admin, MONDAY, "k3", capacity=1)
    k4_plan = publish(client, admin, MONDAY, "k4", start="15:00")
    return k3_plan, k4_plan, booked(client, clerk, k3_plan["id"], n), booked(client, clerk, k4_plan["id"], n)


def test_cancelling_subject_three_cancels_the_same_day_subject_four_not_for_own_reasons(client, services):
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    _k3_plan, _k4_plan, k3, k4 = _k3_and_same_day_k4(client, admin, clerk)
    assert eligibility(client, clerk, 1, "k4")["ranking_rule"] == 2  # by the previous exam (科目二, 06-01)
    assert cancel(client, clerk, k3["id"], "self").status_code == 200
    rows = {b["id"]: b for b in client.get(f"{API}/exam-bookings", headers=clerk,
                                            params={"id_number": id_number(1)}).json()["data"]}
    assert (rows[k4["id"]]["status"], rows[k4["id"]]["cancel_reason"]) == ("cancelled", "not_self")
    fell = _audit(client, "exam_booking_fell")
    assert [(e["entity_id"], e["detail"]["k3_outcome"]) for e in fell] == [(str(k4["id"]), "cancelled")]
    assert "非本人原因" in sms(client, admin, booking_id=k4["id"])[-1]["body"]
    # Not the candidate's own reason: the next 科目四 request still ranks by the 科目二 exam (rule 2),
    # not by this cancellation (rule 3/4).
    again = eligibility(client, clerk, 1, "k4")
    assert (again["ranking_rule"], again["ranking_time"]) == (2, k4["ranking_time"])


def test_a_failed_or_unallocated_subject_three_takes_subject_four_with_it(client, clock):
    admin, clerk = login_headers(client, "admin"), login_headers(client, "clerk01")
    k3_plan, _k4_plan, k3, k4 = _k3_and_same_day_k4(client, admin, clerk, 1)
    # Candidate 2 ranks earlier (older 科目二 exam) and takes the only 科目三 seat.
    learner_with_permit(client, admin, 2, date(2026, 3, 2), subjects=[
        {"subject": "k2", "passed_at": nj(2026, 5, 1).isoformat(), "last_exam_at": nj(2026, 5, 1).isoformat(),
         "last_result": "pass", "bookings_used": 1}])
    other_k3 = booked(client, clerk, k3_plan["id"], 2)
    other_k4 = booked(client, clerk, _k4_plan["id"], 2)
    clock.set(nj(2026, 12, 2, 8, 0), frozen=True)
    admin = login_headers(client, "admin")
    allocate(client, admin, k3_plan["id"])
    clerk = login_headers(client, "clerk01")
    rows = {b["id"]: b for b in client.get(f"{API}/exam-bookings", headers=clerk,
                                            params={"id_number": id_number(1)}).json()["data"]}
    assert rows[k3["id"]]["status"] == "not_allocated"
    assert (rows[k4["id"]]["status"], rows[k4["id"]]["cancel_reason"]) == ("cancelled", "not_self")
    allocate(client, admin, _k4_plan["id"])
    clock.set(nj(2026, 12, 7, 12, 0), frozen=True)
    site = login_headers(client, "clerk08")
    assert client.post(f"{API}/exam-bookings/{other_k3['id']}/result", headers=site,
                       json={"result": "fail"}).status_code == 200
    rows = {b["id"]: b for b in client.get(f"{API}/exam-bookings", headers=login_headers(client, "clerk01"),
                                            params={"id_number": id_number(2)}).json()["data"]}
    assert (rows[other_k4["id"]]["status"], rows[other_k4["id"]]["cancel_reason"]) == ("cancelled", "not_self")
    assert sorted(e["detail"]["k3_outcome"] for e in _audit(client, "exam_booking_fell")) == ["fail", "not_allocated"]


# --- 5. lapsed at the deadline -------------------------------------------------------------------
def test_a_lapsed_reservation_counts_at_once_for_every_reader(client, clock):
    ours = reserve(client, internet(client), 1)  # chosen Wed 11-25, deadline Mon 11-30
    clock.set(datetime(2026, 12, 1, 0, 0, tzinfo=SHANGHAI), frozen=True)  # no job has run
    clerk, gateway = login_headers(client, "clerk01"), internet(client)
    row = client.get(f"{API}/plate-reservations", headers=clerk, params={"plate": ours["plate"]}).json()["data"][0]
    # Barred from 12-01 for 2 years (through 2028-11-30), seen by the counter search at once.
    assert (row["status"], row["blacklisted"], row["blacklisted_until"]) == ("expired", True, "2028-11-30")
    assert_error(client.post(f"{API}/plate-selections", json=applicant(1, vin=applicant(4)["vin"]), headers=gateway),
                 403, "blacklisted")
    other = start(client, gateway, 3)
    assert custom(client, gateway, other["id"], ours["plate"]).json()["outcome"] == "held"


# --- 6. counter-only subjects --------------------------------------------------------------------
def test_restoration_and_full_score_exams_are_not_booked_by_phone(client):
    admin, phone = login_headers(client, "admin"), login_headers(client, "phone01")
    make_candidate(client, admin, 1, purpose="restore")
    plan = publish(client, admin, MONDAY, "restore")
    body = assert_error(book(client, phone, plan["id"], 1, caller_mobile="13700000001"), 403, "channel_not_allowed")
    assert "电话" in body["message"] and "窗口" in body["message"]
    assert booked(client, login_headers(client, "clerk01"), plan["id"], 1)["subject"] == "restore"


# --- 7. user types against the records ---------------------------------------------------------
def test_user_types_are_checked_against_the_records(client, services):
    clerk = login_headers(client, "clerk01")
    # 陈静 holds a licence: not a first-time learner.
    assert_error(client.post(f"{API}/users/personal", headers=clerk, json=_personal("陈静", "18761602345", "learner")),
                 422, "learner_has_licence")
    # 张伟 has vehicles and a licence: not a new-car owner.
    assert_error(client.post(f"{API}/users/personal", headers=clerk,
                             json=_personal("张伟", "13905171234", "new_car_owner")), 422, "new_car_owner_has_records")
    # 李娜 as vehicle owner ticking nothing: her second car's mobile still must agree.
    body = assert_error(client.post(f"{API}/users/personal", headers=clerk, json=_personal("李娜", "13851609876")),
                        422, "mobile_mismatch")
    assert [d["mobile_on_record"] for d in body["details"]] == ["189****1111"]
    assert client.post(f"{API}/users/personal", headers=clerk,
                       json=_personal("刘洋", "13912345678", "learner")).status_code == 201
    assert _count(services, InternetUser, kind="personal") == 2  # 王芳 (demo) and 刘洋


# --- 8. vehicles of other owners -------------------------------------------------------------------
def test_others_vehicles_need_the_owners_consent_and_take_at_most_three_accounts(client, services):
    clerk = login_headers(client, "clerk01")
    other = _others(services, 1)[0]
    wrong_owner = other | {"owner_id_number": ID["李娜"]}
    assert_error(client.post(f"{API}/users/personal", headers=clerk,
                             json=_personal("张伟", "13905171234", others=[wrong_owner])), 422, "owner_mismatch")
    no_ref = other | {"consent_way": "signed_authorisation"}
    assert_error(client.post(f"{API}/users/personal", headers=clerk,
                             json=_personal("张伟", "13905171234", others=[no_ref])), 422, "consent_reference_missing")
    assert _count(services, InternetUser, id_number=ID["张伟"]) == 0
    signed = other | {"consent_way": "signed_authorisation", "consent_ref": "SQ-2026-0001"}
    first = client.post(f"{API}/users/personal", headers=clerk, json=_personal("张伟", "13905171234", others=[signed]))
    assert first.status_code == 201, first.text
    bound = [v for v in first.json()["vehicles"] if not v["own"]]
    assert [(v["consent_way"], v["consent_ref"]) for v in bound] == [("signed_authorisation", "SQ-2026-0001")]
    for name, mobile in (("陈静", "18761602345"), ("李娜", "13851609876")):
        kind = "driver"
        created = client.post(f"{API}/users/personal", headers=clerk,
                              json=_personal(name, mobile, kind, others=[other]))
        assert created.status_code == 201, created.text
    fourth = client.post(f"{API}/users/personal", headers=clerk,
                         json=_personal("周强", "13770881234", "driver", others=[other]))
    assert "每辆车最多绑定3个账户" in assert_error(fourth, 409, "vehicle_users_full")["message"]
    with services.sessionmaker() as session:
        vehicle_id = session.scalar(select(VehicleRecord.id).where(VehicleRecord.vin == other["vin"]))
    assert _count(services, UserVehicle, vehicle_id=vehicle_id) == 3


# --- 9. change of contact mobile ---------------------------------------------------------------------
def test_contact_change_at_the_window_then_registration_goes_through(client, services):
    clerk = login_headers(client, "clerk01")
    records = client.get(f"{API}/person-records", headers=clerk, params={"id_number": ID["李娜"]}).json()
    assert [r["mobile_masked"] for r in records["data"]] == ["138****9876", "138****9876", "189****1111"]
    stale = records["data"][2]["key"]
    change = {"id_number": ID["李娜"], "new_mobile": "13851609876", "records": [stale]}
    assert_error(client.post(f"{API}/contact-changes", headers=clerk, json=change | {"holder_id_checked": False}),
                 422, "id_not_checked")
    assert_error(client.post(f"{API}/contact-changes", headers=login_headers(client, "phone01"),
                             json=change | {"holder_id_checked": True}), 403, "role_forbidden")
    assert_error(client.post(f"{API}/contact-changes", headers=clerk,
                             json=change | {"holder_id_checked": True, "new_mobile": "1385160987"}), 422, "mobile_format")
    assert _audit(client, "contact_changed") == []
    done = client.post(f"{API}/contact-changes", headers=clerk, json=change | {"holder_id_checked": True})
    assert done.status_code == 201, done.text
    receipt = done.json()
    assert receipt["receipt_no"].startswith("BG20261125") and receipt["id_number"] == ID["李娜"]
    assert [(r["old"], r["new"]) for r in receipt["records"]] == [("189****1111", "138****9876")]
    entries = _audit(client, "contact_changed")
    assert len(entries) == 1 and entries[0]["detail"]["records"][0]["old"] == "189****1111"
    assert "18951601111" not in str(entries[0]["detail"])
    plates = _vins(client, clerk, ID["李娜"])
    assert client.post(f"{API}/users/personal", headers=clerk,
                       json=_personal("李娜", "13851609876", vins=plates)).status_code == 201
    with services.sessionmaker() as session:
        assert session.scalar(select(LicenceRecord.mobile).where(LicenceRecord.id_number == ID["李娜"])) == "13851609876"


# --- 10. figures and field names --------------------------------------------------------------------
def test_plate_segments_report_the_real_available_count(client, services):
    # A minimum below the pool: the figure is the real count, not the minimum it was capped at.
    services.settings = dataclasses.replace(services.settings, plate_pool_min_available=100)
    pool = client.get(f"{API}/plate-segments", headers=login_headers(client, "admin")).json()
    size = 24 * 10 * 24  # the test segment 苏A:0L0DL: fixed 0, a letter (24), fixed 0, a digit, a letter
    with services.sessionmaker() as session:
        taken = session.scalar(select(func.count()).select_from(Plate).where(Plate.state != "available"))
    assert sum(s["size"] for s in pool["segments"] if s["status"] == "released") == size
    assert (pool["available"], pool["minimum_available"]) == (size - taken, 100)
    assert pool["available"] > 100


def test_validation_messages_name_the_field_in_chinese(client):
    gateway = internet(client)
    body = applicant(1)
    del body["invoice_photo"]
    refused = assert_error(client.post(f"{API}/plate-selections", json=body, headers=gateway), 422, "validation_error")
    assert "「发票照片」" in refused["message"] and "invoice_photo" not in refused["message"]
    assert refused["fields"] == ["invoice_photo"]

