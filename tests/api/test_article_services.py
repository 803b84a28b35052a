"""The article's other services at the centre (DOMAIN.md §6, issue 15), on SQLite and PostgreSQL.

Values come from the article and the demo records (README): 林晓's 苏AM7Q26 (a small private car
registered about three years ago, insured, nothing open) may have this year's label; 蒋涛's
苏AK5H81 has one unhandled parking violation caught on camera (150 yuan, no points); the coach
苏AB6Z30 (大型普通客车, 公路客运) may not be handled online; 韩磊 (B2, 6 points) has 90 counted
minutes of study; 曹勇 (A2, 3 points) has finished. The clock stands at 2026-11-25 09:00 Nanjing.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from central_api.models import AuditLog, InspectionLabel, SmsOutbox, StudySitting, StudyTest, ViolationPayment
from tests.helpers import T0, assert_error, login_headers

API = "/api/v1"
ELIGIBLE, WITH_VIOLATION, BUS = "苏AM7Q26", "苏AK5H81", "苏AB6Z30"
HAN_LEI, CAO_YONG = "320113197509220713", "320106198205140934"


def count(services, model, *where) -> int:  # noqa: ANN001
    with services.sessionmaker() as session:
        return session.scalar(select(func.count(model.id)).where(*where))


def audits(services, action: str) -> int:  # noqa: ANN001
    return count(services, AuditLog, AuditLog.action == action)


def eligibility(client, headers, plate: str) -> dict:  # noqa: ANN001
    response = client.get(f"{API}/inspection-labels/eligibility", params={"plate": plate}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def violations(client, headers, plate: str) -> list[dict]:  # noqa: ANN001
    response = client.get(f"{API}/violations", params={"plate": plate}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["data"]


# --- inspection-exempt labels -------------------------------------------------------------------
def test_an_eligible_car_gets_one_label_this_year_at_a_service_point(client, services):
    clerk = login_headers(client, "clerk01")
    found = eligibility(client, clerk, ELIGIBLE)
    assert (found["label_year"], found["eligible"], found["conditions"]) == (2026, True, [])
    assert [label["label_year"] for label in found["labels"]] == [2025]  # last year's, for the history

    response = client.post(f"{API}/inspection-labels", headers=clerk, json={
        "vehicle_id": found["vehicle"]["id"], "serial": "js2026a0012345", "environmental_label": True})
    assert response.status_code == 200, response.text
    label = response.json()
    assert (label["status"], label["serial"], label["label_year"], label["environmental_label"]) == (
        "issued", "JS2026A0012345", 2026, True)
    assert label["station_name"] == "南京市车管所"
    assert audits(services, "inspection_label_issue") == 1

    # One label per vehicle per year: a second one is refused, nothing stored.
    again = client.post(f"{API}/inspection-labels", headers=clerk, json={
        "vehicle_id": found["vehicle"]["id"], "serial": "JS2026A0012346"})
    body = assert_error(again, 422, "label_already_issued")
    assert "每车每年一张" in body["message"]
    assert count(services, InspectionLabel, InspectionLabel.label_year == 2026) == 1
    assert [c["code"] for c in eligibility(client, clerk, ELIGIBLE)["conditions"]] == ["label_already_issued"]


def test_the_label_is_refused_with_the_list_of_unhandled_violations_until_handled_and_paid(client, services):
    clerk = login_headers(client, "clerk01")
    found = eligibility(client, clerk, WITH_VIOLATION)
    assert found["eligible"] is False
    (condition,) = found["conditions"]
    assert condition["code"] == "label_unhandled_violations"
    assert condition["message"] == "有1起交通违法未处理，须先处理"
    assert len(condition["items"]) == 1 and "玄武区中山路与珠江路交叉口" in condition["items"][0]
    assert "罚款150元，记0分" in condition["items"][0]
    refused = client.post(f"{API}/inspection-labels", headers=clerk, json={
        "vehicle_id": found["vehicle"]["id"], "serial": "JS2026A0020001"})
    body = assert_error(refused, 422, "label_unhandled_violations")
    assert body["details"][0]["items"] == condition["items"]

    # The violation qualifies (simple procedure, no points, 150 ≤ 200 yuan): handled at the window…
    (open_one,) = [v for v in violations(client, clerk, WITH_VIOLATION) if v["status"] == "unhandled"]
    assert (open_one["self_service"], open_one["reasons"], open_one["fine_yuan"]) == (True, [], 150)
    handled = client.post(f"{API}/violations/{open_one['id']}/handle", headers=clerk,
                          json={"licence_number": "320104197903050525", "driver_name": "蒋涛"})
    assert handled.status_code == 200, handled.text
    v = handled.json()
    assert v["status"] == "handled" and v["decision_number"].startswith("3201002026")
    assert len(v["decision_number"]) == 18
    assert v["licence_number_masked"] == "3201**********0525"
    # … which leaves an unpaid fine, still refusing the label.
    assert [c["code"] for c in eligibility(client, clerk, WITH_VIOLATION)["conditions"]] == ["label_unpaid_fines"]

    # Paid through 江苏银行: the amount must be the fine; the bank confirms later.
    wrong = client.post(f"{API}/violations/{v['id']}/payments", headers=clerk,
                        json={"bank": "JSB", "amount": "200", "bank_reference": "JSB-20261125-0001"})
    assert_error(wrong, 422, "payment_amount_mismatch")
    assert count(services, ViolationPayment) == 1  # the demo's payment from last year only
    paid = client.post(f"{API}/violations/{v['id']}/payments", headers=clerk,
                       json={"bank": "JSB", "amount": "150.00", "bank_reference": "JSB-20261125-0001"})
    assert paid.status_code == 200, paid.text
    payment = paid.json()["payment"]
    assert (payment["bank_name"], payment["amount"], payment["status"]) == ("江苏银行", "150.00", "pending")
    assert paid.json()["status"] == "handled"  # not settled until the bank confirms
    duplicate = client.post(f"{API}/violations/{v['id']}/payments", headers=clerk,
                            json={"bank": "BOC", "amount": "150", "bank_reference": "BOC-20261125-0009"})
    assert_error(duplicate, 422, "payment_duplicate")

    gateway = login_headers(client, "internet01")
    confirm = {"bank_reference": "JSB-20261125-0001"}
    first = client.post(f"{API}/violation-payments/{payment['id']}/confirm", headers=gateway, json=confirm)
    assert first.status_code == 200, first.text
    assert first.json()["status"] == "paid" and first.json()["payment"]["status"] == "confirmed"
    # The bank's confirmation arrives twice (another key): applied once, the first time stays.
    second = client.post(f"{API}/violation-payments/{payment['id']}/confirm", headers=gateway, json=confirm)
    assert second.status_code == 200
    assert second.json()["payment"]["confirmed_at"] == first.json()["payment"]["confirmed_at"]
    assert audits(services, "violation_payment_confirm") == 1
    assert audits(services, "violation_payment_confirm_repeat") == 1
    assert count(services, ViolationPayment, ViolationPayment.violation_id == v["id"]) == 1

    found = eligibility(client, clerk, WITH_VIOLATION)
    assert (found["eligible"], found["conditions"]) == (True, [])


def test_a_bus_on_road_passenger_transport_goes_to_the_brigade(client, services):
    gateway, clerk = login_headers(client, "internet01"), login_headers(client, "clerk01")
    (v,) = violations(client, gateway, BUS)
    assert v["self_service"] is False
    assert v["reasons"] == ["大型普通客车属大中型客车", "使用性质为公路客运的重点车辆"]
    refused = client.post(f"{API}/violations/{v['id']}/handle", headers=gateway,
                          json={"licence_number": "32011119700101115X", "driver_name": "王军"})
    assert_error(refused, 422, "violation_needs_brigade")
    paid = client.post(f"{API}/violations/{v['id']}/payments", headers=gateway,
                       json={"bank": "ICBC", "amount": "200", "bank_reference": "ICBC-20261125-0001"})
    assert_error(paid, 422, "payment_not_handled")
    referred = client.post(f"{API}/violations/{v['id']}/refer", headers=clerk, json={})
    assert referred.status_code == 200, referred.text
    assert referred.json()["status"] == "referred"
    assert referred.json()["referred_reason"] == "须到交警大队处理：大型普通客车属大中型客车；使用性质为公路客运的重点车辆"
    assert audits(services, "violation_refer") == 1
    # A referred violation is still not handled: the coach gets no label (nor would it: a bus).
    codes = [c["code"] for c in eligibility(client, clerk, BUS)["conditions"]]
    assert codes == ["label_vehicle_type", "label_vehicle_use", "label_unhandled_violations"]


def test_bad_payment_input_is_refused_with_a_stable_code_and_nothing_stored(client, services):
    clerk = login_headers(client, "clerk01")
    (v,) = [x for x in violations(client, clerk, WITH_VIOLATION) if x["status"] == "unhandled"]
    bad_licence = client.post(f"{API}/violations/{v['id']}/handle", headers=clerk,
                              json={"licence_number": "320104197903050526", "driver_name": "蒋涛"})
    assert_error(bad_licence, 422, "id_number_checksum")
    client.post(f"{API}/violations/{v['id']}/handle", headers=clerk,
                json={"licence_number": "320104197903050525", "driver_name": "蒋涛"})
    before = count(services, ViolationPayment)
    for body, code in (
        ({"bank": "CMB", "amount": "150", "bank_reference": "CMB-0000001"}, "payment_bank_unknown"),  # 招商银行
        ({"bank": "ICBC", "amount": "abc", "bank_reference": "ICBC-0000001"}, "payment_amount_invalid"),
        ({"bank": "ICBC", "amount": "150.001", "bank_reference": "ICBC-0000001"}, "payment_amount_invalid"),
        ({"bank": "ICBC", "amount": "150", "bank_reference": "12"}, "payment_reference_invalid"),
        ({"bank": "ICBC", "amount": "150", "bank_reference": "ICBC-DEMO-000001"}, "payment_reference_used"),
    ):
        assert_error(client.post(f"{API}/violations/{v['id']}/payments", headers=clerk, json=body), 422, code)
    assert count(services, ViolationPayment) == before
    assert audits(services, "violation_pay") == 0


def check_labels_only_at_stations_that_hand_them_out(client):  # noqa: ANN001
    exam_site = login_headers(client, "clerk08")  # 尧新考点
    vehicle = eligibility(client, exam_site, ELIGIBLE)["vehicle"]
    refused = client.post(f"{API}/inspection-labels", headers=exam_site,
                          json={"vehicle_id": vehicle["id"], "serial": "JS2026A0030001"})
    assert_error(refused, 403, "station_cannot_issue_labels")
    stations = client.get(f"{API}/stations", headers=exam_site).json()["data"]
    assert [s["id"] for s in stations if s["kind"] != "label_point"] == list(range(1, 11))
    points = [s for s in stations if s["kind"] == "label_point"]
    assert points and all(s["can_issue_labels"] for s in points)


def test_label_by_post_through_the_gateway_then_posted_with_a_tracking_number(client, services):
    gateway, clerk = login_headers(client, "internet01"), login_headers(client, "clerk01")
    applied = client.post(f"{API}/inspection-labels/postal", headers=gateway, json={
        "plate": ELIGIBLE, "recipient_name": "林晓", "recipient_mobile": "13905170011",
        "postal_address": "南京市玄武区中山路100号3单元501室"})
    assert applied.status_code == 200, applied.text
    label = applied.json()
    # The online channel issues the environmental label with it (seed).
    assert (label["channel"], label["status"], label["environmental_label"], label["serial"]) == (
        "post", "awaiting_post", True, None)
    waiting = client.get(f"{API}/inspection-labels/awaiting-post", headers=clerk).json()["data"]
    assert [w["id"] for w in waiting] == [label["id"]]
    # The counter sees it on the vehicle, and a second label this year is refused there.
    found = eligibility(client, clerk, ELIGIBLE)
    assert found["labels"][0]["status"] == "awaiting_post"
    assert [c["code"] for c in found["conditions"]] == ["label_already_issued"]

    bad = client.post(f"{API}/inspection-labels/{label['id']}/dispatch", headers=clerk,
                      json={"serial": "JS2026A0040001", "tracking_number": "12"})
    assert_error(bad, 422, "tracking_number_invalid")
    posted = client.post(f"{API}/inspection-labels/{label['id']}/dispatch", headers=clerk,
                         json={"serial": "JS2026A0040001", "tracking_number": "ee123456789cn"})
    assert posted.status_code == 200, posted.text
    assert (posted.json()["status"], posted.json()["tracking_number"]) == ("posted", "EE123456789CN")
    again = client.post(f"{API}/inspection-labels/{label['id']}/dispatch", headers=clerk,
                        json={"serial": "JS2026A0040002", "tracking_number": "EE123456780CN"})
    assert_error(again, 422, "label_not_awaiting_post")
    assert audits(services, "inspection_label_dispatch") == 1


def test_bad_label_input_and_the_stations_that_issue_labels(client, services):
    clerk, gateway = login_headers(client, "clerk01"), login_headers(client, "internet01")
    vehicle = eligibility(client, clerk, ELIGIBLE)["vehicle"]
    assert_error(client.post(f"{API}/inspection-labels", headers=clerk,
                             json={"vehicle_id": vehicle["id"], "serial": "标志-1"}), 422, "label_serial_invalid")
    assert_error(client.post(f"{API}/inspection-labels", headers=clerk,
                             json={"vehicle_id": vehicle["id"], "serial": "JS2025A0000001"}), 422, "label_serial_used")
    assert_error(client.post(f"{API}/inspection-labels", headers=clerk,
                             json={"vehicle_id": vehicle["id"], "serial": "JS2026A0050001", "label_year": 2027}),
                 422, "label_year_invalid")
    assert_error(client.post(f"{API}/inspection-labels/postal", headers=gateway, json={
        "plate": ELIGIBLE, "recipient_name": "林晓", "recipient_mobile": "1390517", "postal_address": "南京市玄武区中山路"}),
        422, "mobile_format")
    assert_error(client.get(f"{API}/inspection-labels/eligibility", params={"plate": "苏A99999X"}, headers=clerk),
                 404, "vehicle_not_found")
    assert count(services, InspectionLabel, InspectionLabel.label_year == 2026) == 0
    check_labels_only_at_stations_that_hand_them_out(client)


# --- points study -----------------------------------------------------------------------------
def study(client, headers, id_number: str) -> dict:  # noqa: ANN001
    response = client.get(f"{API}/points-study", params={"id_number": id_number}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def sitting(ref: str, minutes_ago: int, minutes: int, matched: bool = True) -> dict:
    start = T0 - timedelta(minutes=minutes_ago)
    return {"id_number": HAN_LEI, "platform_ref": ref, "started_at": start.isoformat(),
            "ended_at": (start + timedelta(minutes=minutes)).isoformat(), "counted_minutes": minutes,
            "photo_matched": matched}


def check_a_b_holder_with_6_points_and_1_5_hours_may_not_be_reviewed_yet(client, services):  # noqa: ANN001
    clerk = login_headers(client, "clerk01")
    s = study(client, clerk, HAN_LEI)
    assert (s["name"], s["licence_class"], s["points"]) == ("韩磊", "B2", 6)
    assert (s["required"], s["complete"], s["review_allowed"]) == (True, False, False)
    assert (s["counted_minutes"], s["required_minutes"]) == (90, 120)
    assert s["missing"][0].startswith("视频学习还差30分钟")
    assert s["missing"][1] == "尚未参加50题学习测试"
    # The 8-minute sitting and the one whose photo did not match are shown, not counted.
    assert sorted(x["counted_minutes"] for x in s["sittings"] if not x["counts"]) == [8, 25]
    refused = client.post(f"{API}/licence-reviews", headers=clerk, json={"id_number": HAN_LEI})
    body = assert_error(refused, 422, "study_incomplete")
    assert "视频学习还差30分钟" in body["message"]
    assert audits(services, "licence_review") == 0


def test_the_platform_reports_until_the_study_is_complete_then_the_sms_and_the_review(client, services):
    check_a_b_holder_with_6_points_and_1_5_hours_may_not_be_reviewed_yet(client, services)
    platform, clerk = login_headers(client, "internet01"), login_headers(client, "clerk01")
    # A 9-minute sitting does not count; a 30-minute one completes the two hours.
    short = client.post(f"{API}/points-study/sittings", headers=platform, json=sitting("P-1", 200, 9))
    assert short.status_code == 200 and short.json()["counted_minutes"] == 90
    done = client.post(f"{API}/points-study/sittings", headers=platform, json=sitting("P-2", 180, 30))
    assert done.json()["counted_minutes"] == 120
    assert done.json()["missing"] == ["尚未参加50题学习测试"]

    def test_body(ref: str, seconds: list[int]) -> dict:
        start = T0 - timedelta(minutes=100)
        return {"id_number": HAN_LEI, "platform_ref": ref, "started_at": start.isoformat(),
                "finished_at": (start + timedelta(minutes=20)).isoformat(), "answer_seconds": seconds,
                "score": 88, "photo_matched": True}

    # 3 answers under 5 seconds: the attempt does not count, and says why.
    hasty = client.post(f"{API}/points-study/tests", headers=platform, json=test_body("T-1", [6] * 47 + [4, 3, 2]))
    assert hasty.json()["complete"] is False
    assert hasty.json()["missing"] == ["最近一次测试无效：有3题答题时间少于5秒"]
    assert count(services, SmsOutbox, SmsOutbox.kind == "points_study") == 0
    good = client.post(f"{API}/points-study/tests", headers=platform, json=test_body("T-2", [5] * 50))
    assert good.status_code == 200, good.text
    assert (good.json()["complete"], good.json()["review_allowed"]) == (True, True)
    with services.sessionmaker() as session:
        (sms,) = session.scalars(select(SmsOutbox).where(SmsOutbox.kind == "points_study")).all()
    assert sms.mobile == "13905170014" and "记分学习已完成" in sms.body

    reviewed = client.post(f"{API}/licence-reviews", headers=clerk, json={"id_number": HAN_LEI})
    assert reviewed.status_code == 200, reviewed.text
    assert reviewed.json()["reviewed_at"] is not None and reviewed.json()["review_allowed"] is False
    assert_error(client.post(f"{API}/licence-reviews", headers=clerk, json={"id_number": HAN_LEI}),
                 422, "review_already_done")
    assert audits(services, "licence_review") == 1
    # Another report after completion sends no second SMS.
    client.post(f"{API}/points-study/sittings", headers=platform, json=sitting("P-3", 60, 15))
    assert count(services, SmsOutbox, SmsOutbox.kind == "points_study") == 1


def test_impossible_or_repeated_reports_are_refused_and_nothing_stored(client, services):
    platform = login_headers(client, "internet01")
    before = count(services, StudySitting)
    too_many = sitting("P-9", 100, 20) | {"counted_minutes": 30}
    assert_error(client.post(f"{API}/points-study/sittings", headers=platform, json=too_many),
                 422, "sitting_minutes_invalid")
    assert_error(client.post(f"{API}/points-study/sittings", headers=platform,
                             json=sitting("DEMO-220713-S1", 100, 20)), 422, "report_duplicate")
    future = sitting("P-10", -60, 20)
    assert_error(client.post(f"{API}/points-study/sittings", headers=platform, json=future), 422, "report_in_future")
    assert_error(client.post(f"{API}/points-study/sittings", headers=platform,
                             json=sitting("P-11", 100, 20) | {"id_number": "320113197509220714"}),
                 422, "id_number_checksum")
    assert count(services, StudySitting) == before
    assert count(services, StudyTest) == 1  # 曹勇's demo test only
    assert audits(services, "study_sitting_report") == 0
    check_a_holder_who_finished_may_be_reviewed(client)


def check_a_holder_who_finished_may_be_reviewed(client):  # noqa: ANN001
    clerk = login_headers(client, "clerk01")
    s = study(client, clerk, CAO_YONG)
    assert (s["licence_class"], s["points"], s["complete"], s["review_allowed"]) == ("A2", 3, True, True)
    assert s["missing"] == []
    assert client.post(f"{API}/licence-reviews", headers=clerk, json={"id_number": CAO_YONG}).status_code == 200
