"""Exam rules (DOMAIN.md §3), worked out by hand from the rules, not from the code.

Days are in Nanjing. The 2026 calendar is the State Council's: Saturday 2026-12-05 and Sunday
12-06 are ordinary weekend days; there is no holiday in December 2026 before New Year.
"""
from datetime import date, datetime, time, timedelta

import pytest

from central_api.calendar.service import library_schedule
from counter_app.domain.exams import (
    CandidateFacts,
    ExamRules,
    Purpose,
    RankRequest,
    Subject,
    SubjectRecord,
    allocate,
    booking_deadline,
    booking_open,
    cancellation_refusal,
    eligibility,
    k2_wait_days,
    k3_wait_days,
    permit_valid_until,
    phone_desk_refusal,
    ranking_basis,
    seat_refillable,
    session_refusals,
)
from counter_app.domain.timefmt import SHANGHAI
from counter_app.domain.workdays import WorkCalendar

RULES = ExamRules()
K = Subject


def at(y: int, m: int, d: int, hh: int = 9, mm: int = 0, ss: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, ss, tzinfo=SHANGHAI)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    years, holidays, workdays = library_schedule()
    return WorkCalendar.from_days(years, holidays, workdays)


def learner(**kw) -> CandidateFacts:  # noqa: ANN003
    base = dict(purpose=Purpose.LEARNER, licence_class="C1", application_accepted_at=at(2026, 9, 1))
    base.update(kw)
    return CandidateFacts(**base)


def verdict(facts: CandidateFacts, subject: Subject, today: date):  # noqa: ANN201
    return next(e for e in eligibility(facts, today, RULES) if e.subject is subject)


# --- eligibility ------------------------------------------------------------------------------
def test_a_new_learner_may_book_only_subject_one():
    facts = learner()
    v = {e.subject: e for e in eligibility(facts, date(2026, 11, 25), RULES)}
    assert v[K.K1].bookable and v[K.K1].reasons == ()
    assert not v[K.K2].bookable and "须先通过科目一，方可预约科目二" in v[K.K2].reasons
    assert "尚未取得学习驾驶证明，不能预约科目二" in v[K.K2].reasons
    assert not v[K.K4].bookable
    # The special exams are not this candidate's business, and say so.
    assert not v[K.RESTORE].applicable and not v[K.FULL_SCORE].applicable


@pytest.mark.parametrize(("licence_class", "added", "k2_days", "k3_days"), [
    ("C1", False, 10, 30),  # small class; 科目三 30 days for C1
    ("C2", False, 10, 20),
    ("C5", False, 10, 20),
    ("C3", False, 10, 20),  # 低速载货汽车
    ("C4", False, 10, 20),  # 三轮汽车
    ("C6", False, 20, 20),  # 科目二 20 days for C6 (§43); 科目三 not listed, our default 20
    ("B2", False, 20, 40),  # large class
    ("A1", False, 20, 40),
    ("B2", True, 20, 30),  # adding a large class to a car licence: 科目三 30 days
])
def test_waiting_days_after_the_permit_by_class(licence_class, added, k2_days, k3_days):
    assert k2_wait_days(licence_class, RULES) == k2_days
    assert k3_wait_days(licence_class, added, RULES) == k3_days


def test_subject_two_opens_on_the_tenth_day_after_the_permit():
    # Permit 2026-11-15, C1: 科目二 from 11-15 + 10 = 11-25; 科目三 from 11-15 + 30 = 12-15.
    facts = learner(permit_issued_on=date(2026, 11, 15), permit_valid_until=date(2029, 11, 14),
                    subjects={K.K1: SubjectRecord(passed=True, last_exam_at=at(2026, 11, 15))})
    assert not verdict(facts, K.K2, date(2026, 11, 24)).bookable
    assert verdict(facts, K.K2, date(2026, 11, 24)).earliest == date(2026, 11, 25)
    assert verdict(facts, K.K2, date(2026, 11, 25)).bookable
    k3 = verdict(facts, K.K3, date(2026, 11, 25))
    assert k3.reasons == ("取得学习驾驶证明满30日后方可预约科目三道路驾驶（最早 2026-12-15）",)
    assert k3.earliest == date(2026, 12, 15)
    assert verdict(facts, K.K3, date(2026, 12, 15)).bookable


def test_a_large_class_added_to_a_car_licence_waits_30_days_for_subject_three():
    facts = learner(licence_class="B2", adds_to_car_licence=True, permit_issued_on=date(2026, 10, 26),
                    permit_valid_until=date(2029, 10, 25),
                    subjects={K.K1: SubjectRecord(passed=True, last_exam_at=at(2026, 10, 26))})
    # 10-26 + 30 = 11-25: bookable that day; a first B2 licence would wait until 12-05 (40 days).
    assert verdict(facts, K.K3, date(2026, 11, 25)).bookable
    first_licence = learner(licence_class="B2", permit_issued_on=date(2026, 10, 26),
                            permit_valid_until=date(2029, 10, 25),
                            subjects={K.K1: SubjectRecord(passed=True, last_exam_at=at(2026, 10, 26))})
    assert verdict(first_licence, K.K3, date(2026, 11, 25)).earliest == date(2026, 12, 5)


def test_failed_subject_two_waits_ten_days_and_the_fee_blocks():
    failed = SubjectRecord(last_exam_at=at(2026, 11, 20, 8, 30), last_result="fail", bookings_used=1, fee_owed=True)
    facts = learner(permit_issued_on=date(2026, 9, 1), permit_valid_until=date(2029, 8, 31),
                    subjects={K.K1: SubjectRecord(passed=True, last_exam_at=at(2026, 9, 1)), K.K2: failed})
    v = verdict(facts, K.K2, date(2026, 11, 25))
    # 11-20 + 10 = 11-30, and the fee is owed: two reasons, no single earliest day.
    assert v.reasons == ("科目二上次考试不合格，须满10日后方可再次预约（最早 2026-11-30）",
                         "科目二上次考试不合格或缺考，须先缴纳补考费")
    assert v.earliest is None
    paid = learner(permit_issued_on=date(2026, 9, 1), permit_valid_until=date(2029, 8, 31),
                   subjects={K.K1: SubjectRecord(passed=True), K.K2: SubjectRecord(
                       last_exam_at=at(2026, 11, 20, 8, 30), last_result="fail", bookings_used=1)})
    assert not verdict(paid, K.K2, date(2026, 11, 29)).bookable
    assert verdict(paid, K.K2, date(2026, 11, 30)).bookable


def test_failed_subject_one_may_book_again_at_once():
    facts = learner(subjects={K.K1: SubjectRecord(last_exam_at=at(2026, 11, 24), last_result="fail",
                                                   bookings_used=1)})
    assert verdict(facts, K.K1, date(2026, 11, 24)).bookable


def test_full_score_study_waits_ten_days_after_a_fail():
    facts = CandidateFacts(purpose=Purpose.FULL_SCORE, licence_class="C1", application_accepted_at=at(2026, 10, 1),
                           subjects={K.FULL_SCORE: SubjectRecord(last_exam_at=at(2026, 11, 20), last_result="fail")})
    assert verdict(facts, K.FULL_SCORE, date(2026, 11, 29)).earliest == date(2026, 11, 30)
    assert verdict(facts, K.FULL_SCORE, date(2026, 11, 30)).bookable
    assert not verdict(facts, K.K1, date(2026, 11, 30)).applicable


def test_five_bookings_of_subject_two_within_the_permit():
    base = dict(permit_issued_on=date(2026, 1, 5), permit_valid_until=date(2029, 1, 4))
    four = learner(**base, subjects={K.K1: SubjectRecord(passed=True), K.K2: SubjectRecord(
        last_exam_at=at(2026, 11, 1), last_result="fail", bookings_used=4)})
    assert verdict(four, K.K2, date(2026, 11, 25)).bookable  # the 5th booking
    five = learner(**base, subjects={K.K1: SubjectRecord(passed=True), K.K2: SubjectRecord(
        last_exam_at=at(2026, 11, 1), last_result="fail", bookings_used=5)})
    assert verdict(five, K.K2, date(2026, 11, 25)).reasons == ("科目二在学习驾驶证明有效期内已预约5次，不能再预约",)
    # 科目一 has no cap.
    k1 = learner(subjects={K.K1: SubjectRecord(last_exam_at=at(2026, 11, 1), last_result="fail", bookings_used=9)})
    assert verdict(k1, K.K1, date(2026, 11, 25)).bookable


def test_voided_results_block_everything():
    facts = learner(results_voided=True, subjects={K.K1: SubjectRecord(passed=False)})
    assert all(not e.bookable for e in eligibility(facts, date(2026, 11, 25), RULES))


def test_expired_permit_and_session_beyond_it():
    facts = learner(permit_issued_on=date(2023, 11, 1), permit_valid_until=date(2026, 10, 31),
                    subjects={K.K1: SubjectRecord(passed=True)})
    assert "学习驾驶证明已于 2026-10-31 过期" in verdict(facts, K.K2, date(2026, 11, 25)).reasons
    valid = learner(permit_issued_on=date(2023, 12, 10), permit_valid_until=date(2026, 12, 9),
                    subjects={K.K1: SubjectRecord(passed=True)})
    assert verdict(valid, K.K2, date(2026, 11, 25)).bookable
    assert session_refusals(valid, K.K2, date(2026, 12, 9), "C1") == []
    assert session_refusals(valid, K.K2, date(2026, 12, 10), "C1") == ["考试日期晚于学习驾驶证明有效期（至 2026-12-09）"]
    assert session_refusals(valid, K.K2, date(2026, 12, 9), "C2") == ["该场次考试车型为C2，考生申请的准驾车型为C1"]


def test_one_open_booking_per_subject_and_subject_four_on_the_day_of_subject_three():
    facts = learner(permit_issued_on=date(2026, 1, 5), permit_valid_until=date(2029, 1, 4),
                    subjects={K.K1: SubjectRecord(passed=True), K.K2: SubjectRecord(passed=True),
                              K.K3: SubjectRecord(open_exam_date=date(2026, 12, 9), bookings_used=1)})
    assert verdict(facts, K.K3, date(2026, 11, 25)).reasons == ("已有未考的科目三道路驾驶预约（考试日期 2026-12-09）",)
    # 科目四 may be taken the same day as 科目三 (§39), not on another day before 科目三 is passed.
    assert verdict(facts, K.K4, date(2026, 11, 25)).bookable
    assert session_refusals(facts, K.K4, date(2026, 12, 9), "C1") == []
    assert session_refusals(facts, K.K4, date(2026, 12, 10), "C1") != []


def test_permit_validity_three_years_capped_by_the_age_limit():
    # Issued 2026-11-01: valid to 2029-10-31.
    assert permit_valid_until(date(2026, 11, 1), date(2000, 1, 1), "C1", RULES) == date(2029, 10, 31)
    # A B2 learner born 1966-03-10 may hold the permit up to age 60 inclusive: until 2027-03-09.
    assert permit_valid_until(date(2026, 11, 1), date(1966, 3, 10), "B2", RULES) == date(2027, 3, 9)


# --- the booking deadline ------------------------------------------------------------------------
def test_booking_closes_at_midnight_five_days_before_the_exam():
    # Exam Monday 2026-12-07: booking closes at 2026-12-02 00:00 in Nanjing (= 12-01 16:00 UTC).
    assert booking_deadline(date(2026, 12, 7), RULES) == at(2026, 12, 2, 0, 0)
    assert booking_open(at(2026, 12, 1, 23, 59, 59), date(2026, 12, 7), RULES)
    assert not booking_open(at(2026, 12, 2, 0, 0, 0), date(2026, 12, 7), RULES)
    # The same instant written in UTC: 16:00 on 12-01 is already closed, 15:59:59 is not.
    from datetime import timezone
    assert not booking_open(datetime(2026, 12, 1, 16, 0, tzinfo=timezone.utc), date(2026, 12, 7), RULES)
    assert booking_open(datetime(2026, 12, 1, 15, 59, 59, tzinfo=timezone.utc), date(2026, 12, 7), RULES)


# --- cancellation -----------------------------------------------------------------------------------
def _cancel(now: datetime, cal: WorkCalendar, *, channel="window", late=True, id_checked=True,
            exam=date(2026, 12, 7)):  # noqa: ANN001, ANN202
    refusal = cancellation_refusal(now, exam, channel=channel, can_late_cancel=late, id_checked=id_checked,
                                   calendar=cal, rules=RULES)
    return None if refusal is None else refusal.code


def test_before_the_deadline_any_channel_cancels(cal):
    for channel in ("window", "phone", "internet"):
        assert _cancel(at(2026, 12, 1, 23, 59), cal, channel=channel, late=False, id_checked=False) is None


def test_after_the_deadline_only_in_person_with_id_until_the_previous_working_day(cal):
    # Exam Monday 12-07; the previous working day is Friday 12-04.
    friday = at(2026, 12, 4, 16, 30)
    assert _cancel(friday, cal) is None
    assert _cancel(friday, cal, channel="phone") == "late_cancel_in_person"
    assert _cancel(friday, cal, channel="internet") == "late_cancel_in_person"
    assert _cancel(friday, cal, late=False) == "station_cannot_late_cancel"
    assert _cancel(friday, cal, id_checked=False) == "id_not_checked"
    # Saturday 12-05 is after the last working day before a Monday exam: refused.
    assert _cancel(at(2026, 12, 5, 10, 0), cal) == "cancel_too_late"
    assert _cancel(at(2026, 12, 7, 7, 0), cal) == "cancel_on_exam_day"
    assert _cancel(at(2026, 12, 8, 9, 0), cal) == "exam_over"


def test_a_tuesday_exam_may_be_cancelled_on_monday(cal):
    assert _cancel(at(2026, 12, 7, 16, 0), cal, exam=date(2026, 12, 8)) is None
    assert _cancel(at(2026, 12, 8, 7, 0), cal, exam=date(2026, 12, 8)) == "cancel_on_exam_day"


def test_the_day_after_national_day_week(cal):
    # Exam Thursday 2026-10-08: the previous working day is 09-30 (10-01..10-07 are the holiday).
    assert _cancel(at(2026, 9, 30, 16, 0), cal, exam=date(2026, 10, 8)) is None
    assert _cancel(at(2026, 10, 7, 10, 0), cal, exam=date(2026, 10, 8)) == "cancel_too_late"


def test_freed_seats_are_handed_on_until_two_days_before():
    assert seat_refillable(at(2026, 12, 5, 23, 59), date(2026, 12, 7), RULES)
    assert not seat_refillable(at(2026, 12, 6, 0, 0), date(2026, 12, 7), RULES)


def test_phone_desk_hours(cal):
    assert phone_desk_refusal(at(2026, 11, 25, 9, 0), cal, RULES) is None
    assert phone_desk_refusal(at(2026, 11, 25, 16, 59, 59), cal, RULES) is None
    assert phone_desk_refusal(at(2026, 11, 25, 17, 0), cal, RULES).code == "phone_desk_closed"
    assert phone_desk_refusal(at(2026, 11, 25, 8, 59), cal, RULES).code == "phone_desk_closed"
    assert phone_desk_refusal(at(2026, 11, 28, 10, 0), cal, RULES).code == "phone_desk_closed"  # Saturday
    assert phone_desk_refusal(at(2026, 10, 10, 10, 0), cal, RULES) is None  # Saturday make-up working day
    assert phone_desk_refusal(at(2026, 10, 2, 10, 0), cal, RULES).code == "phone_desk_closed"  # National Day


# --- ranking -----------------------------------------------------------------------------------
ACCEPTED = at(2026, 9, 1, 10, 0)


def test_rule_one_first_subject_one_by_acceptance_time():
    basis = ranking_basis(learner(application_accepted_at=ACCEPTED), K.K1)
    assert (basis.time, basis.rule) == (ACCEPTED, 1)


def test_rule_two_repeat_subject_one_and_other_subjects_by_the_previous_exam():
    k1_exam = at(2026, 10, 20, 8, 30)
    repeat = learner(application_accepted_at=ACCEPTED,
                     subjects={K.K1: SubjectRecord(last_exam_at=k1_exam, last_result="fail")})
    assert (ranking_basis(repeat, K.K1).time, ranking_basis(repeat, K.K1).rule) == (k1_exam, 2)
    # 科目二 after passing 科目一: by the 科目一 exam; 科目三 after a later 科目二: by the 科目二 exam.
    k2_exam = at(2026, 11, 10, 13, 30)
    passed = learner(subjects={K.K1: SubjectRecord(passed=True, last_exam_at=k1_exam),
                               K.K2: SubjectRecord(passed=True, last_exam_at=k2_exam)})
    assert ranking_basis(passed, K.K3).time == k2_exam and ranking_basis(passed, K.K3).rule == 2


def test_rule_three_self_cancel_of_a_first_subject_one():
    cancelled = at(2026, 11, 2, 15, 0)
    facts = learner(application_accepted_at=ACCEPTED,
                    subjects={K.K1: SubjectRecord(last_self_cancel_at=cancelled)})
    assert (ranking_basis(facts, K.K1).time, ranking_basis(facts, K.K1).rule) == (cancelled, 3)


def test_rule_four_the_later_of_previous_exam_and_self_cancel():
    k1_exam = at(2026, 10, 20, 8, 30)
    cancel_after = at(2026, 11, 3, 11, 0)
    facts = learner(subjects={K.K1: SubjectRecord(passed=True, last_exam_at=k1_exam),
                              K.K2: SubjectRecord(last_self_cancel_at=cancel_after)})
    assert (ranking_basis(facts, K.K2).time, ranking_basis(facts, K.K2).rule) == (cancel_after, 4)
    cancel_before = at(2026, 10, 1, 11, 0)
    earlier = learner(subjects={K.K1: SubjectRecord(passed=True, last_exam_at=k1_exam),
                                K.K2: SubjectRecord(last_self_cancel_at=cancel_before)})
    assert (ranking_basis(earlier, K.K2).time, ranking_basis(earlier, K.K2).rule) == (k1_exam, 4)


def test_a_self_cancel_of_another_subject_does_not_count():
    k1_exam = at(2026, 10, 20, 8, 30)
    facts = learner(subjects={K.K1: SubjectRecord(passed=True, last_exam_at=k1_exam),
                              K.K3: SubjectRecord(last_self_cancel_at=at(2026, 11, 3))})
    assert ranking_basis(facts, K.K2).rule == 2


def test_tie_break_by_request_time_then_booking_id():
    same = at(2026, 10, 1)
    requests = [
        RankRequest(booking_id=7, requested_at=at(2026, 11, 25, 9, 5), ranking_time=same),
        RankRequest(booking_id=3, requested_at=at(2026, 11, 25, 9, 5), ranking_time=same),
        RankRequest(booking_id=1, requested_at=at(2026, 11, 25, 9, 9), ranking_time=same),
        RankRequest(booking_id=9, requested_at=at(2026, 11, 25, 10, 0), ranking_time=same - timedelta(seconds=1)),
    ]
    # 9 has the earliest ranking time; 3 and 7 requested at the same moment before 1: ids decide.
    placements = allocate(requests, capacity=2)
    assert [(p.booking_id, p.rank, p.allocated) for p in placements] == [
        (9, 1, True), (3, 2, True), (7, 3, False), (1, 4, False)]


def test_the_booking_deadline_is_a_setting():
    rules = ExamRules(booking_deadline_days=3)
    assert booking_deadline(date(2026, 12, 7), rules) == datetime.combine(date(2026, 12, 4), time(0), SHANGHAI)
