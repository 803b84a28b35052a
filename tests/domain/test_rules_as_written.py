"""Issue 10: the rules exactly as written (DOMAIN.md §1–§3), values worked out from the text.

Check digits are computed here from the standards' own definitions (GB 11643: weights
2^(17-i) mod 11, check "10X98765432"[sum mod 11]; GB 32100: weights 3^i mod 31 over the
31-character alphabet, check 31 - sum mod 31), not with the code under test.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from counter_app.domain import exams as ex
from counter_app.domain import plates as pl
from counter_app.domain import registration as reg
from counter_app.domain.business_names import field_label
from counter_app.domain.identity import (
    FieldError,
    IdDocument,
    validate_id_number,
    validate_identity,
    validate_uscc,
)
from counter_app.domain.timefmt import SHANGHAI

TODAY = date(2026, 11, 30)


def gb11643(first17: str) -> str:
    weights = [pow(2, 17 - i, 11) for i in range(17)]
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights)) % 11]


GB32100 = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def gb32100(first17: str) -> str:
    weights = [pow(3, i, 31) for i in range(17)]
    return GB32100[(31 - sum(GB32100.index(c) * w for c, w in zip(first17, weights)) % 31) % 31]


def test_the_hand_check_digits_match_published_examples():
    # GB 11643's own example number, and python-stdnum's USCC doctest value.
    assert gb11643("11010519491231002") == "X"
    assert gb32100("91110000600037341") == "L"


# --- item 2: documents real people carry -----------------------------------------------------
@pytest.mark.parametrize(("first17", "document"), [
    ("32010219900101123", IdDocument.RESIDENT_ID),
    ("81000019900101123", IdDocument.HK_MACAU_PERMIT),  # 香港居民居住证
    ("82000019850615004", IdDocument.HK_MACAU_PERMIT),  # 澳门居民居住证
    ("83000019751231015", IdDocument.TAIWAN_PERMIT),  # 台湾居民居住证
    ("93284019850615001", IdDocument.FOREIGN_PERMANENT),  # 2023 card: 9, 江苏 32, USA 840
    ("91182620000229009", IdDocument.FOREIGN_PERMANENT),  # 北京 11, UK 826, born on 29 Feb
])
def test_every_document_with_a_gb11643_number_is_accepted_and_named(first17, document):
    number = first17 + gb11643(first17)
    identity = validate_identity(number, TODAY)
    assert (identity.number, identity.document) == (number, document)
    assert validate_id_number(number.lower(), TODAY) == number


@pytest.mark.parametrize(("first17", "code"), [
    ("84000019900101123", "id_number_region"),  # no region 84
    ("81010119900101123", "id_number_region"),  # permits use exactly 810000, not a county
    ("99984019850615001", "id_number_region"),  # foreigner card: province 99 does not exist
    ("93284019851315001", "id_number_birth_date"),  # month 13
    ("93284020270101001", "id_number_birth_date"),  # born after today
])
def test_malformed_documents_are_still_refused(first17, code):
    with pytest.raises(FieldError) as caught:
        validate_identity(first17 + gb11643(first17), TODAY)
    assert caught.value.code == code


def test_a_wrong_check_digit_names_the_document():
    first17 = "83000019751231015"
    wrong = "0" if gb11643(first17) != "0" else "1"
    with pytest.raises(FieldError) as caught:
        validate_identity(first17 + wrong, TODAY)
    assert (caught.value.code, caught.value.message) == ("id_number_checksum", "台湾居民居住证号码校验位错误")


@pytest.mark.parametrize("first17", [
    "N2320115MA1W8XK0A",  # 农业: 村级集体经济组织, 南京江宁
    "Y1320100MA1Q3RT2B",  # 其他
    "A1110000MB0123456",  # 中央军委改革和编制办公室
    "51320000509876543",  # 民政: 社会团体
    "91320102MA1MUNPQ2",  # 市场监管: 企业
])
def test_uscc_of_every_registration_authority_is_accepted(first17):
    code = first17 + gb32100(first17)
    assert validate_uscc(code.lower()) == code


@pytest.mark.parametrize(("code", "kind", "message_part"), [
    ("B1320100MA1Q3RT2B", "uscc_authority", "第1位（登记管理部门代码）应为1–9、A、N或Y"),
    ("0132010050987654Y", "uscc_authority", "现为「0」"),
    ("91AB0102MA1MUNPQ2", "uscc_region", "第3–8位"),
])
def test_uscc_refusals_say_which_part_is_wrong(code, kind, message_part):
    first17 = code[:17]
    with pytest.raises(FieldError) as caught:
        validate_uscc(first17 + gb32100(first17))
    assert caught.value.code == kind
    assert message_part in caught.value.message


def test_uscc_letters_message_only_when_such_a_letter_is_there():
    with pytest.raises(FieldError) as caught:
        validate_uscc("91320102MA1MUNPO2X")
    assert caught.value.code == "uscc_letters" and "「O」" in caught.value.message
    with pytest.raises(FieldError) as caught:
        validate_uscc("91320102MA1MUN#Q2X")
    assert caught.value.code == "uscc_format" and "I、O" not in caught.value.message
    first17 = "91320102MA1MUNPQ2"
    wrong = GB32100[(GB32100.index(gb32100(first17)) + 1) % 31]
    with pytest.raises(FieldError) as caught:
        validate_uscc(first17 + wrong)
    assert caught.value.code == "uscc_checksum"


# --- item 3: a no-show is a fail ---------------------------------------------------------------
def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SHANGHAI)


def test_a_no_show_is_due_from_midnight_after_the_exam_day():
    exam = date(2026, 12, 10)
    assert not ex.is_no_show("allocated", None, exam, at(2026, 12, 10, 23, 59))
    assert ex.is_no_show("allocated", None, exam, at(2026, 12, 11, 0, 0))
    # 2026-12-10 16:00 UTC is 2026-12-11 00:00 in Nanjing.
    assert ex.is_no_show("allocated", None, exam, datetime(2026, 12, 10, 16, 0, tzinfo=timezone.utc))
    assert not ex.is_no_show("allocated", "pass", exam, at(2026, 12, 12))
    assert not ex.is_no_show("not_allocated", None, exam, at(2026, 12, 12))
    assert ex.FAILING_RESULTS == {"fail", "absent"}


def test_an_absent_booking_needs_the_fee_and_waits_like_a_fail():
    rules = ex.ExamRules()
    rec = ex.SubjectRecord(last_exam_at=at(2026, 12, 10, 9), last_result="absent", bookings_used=1, fee_owed=True)
    facts = ex.CandidateFacts(
        purpose=ex.Purpose.LEARNER, licence_class="C1", application_accepted_at=at(2026, 1, 5),
        permit_issued_on=date(2026, 3, 1), permit_valid_until=date(2029, 2, 28),
        subjects={ex.Subject.K1: ex.SubjectRecord(passed=True), ex.Subject.K2: rec},
    )
    k2 = next(e for e in ex.eligibility(facts, date(2026, 12, 15), rules) if e.subject is ex.Subject.K2)
    assert not k2.bookable
    assert any("补考费" in r for r in k2.reasons)
    assert any("满10日" in r and "2026-12-20" in r for r in k2.reasons)


# --- item 4: the same-day 科目四 falls with its 科目三 ---------------------------------------------
@pytest.mark.parametrize("outcome", ["cancelled", "not_allocated", "fail", "absent"])
def test_k4_of_the_same_day_falls_when_k3_falls(outcome):
    day = date(2026, 12, 20)
    assert ex.k4_falls_with_k3(k3_outcome=outcome, k3_exam_date=day, k3_passed=False, k4_exam_date=day, k4_open=True)


def test_k4_stands_when_it_does_not_rely_on_that_k3():
    day = date(2026, 12, 20)
    kw = dict(k3_exam_date=day, k3_passed=False, k4_exam_date=day, k4_open=True)
    assert not ex.k4_falls_with_k3(k3_outcome="pass", **kw)
    assert not ex.k4_falls_with_k3(**{**kw, "k3_outcome": "cancelled", "k4_exam_date": day + timedelta(days=1)})
    assert not ex.k4_falls_with_k3(**{**kw, "k3_outcome": "cancelled", "k3_passed": True})
    assert not ex.k4_falls_with_k3(**{**kw, "k3_outcome": "cancelled", "k4_open": False})


# --- item 5: lapsed at the deadline ------------------------------------------------------------
def test_a_reservation_lapses_at_midnight_after_the_deadline_whoever_asks():
    deadline = date(2026, 11, 30)
    assert pl.lapsed_at(deadline) == at(2026, 12, 1)
    assert not pl.reservation_lapsed("reserved", deadline, at(2026, 11, 30, 23, 59))
    assert pl.reservation_lapsed("reserved", deadline, at(2026, 12, 1, 0, 0))
    assert not pl.reservation_lapsed("confirmed", deadline, at(2026, 12, 5))


def test_the_person_is_barred_from_the_lapse_before_any_job_ran():
    deadline = date(2026, 11, 30)
    # Barred from 2026-12-01 for 2 years: through 2028-11-30.
    assert pl.barred_through(at(2026, 11, 30, 23, 59), [], [deadline], 2) is None
    assert pl.barred_through(at(2026, 12, 1, 0, 0), [], [deadline], 2) == date(2028, 11, 30)
    assert pl.barred_through(at(2028, 12, 1), [], [deadline], 2) is None
    assert pl.barred_through(at(2027, 1, 1), [date(2027, 6, 1)], [], 2) == date(2027, 6, 1)


# --- item 6: counter-only subjects --------------------------------------------------------------
@pytest.mark.parametrize("subject", [ex.Subject.RESTORE, ex.Subject.FULL_SCORE])
def test_restore_and_full_score_are_booked_at_a_window_only(subject):
    assert ex.channel_refusal(subject, "window") is None
    for channel in ("phone", "internet"):
        refusal = ex.channel_refusal(subject, channel)
        assert refusal is not None and refusal.code == "channel_not_allowed"
        assert "窗口" in refusal.message and ex.SUBJECT_NAMES[subject] in refusal.message
    assert "电话" in ex.channel_refusal(subject, "phone").message


def test_other_subjects_are_bookable_on_every_channel():
    for channel in ("phone", "internet", "window"):
        assert ex.channel_refusal(ex.Subject.K1, channel) is None


# --- item 7: user types against the records -----------------------------------------------------
T = reg.UserType


@pytest.mark.parametrize(("user_type", "has_licence", "vehicles", "code"), [
    (T.LEARNER, False, 0, None), (T.LEARNER, False, 2, None), (T.LEARNER, True, 0, "learner_has_licence"),
    (T.NEW_CAR_OWNER, False, 0, None), (T.NEW_CAR_OWNER, True, 0, "new_car_owner_has_records"),
    (T.NEW_CAR_OWNER, False, 1, "new_car_owner_has_records"),
    (T.VEHICLE_OWNER, False, 1, None), (T.VEHICLE_OWNER, True, 0, "no_vehicle_on_record"),
    (T.DRIVER, True, 0, None), (T.DRIVER, False, 3, "licence_not_found"),
])
def test_the_four_user_types(user_type, has_licence, vehicles, code):
    refusal = reg.user_type_refusal(user_type, has_licence=has_licence, owned_vehicles=vehicles,
                                    name="张三", names_on_record={"张三"} if has_licence or vehicles else set())
    assert (refusal.code if refusal else None) == code


def test_the_name_must_equal_the_records():
    refusal = reg.user_type_refusal(T.DRIVER, has_licence=True, owned_vehicles=0, name="张三",
                                    names_on_record={"张叁"})
    assert refusal is not None and refusal.code == "name_mismatch"


def test_vehicle_owner_mobile_agrees_with_every_own_vehicle_even_unticked():
    licence = reg.RecordMobile("licence", "C1", "13800000001")
    car_a = reg.RecordMobile("vehicle", "苏A12345", "13800000001")
    car_b = reg.RecordMobile("vehicle", "苏A67890", "13900000002")
    owner = reg.records_to_agree(T.VEHICLE_OWNER, licence=licence, owned=[car_a, car_b], bound_own=[])
    assert owner == [licence, car_a, car_b]
    assert [m.ref for m in reg.mobile_mismatches("13800000001", owner)] == ["苏A67890"]
    driver = reg.records_to_agree(T.DRIVER, licence=licence, owned=[car_a, car_b], bound_own=[car_a])
    assert driver == [licence, car_a]


# --- item 8: vehicles of other owners -----------------------------------------------------------
def test_only_others_vehicles_count_toward_the_limit():
    assert not reg.counts_toward_limit("320102199001011234", "320102199001011234")
    assert reg.counts_toward_limit("320102196501011234", "320102199001011234")
    assert reg.BindingLimits().users_per_vehicle == 3


def test_consent_of_the_owner():
    kw = dict(owner_id_number="A", owner_on_record="A", plate="苏A12345")
    assert reg.consent_refusal(way="owner_present", reference=None, **kw) is None
    assert reg.consent_refusal(way="signed_authorisation", reference="SQ-2026-001", **kw) is None
    assert reg.consent_refusal(way="signed_authorisation", reference=" ", **kw).code == "consent_reference_missing"
    assert reg.consent_refusal(way=None, reference=None, **kw).code == "consent_missing"
    assert reg.consent_refusal(way="owner_present", reference=None, **{**kw, "owner_id_number": "B"}).code \
        == "owner_mismatch"


# --- item 10: fields named in Chinese ----------------------------------------------------------
def test_fields_are_named_in_chinese():
    assert field_label("invoice_photo") == "发票照片"
    assert field_label("vins.1") == "车辆识别代号第2项"
