"""The article's other services (DOMAIN.md §6, issue 15), worked out by hand from the article.

Inspection-exempt label: new non-commercial small cars, six years, after accidents and violations
are handled. Camera violations: simple procedure, no points, fine up to 200 yuan, 8 banks, no
large/medium buses, road-passenger or tourist coaches, hazardous goods. Points study: A/B holders
with 1–11 points, 2 hours in sittings of at least 10 minutes, a 50-question test with at least
5 seconds a question, photos matched.
"""
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from counter_app.domain import inspection_labels as labels
from counter_app.domain import points_study as study
from counter_app.domain import violations as vio
from counter_app.domain.refused import Refused

TODAY = date(2026, 12, 1)
CLEAN_CAR = labels.VehicleFacts(vehicle_type="小型轿车", use_nature="非营运", registered_on=date(2022, 3, 15),
                                insurance_valid_until=date(2027, 3, 14))


# --- inspection-exempt label ------------------------------------------------------------------
def test_a_clean_small_private_car_registered_in_2022_gets_its_2026_label():
    assert labels.refusals(CLEAN_CAR, 2026, TODAY) == []


@pytest.mark.parametrize(("registered", "allowed"), [
    (date(2021, 1, 1), True),  # 2026 is its fifth anniversary
    (date(2020, 12, 31), False),  # its sixth anniversary falls in 2026: inspection
    (date(2026, 6, 1), True),  # registered this year
])
def test_six_years_counted_from_the_registration_year(registered, allowed):
    codes = [c.code for c in labels.refusals(replace(CLEAN_CAR, registered_on=registered), 2026, TODAY)]
    assert (codes == []) is allowed
    if not allowed:
        assert codes == ["label_exempt_period_over"]


def test_every_failed_condition_is_named_with_its_records():
    car = labels.VehicleFacts(
        vehicle_type="大型普通客车", use_nature="公路客运", registered_on=date(2019, 5, 1),
        insurance_valid_until=date(2026, 11, 30),
        unhandled_violations=("2026-10-08 中山路 违反禁止标线指示",),
        unhandled_accidents=("2026-09-01 财产损失事故",),
        unpaid_fines=("320100202600000001 罚款200元",),
        label_years=frozenset({2026}),
    )
    found = {c.code: c for c in labels.refusals(car, 2026, TODAY)}
    assert set(found) == {"label_vehicle_type", "label_vehicle_use", "label_exempt_period_over",
                          "label_unhandled_violations", "label_unhandled_accidents", "label_insurance_expired",
                          "label_unpaid_fines", "label_already_issued"}
    assert found["label_unhandled_violations"].items == ("2026-10-08 中山路 违反禁止标线指示",)
    assert "1起交通违法未处理" in found["label_unhandled_violations"].message
    assert "2026-11-30" in found["label_insurance_expired"].message


def test_insurance_valid_through_today_is_enough_and_no_record_is_refused():
    assert labels.refusals(replace(CLEAN_CAR, insurance_valid_until=TODAY), 2026, TODAY) == []
    assert [c.code for c in labels.refusals(replace(CLEAN_CAR, insurance_valid_until=None), 2026, TODAY)] == [
        "label_no_insurance"]


def test_one_label_per_vehicle_per_year_is_a_setting():
    issued = replace(CLEAN_CAR, label_years=frozenset({2025}))
    assert labels.refusals(issued, 2026, TODAY) == []
    assert [c.code for c in labels.refusals(replace(CLEAN_CAR, label_years=frozenset({2026})), 2026, TODAY)] == [
        "label_already_issued"]
    assert labels.refusals(replace(CLEAN_CAR, label_years=frozenset({2026})), 2026, TODAY,
                           labels.LabelRules(labels_per_year=2)) == []


def test_exempt_years_is_a_setting():
    old = replace(CLEAN_CAR, registered_on=date(2016, 1, 1))
    assert labels.refusals(old, 2026, TODAY, labels.LabelRules(exempt_years=11)) == []


@pytest.mark.parametrize("serial", ["", "1234567", "ABC 12345", "标志12345678"])
def test_label_serial_is_checked(serial):
    with pytest.raises(Refused) as err:
        labels.check_serial(serial)
    assert err.value.code == "label_serial_invalid"


def test_label_serial_and_tracking_number_are_normalised():
    assert labels.check_serial(" js2026a0001234 ") == "JS2026A0001234"
    assert labels.check_tracking_number("ee123456789cn") == "EE123456789CN"
    with pytest.raises(Refused):
        labels.check_tracking_number("123")


# --- camera violations ------------------------------------------------------------------------
CAR_FINE = vio.ViolationFacts(simple_procedure=True, points=0, fine_yuan=200, vehicle_type="小型轿车",
                              use_nature="非营运")


def test_eight_banks_with_icbc_first():
    assert list(vio.BANKS.values()) == ["工商银行", "江苏银行", "中国银行", "光大银行", "华夏银行", "民生银行",
                                        "平安银行", "中信银行"]


def test_simple_procedure_no_points_fine_up_to_200_qualifies():
    assert vio.self_service_refusals(CAR_FINE) == []
    assert vio.self_service_refusals(replace(CAR_FINE, fine_yuan=100)) == []


@pytest.mark.parametrize(("change", "reason"), [
    ({"fine_yuan": 201}, "罚款201元，超过200元"),
    ({"points": 3}, "记3分（仅不记分的违法可自助处理）"),
    ({"simple_procedure": False}, "不适用简易程序"),
    ({"vehicle_type": "大型普通客车"}, "大型普通客车属大中型客车"),
    ({"vehicle_type": "中型普通客车"}, "中型普通客车属大中型客车"),
    ({"use_nature": "公路客运"}, "使用性质为公路客运的重点车辆"),
    ({"use_nature": "旅游客运"}, "使用性质为旅游客运的重点车辆"),
    ({"use_nature": "危化品运输"}, "使用性质为危化品运输的重点车辆"),
])
def test_each_exclusion_of_the_article_is_named(change, reason):
    assert vio.self_service_refusals(replace(CAR_FINE, **change)) == [reason]


def test_the_fine_limit_is_a_setting():
    assert vio.self_service_refusals(replace(CAR_FINE, fine_yuan=300), vio.ViolationRules(max_fine_yuan=300)) == []


def _pay(**overrides):
    args = {"status": vio.Status.HANDLED, "fine_yuan": 200, "bank": "JSB", "amount": Decimal("200.00"),
            "bank_reference": "JSB20261201-0001", "open_payment": False}
    args.update(overrides)
    return vio.check_payment(**args)


def test_a_payment_of_the_fine_through_one_of_the_banks_is_accepted():
    assert _pay() == "JSB20261201-0001"


@pytest.mark.parametrize(("overrides", "code"), [
    ({"bank": "CMB"}, "payment_bank_unknown"),  # 招商银行 is not one of the 8
    ({"amount": Decimal("150")}, "payment_amount_mismatch"),
    ({"amount": Decimal("200.01")}, "payment_amount_mismatch"),
    ({"open_payment": True}, "payment_duplicate"),
    ({"status": vio.Status.PAID}, "payment_duplicate"),
    ({"status": vio.Status.UNHANDLED}, "payment_not_handled"),
    ({"bank_reference": "12"}, "payment_reference_invalid"),
])
def test_payments_refused(overrides, code):
    with pytest.raises(Refused) as err:
        _pay(**overrides)
    assert err.value.code == code
    assert err.value.message


@pytest.mark.parametrize("value", ["abc", "0", "-200", "200.001", "NaN"])
def test_amount_parsing(value):
    with pytest.raises(Refused):
        vio.parse_amount(value)
    assert vio.parse_amount("200") == Decimal("200.00")


def test_handling_and_referral_split_the_violations():
    vio.check_handling(status=vio.Status.UNHANDLED, facts=CAR_FINE)
    bus = replace(CAR_FINE, vehicle_type="大型普通客车")
    with pytest.raises(Refused) as err:
        vio.check_handling(status=vio.Status.UNHANDLED, facts=bus)
    assert err.value.code == "violation_needs_brigade"
    assert vio.check_referral(status=vio.Status.UNHANDLED, facts=bus) == "须到交警大队处理：大型普通客车属大中型客车"
    with pytest.raises(Refused) as err:
        vio.check_referral(status=vio.Status.UNHANDLED, facts=CAR_FINE)
    assert err.value.code == "violation_self_service"
    with pytest.raises(Refused) as err:
        vio.check_handling(status=vio.Status.HANDLED, facts=CAR_FINE)
    assert err.value.code == "violation_already_handled"


# --- points study -----------------------------------------------------------------------------
T = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)


def sit(start_min: int, minutes: int, matched: bool = True) -> study.Sitting:
    start = T + timedelta(minutes=start_min)
    return study.Sitting(start, start + timedelta(minutes=minutes), minutes, matched)


def attempt(start_min: int, seconds=(6,) * 50, matched: bool = True, score: int = 90) -> study.TestAttempt:
    start = T + timedelta(minutes=start_min)
    return study.TestAttempt(start, start + timedelta(seconds=sum(seconds) + 60), tuple(seconds), score, matched)


def test_only_a_and_b_holders_with_1_to_11_points_must_study():
    assert study.study_status("C1", 6, [], []).required is False
    assert study.study_status("C1", 6, [], []).review_allowed is True
    assert study.study_status("B2", 0, [], []).required is False
    assert study.study_status("B2", 1, [], []).required is True
    assert study.study_status("A2D", 11, [], []).required is True
    full = study.study_status("B2", 12, [], [])
    assert (full.required, full.review_allowed) == (False, False)
    assert "满分学习" in full.missing[0]


def test_a_b_holder_with_one_and_a_half_hours_studied_misses_30_minutes_and_the_test():
    sittings = [sit(0, 40), sit(60, 30), sit(120, 20),
                sit(200, 8),  # under 10 minutes: not counted
                sit(300, 25, matched=False)]  # photo did not match: not counted
    status = study.study_status("B2", 6, sittings, [])
    assert status.counted_minutes == 90
    assert (status.complete, status.review_allowed) == (False, False)
    assert status.missing[0].startswith("视频学习还差30分钟")
    assert status.missing[1] == "尚未参加50题学习测试"


def test_120_minutes_then_a_valid_test_completes_the_study():
    sittings = [sit(0, 60), sit(100, 60)]  # the 120th minute is reached at minute 160
    done = attempt(170)
    status = study.study_status("B2", 6, sittings, [done])
    assert status.complete and status.review_allowed and status.missing == ()
    assert status.completed_at == done.finished_at


@pytest.mark.parametrize(("bad", "problem"), [
    (attempt(150), "测试须在视频学习满120分钟后参加"),  # before the second sitting ended
    (attempt(170, seconds=(6,) * 49), "只答了49题，须答完50题"),
    (attempt(170, seconds=(6,) * 48 + (4, 3)), "有2题答题时间少于5秒"),
    (attempt(170, matched=False), "测试时抓拍照片与驾驶人照片比对不符"),
])
def test_an_invalid_test_says_why(bad, problem):
    status = study.study_status("B2", 6, [sit(0, 60), sit(100, 60)], [bad])
    assert not status.complete
    assert status.missing == ("最近一次测试无效：" + problem,)


def test_a_low_score_counts_unless_the_office_sets_a_pass_mark():
    sittings, low = [sit(0, 120)], attempt(130, score=40)
    assert study.study_status("B2", 6, sittings, [low]).complete
    assert not study.study_status("B2", 6, sittings, [low], study.StudyRules(pass_score=60)).complete


def test_sitting_lengths_are_settings():
    assert study.sitting_problem(sit(0, 9)) == "本次学习9分钟，不足10分钟，不计入学时"
    assert study.sitting_problem(sit(0, 10)) is None
    assert study.sitting_problem(sit(0, 9), study.StudyRules(min_sitting_minutes=5)) is None


def test_impossible_reports_are_refused():
    with pytest.raises(Refused):
        study.check_sitting(study.Sitting(T, T + timedelta(minutes=20), 30, True))
    with pytest.raises(Refused):
        study.check_sitting(study.Sitting(T, T, 0, True))
    with pytest.raises(Refused):
        study.check_attempt(attempt(0, seconds=(6,) * 51))
    with pytest.raises(Refused):
        study.check_attempt(attempt(0, score=101))
