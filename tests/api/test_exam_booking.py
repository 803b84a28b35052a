"""Booking and cancelling exams through the API (SQLite and PostgreSQL).

The clock starts Wednesday 2026-11-25 09:00 in Nanjing. The sessions are on Monday 2026-12-07
unless said otherwise: booking closes Wednesday 12-02 00:00 (5 days before, Nanjing time), the
last working day before the exam is Friday 12-04, Saturday 12-05 is too late, 12-07 is the day.
"""
from datetime import date, timedelta

from sqlalchemy import select

from central_api.models import AuditLog
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
    mobile,
    nj,
    publish,
    sms,
)
from tests.helpers import assert_error, login_headers


def _staff(client):  # noqa: ANN001, ANN202
    return (login_headers(client, "admin"), login_headers(client, "clerk01"), login_headers(client, "phone01"))


def test_a_first_subject_one_booking_at_the_window_ranks_by_acceptance_time(client):
    admin, clerk, _phone = _staff(client)
    make_candidate(client, admin, 1, application_accepted_at=nj(2026, 9, 3, 10, 15).isoformat())
    plan = publish(client, admin, MONDAY)
    assert plan["status"] == "open"
    assert plan["booking_deadline"] == "2026-12-01T16:00:00Z"  # 12-02 00:00 in Nanjing
    body = booked(client, clerk, plan["id"], 1)
    assert body["status"] == "requested" and body["channel"] == "window"
    assert body["ranking_rule"] == 1 and body["ranking_time"] == "2026-09-03T02:15:00Z"
    assert body["id_number_masked"] == id_number(1)[:4] + "*" * 10 + id_number(1)[-4:]
    assert body["plan"]["requested_count"] == 1
    # Now the candidate has an open 科目一 booking, and a second one is refused.
    assert eligibility(client, clerk, 1, "k1")["reasons"] == ["已有未考的科目一预约（考试日期 2026-12-07）"]
    other = publish(client, admin, MONDAY, start="15:30")
    assert_error(book(client, clerk, other["id"], 1), 422, "not_eligible")


def test_booking_closes_exactly_five_days_before_in_nanjing_time(client, clock):
    admin, clerk, _phone = _staff(client)
    plan = publish(client, admin, MONDAY)
    for n in (1, 2):
        make_candidate(client, admin, n)
    clock.set(nj(2026, 12, 1, 23, 59, 59), frozen=True)  # one second before 12-02 00:00
    admin, clerk, _phone = _staff(client)  # tokens last 12 hours: sign in again after moving the clock
    assert book(client, clerk, plan["id"], 1).status_code == 201
    clock.set(nj(2026, 12, 2, 0, 0, 0), frozen=True)  # exactly 5 days before the exam day
    body = assert_error(book(client, clerk, plan["id"], 2), 409, "booking_closed")
    assert "2026-12-02 00:00" in body["message"]
    listed = client.get(f"{API}/exam-plans", headers=clerk, params={"open_only": True}).json()["data"]
    assert plan["id"] not in [p["id"] for p in listed]


def test_a_plan_must_be_at_an_exam_site_and_bookable_when_published(client, clock):
    admin, clerk, _phone = _staff(client)
    body = {"site_id": 1, "exam_date": "2026-12-07", "start_time": "07:45", "subject": "k1",
            "licence_class": "C1", "capacity": 10}
    assert_error(client.post(f"{API}/exam-plans", headers=admin, json=body), 422, "site_not_exam_site")
    assert_error(client.post(f"{API}/exam-plans", headers=clerk, json=body | {"site_id": 8}), 403, "role_forbidden")
    # 11-30 is less than 5 days away: booking would be closed already.
    assert_error(client.post(f"{API}/exam-plans", headers=admin, json=body | {"site_id": 8, "exam_date": "2026-11-30"}),
                 422, "plan_deadline_passed")
    assert_error(client.post(f"{API}/exam-plans", headers=admin, json=body | {"site_id": 8, "exam_date": "2027-01-11"}),
                 422, "calendar_unknown_year")
    assert client.post(f"{API}/exam-plans", headers=admin, json=body | {"site_id": 8}).status_code == 201
    assert_error(client.post(f"{API}/exam-plans", headers=admin, json=body | {"site_id": 8}), 409, "exam_plan_exists")
    assert_error(client.post(f"{API}/exam-plans", json=body | {"site_id": 8}), 401, "not_authenticated")


def test_the_internet_channel_cannot_book_the_special_exams(client):
    admin, clerk, _phone = _staff(client)
    internet = login_headers(client, "internet01")
    restore = publish(client, admin, MONDAY, "restore", start="11:00")
    full = publish(client, admin, MONDAY, "full_score", start="11:30")
    k1 = publish(client, admin, MONDAY, "k1")
    make_candidate(client, admin, 1, purpose="restore")
    make_candidate(client, admin, 2, purpose="full_score")
    make_candidate(client, admin, 3)
    body = assert_error(book(client, internet, restore["id"], 1), 403, "channel_not_allowed")
    assert "恢复驾驶资格考试不能在互联网预约" in body["message"]
    assert_error(book(client, internet, full["id"], 2), 403, "channel_not_allowed")
    assert booked(client, internet, k1["id"], 3)["channel"] == "internet"
    # At the window both special exams are bookable.
    assert booked(client, clerk, restore["id"], 1)["ranking_rule"] == 1
    assert booked(client, clerk, full["id"], 2)["status"] == "requested"
    flags = {e["subject"]: e["counter_only"] for e in candidate(client, clerk, 1)["eligibility"]}
    assert flags["restore"] and flags["full_score"] and not flags["k1"]


def test_phone_bookings_need_the_callers_mobile_and_working_hours(client, clock):
    admin, _clerk, phone = _staff(client)
    plan = publish(client, admin, MONDAY)
    make_candidate(client, admin, 1)
    assert_error(book(client, phone, plan["id"], 1), 422, "caller_mobile_required")
    assert_error(book(client, phone, plan["id"], 1, caller_mobile="13900000000"), 403, "caller_mobile_mismatch")
    assert_error(client.get(f"{API}/candidates", headers=phone,
                            params={"id_number": id_number(1), "mobile": "13900000000"}), 403,
                 "caller_mobile_mismatch")
    clock.set(nj(2026, 11, 25, 17, 0), frozen=True)  # the desk closes at 17:00
    assert_error(book(client, phone, plan["id"], 1, caller_mobile=mobile(1)), 403, "phone_desk_closed")
    clock.set(nj(2026, 11, 28, 10, 0), frozen=True)  # Saturday
    phone = login_headers(client, "phone01")
    body = assert_error(book(client, phone, plan["id"], 1, caller_mobile=mobile(1)), 403, "phone_desk_closed")
    assert "09:00–17:00" in body["message"]
    clock.set(nj(2026, 11, 27, 16, 59), frozen=True)  # Friday, one minute before closing
    phone = login_headers(client, "phone01")
    assert candidate(client, phone, 1, mobile=mobile(1))["mobile_masked"] == mobile(1)[:3] + "****" + mobile(1)[-4:]
    assert booked(client, phone, plan["id"], 1, caller_mobile=mobile(1))["channel"] == "phone"


def test_stations_without_a_booking_window_cannot_book(client):
    admin = login_headers(client, "admin")
    site_clerk = login_headers(client, "clerk08")  # 尧新考点: an exam site, no booking window
    plan = publish(client, admin, MONDAY)
    make_candidate(client, admin, 1)
    assert_error(book(client, site_clerk, plan["id"], 1), 403, "station_cannot_book_exams")
    assert_error(book(client, {}, plan["id"], 1), 401, "not_authenticated")


def test_cancelling_before_the_deadline_from_any_channel(client):
    admin, clerk, phone = _staff(client)
    internet = login_headers(client, "internet01")
    plan = publish(client, admin, MONDAY)
    ids = []
    for n in (1, 2, 3):
        make_candidate(client, admin, n)
        ids.append(booked(client, clerk, plan["id"], n)["id"])
    assert cancel(client, phone, ids[0], caller_mobile=mobile(1)).json()["status"] == "cancelled"
    assert cancel(client, internet, ids[1]).json()["cancel_reason"] == "self"
    done = cancel(client, clerk, ids[2], "not_self").json()
    assert done["status"] == "cancelled" and done["plan"]["requested_count"] == 0
    assert_error(cancel(client, clerk, ids[2]), 409, "booking_not_open")
    # Cancelled before getting a seat: the next booking ranks as before (rule 1).
    assert booked(client, clerk, plan["id"], 1)["ranking_rule"] == 1


def test_after_the_deadline_only_in_person_with_id_until_the_last_working_day(client, services, clock):
    admin, clerk, phone = _staff(client)
    branch_clerk = login_headers(client, "clerk02")  # 江北分所: may cancel late too
    internet = login_headers(client, "internet01")
    plan = publish(client, admin, MONDAY)
    bookings = {}
    for n in (1, 2, 3, 4):
        make_candidate(client, admin, n)
        bookings[n] = booked(client, clerk, plan["id"], n)["id"]

    clock.set(nj(2026, 12, 4, 16, 30), frozen=True)  # Friday: after the deadline, the last working day before Monday
    admin, clerk, phone = _staff(client)
    branch_clerk = login_headers(client, "clerk02")
    internet = login_headers(client, "internet01")
    assert_error(cancel(client, phone, bookings[1], caller_mobile=mobile(1)), 403, "late_cancel_in_person")
    assert_error(cancel(client, internet, bookings[1]), 403, "late_cancel_in_person")
    assert_error(cancel(client, clerk, bookings[1]), 422, "id_not_checked")
    response = cancel(client, branch_clerk, bookings[1], id_checked=True)
    assert response.status_code == 200 and response.json()["id_checked"] is True
    with services.sessionmaker() as session:
        entry = session.scalars(select(AuditLog).where(AuditLog.action == "exam_booking_cancelled")).one()
    assert entry.detail["id_checked"] is True and entry.detail["after_deadline"] is True
    assert entry.username == "clerk02" and entry.station_id == 2

    clock.set(nj(2026, 12, 5, 9, 30), frozen=True)  # Saturday before the Monday exam: too late
    clerk = login_headers(client, "clerk01")
    body = assert_error(cancel(client, clerk, bookings[2], id_checked=True), 409, "cancel_too_late")
    assert "2026-12-04" in body["message"]
    clock.set(nj(2026, 12, 7, 7, 30), frozen=True)  # the exam day
    clerk = login_headers(client, "clerk01")
    assert_error(cancel(client, clerk, bookings[3], id_checked=True), 409, "cancel_on_exam_day")


def test_results_fees_and_the_fifth_failed_booking_voids_passed_subjects(client, clock):
    admin, clerk, _phone = _staff(client)
    site = login_headers(client, "clerk08")  # 尧新考点 (site 8) enters the results of its sessions
    # Passed 科目一 and 科目二; four 科目三 bookings used, the last failed on 11-10 (fee paid).
    permit = date(2026, 3, 2)
    learner_with_permit(client, admin, 1, permit, subjects=[
        {"subject": "k2", "passed_at": nj(2026, 6, 1).isoformat(), "last_exam_at": nj(2026, 6, 1).isoformat(),
         "last_result": "pass", "bookings_used": 1},
        {"subject": "k3", "last_exam_at": nj(2026, 11, 10).isoformat(), "last_result": "fail", "bookings_used": 4}])
    # Another with five 科目三 bookings used: no sixth.
    learner_with_permit(client, admin, 2, permit, subjects=[
        {"subject": "k3", "last_exam_at": nj(2026, 11, 10).isoformat(), "last_result": "fail", "bookings_used": 5}])
    assert eligibility(client, clerk, 2, "k3")["reasons"] == ["科目三道路驾驶在学习驾驶证明有效期内已预约5次，不能再预约"]
    plan = publish(client, admin, MONDAY, "k3")
    assert_error(book(client, clerk, plan["id"], 2), 422, "not_eligible")
    fifth = booked(client, clerk, plan["id"], 1)
    assert eligibility(client, clerk, 1, "k3")["bookable"] is False

    clock.set(nj(2026, 12, 2, 8, 0), frozen=True)
    admin, clerk, _phone = _staff(client)
    site = login_headers(client, "clerk08")
    allocate(client, admin, plan["id"])
    assert_error(client.post(f"{API}/exam-bookings/{fifth['id']}/result", headers=site, json={"result": "fail"}),
                 409, "exam_not_yet")
    clock.set(nj(2026, 12, 7, 16, 0), frozen=True)
    admin, clerk, _phone = _staff(client)
    site = login_headers(client, "clerk08")
    assert_error(client.post(f"{API}/exam-bookings/{fifth['id']}/result", headers=clerk, json={"result": "fail"}),
                 403, "not_exam_site")
    result = client.post(f"{API}/exam-bookings/{fifth['id']}/result", headers=site, json={"result": "fail"})
    assert result.status_code == 200 and result.json()["status"] == "completed"
    record = candidate(client, clerk, 1)
    subjects = {s["subject"]: s for s in record["subjects"]}
    # The 5th failed booking voids 科目一 and 科目二, which had been passed.
    assert record["results_voided_at"] is not None
    assert not subjects["k1"]["passed"] and not subjects["k2"]["passed"]
    assert subjects["k3"]["bookings_used"] == 5 and subjects["k3"]["fee_owed"] is True
    assert all(not e["bookable"] for e in record["eligibility"])
    assert "已合格科目成绩作废" in sms(client, admin, booking_id=fifth["id"])[-1]["body"]


def test_absence_counts_as_a_fail_and_the_fee_must_be_paid(client, clock):
    admin, clerk, _phone = _staff(client)
    site = login_headers(client, "clerk08")
    learner_with_permit(client, admin, 1, date(2026, 10, 1))
    plan = publish(client, admin, MONDAY, "k2")
    booking = booked(client, clerk, plan["id"], 1)
    clock.set(nj(2026, 12, 2, 8, 0), frozen=True)
    admin = login_headers(client, "admin")
    allocate(client, admin, plan["id"])
    clock.set(nj(2026, 12, 7, 12, 0), frozen=True)
    site, clerk = login_headers(client, "clerk08"), login_headers(client, "clerk01")
    client.post(f"{API}/exam-bookings/{booking['id']}/result", headers=site, json={"result": "absent"})
    k2 = next(s for s in candidate(client, clerk, 1)["subjects"] if s["subject"] == "k2")
    assert (k2["last_result"], k2["no_shows"], k2["fee_owed"], k2["bookings_used"]) == ("absent", 1, True, 1)
    # Ten days after the exam (12-17) the wait is over, but the unpaid fee still blocks.
    clock.set(nj(2026, 12, 17, 10, 0), frozen=True)
    clerk = login_headers(client, "clerk01")
    assert eligibility(client, clerk, 1, "k2")["reasons"] == ["科目二上次考试不合格或缺考，须先缴纳补考费"]
    candidate_id = candidate(client, clerk, 1)["id"]
    paid = client.post(f"{API}/candidates/{candidate_id}/fee-payments", headers=clerk, json={"subject": "k2"})
    assert paid.status_code == 200
    assert_error(client.post(f"{API}/candidates/{candidate_id}/fee-payments", headers=clerk, json={"subject": "k2"}),
                 409, "no_fee_owed")
    k2_now = next(e for e in paid.json()["eligibility"] if e["subject"] == "k2")
    # Bookable again, ranked by the time of the missed exam (rule 2): 12-07 07:45 Nanjing.
    assert k2_now["bookable"] and k2_now["ranking_rule"] == 2 and k2_now["ranking_time"] == "2026-12-06T23:45:00Z"


def test_subject_four_on_the_same_day_as_subject_three(client):
    admin, clerk, _phone = _staff(client)
    learner_with_permit(client, admin, 1, date(2026, 3, 2), subjects=[
        {"subject": "k2", "passed_at": nj(2026, 6, 1).isoformat(), "last_exam_at": nj(2026, 6, 1).isoformat(),
         "last_result": "pass", "bookings_used": 1}])
    k3 = publish(client, admin, MONDAY, "k3")
    k4_same = publish(client, admin, MONDAY, "k4", start="15:00")
    k4_later = publish(client, admin, MONDAY + timedelta(days=1), "k4", start="15:00")
    assert eligibility(client, clerk, 1, "k4")["bookable"] is False
    booked(client, clerk, k3["id"], 1)
    assert eligibility(client, clerk, 1, "k4")["bookable"] is True
    assert_error(book(client, clerk, k4_later["id"], 1), 422, "not_eligible_for_session")
    assert booked(client, clerk, k4_same["id"], 1)["subject"] == "k4"


def test_a_session_of_another_class_is_refused(client):
    admin, clerk, _phone = _staff(client)
    learner_with_permit(client, admin, 1, date(2026, 10, 1), licence_class="C2")
    plan = publish(client, admin, MONDAY, "k2", licence_class="C1")
    body = assert_error(book(client, clerk, plan["id"], 1), 422, "not_eligible_for_session")
    assert "该场次考试车型为C1，考生申请的准驾车型为C2" in body["message"]


def test_candidates_are_imported_by_supervisors_with_valid_numbers(client):
    admin, clerk, _phone = _staff(client)
    bad = id_number(1)[:-1] + ("0" if id_number(1)[-1] != "0" else "1")
    payload = {"id_number": bad, "name": "甲", "mobile": "13700000001", "licence_class": "C1",
               "application_accepted_at": "2026-09-01T09:00:00+08:00"}
    body = assert_error(client.post(f"{API}/candidates", headers=admin, json=payload), 422, "id_number_checksum")
    assert body["message"] == "身份证号码校验位错误"
    assert_error(client.post(f"{API}/candidates", headers=clerk, json=payload | {"id_number": id_number(1)}), 403,
                 "role_forbidden")
    naive = payload | {"id_number": id_number(1), "application_accepted_at": "2026-09-01T09:00:00"}
    assert_error(client.post(f"{API}/candidates", headers=admin, json=naive), 422, "validation_error")
    created = make_candidate(client, admin, 1, permit_issued_on="2026-11-01")
    assert created["permit_valid_until"] == "2029-10-31"
    assert_error(client.post(f"{API}/candidates", headers=admin, json=payload | {"id_number": id_number(1)}), 409,
                 "candidate_exists")
    assert_error(client.get(f"{API}/candidates", headers=clerk, params={"id_number": id_number(2)}), 404,
                 "candidate_not_found")


def test_a_candidates_bookings_are_listed_newest_first(client):
    admin, clerk, phone = _staff(client)
    make_candidate(client, admin, 1)
    first = publish(client, admin, MONDAY)
    second = publish(client, admin, MONDAY, start="15:30")
    a = booked(client, clerk, first["id"], 1)
    cancel(client, clerk, a["id"])
    b = booked(client, clerk, second["id"], 1)
    listed = client.get(f"{API}/exam-bookings", headers=phone,
                        params={"id_number": id_number(1), "mobile": mobile(1)}).json()["data"]
    assert [x["id"] for x in listed] == [b["id"], a["id"]]
    assert [x["status"] for x in listed] == ["requested", "cancelled"]
    assert_error(client.get(f"{API}/exam-bookings", headers=phone, params={"id_number": id_number(1)}), 422,
                 "caller_mobile_required")
