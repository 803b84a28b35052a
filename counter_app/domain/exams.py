"""Exam booking rules (DOMAIN.md §3): subjects, eligibility, deadlines, cancellation, ranking.

Pure: no Qt, no HTTP, no SQL. Every number is a field of `ExamRules`, which the central
API's settings hold and pass in; the messages are Chinese because a clerk or a phone
operator reads them aloud.

Decisions where the rules are silent (also in docs/DECISIONS.md):
- "满N日后可预约" (§43/§44/§47): booking is possible from day `start + N` (a permit issued on
  11-01 allows 科目二 from 11-11); waits are measured to the day of booking in Nanjing.
- Booking deadline: booking for an exam on day D closes at 00:00 Asia/Shanghai on day D-5
  (exactly 5×24 hours before the exam day begins); the last day to book is D-6.
- Late cancellation: after the deadline, only at a window of a station that may cancel late,
  with the ID checked, until the end of the last working day before D; never on day D.
- Ranking: see `ranking_basis`. A first 恢复驾驶资格/满分学习 booking ranks like a first 科目一
  booking (they are 科目一-type knowledge tests). Rule 3 counts a self-reason cancellation of
  a booking of the same subject that had been allocated a seat (预约成功).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from types import MappingProxyType

from counter_app.domain.reasons import Reason
from counter_app.domain.timefmt import SHANGHAI, format_local, local
from counter_app.domain.workdays import WorkCalendar


class Subject(StrEnum):
    K1 = "k1"
    K2 = "k2"
    K3 = "k3"
    K4 = "k4"
    RESTORE = "restore"
    FULL_SCORE = "full_score"


SUBJECT_NAMES: Mapping[Subject, str] = MappingProxyType({
    Subject.K1: "科目一",
    Subject.K2: "科目二",
    Subject.K3: "科目三道路驾驶",
    Subject.K4: "安全文明驾驶常识（科目四）",
    Subject.RESTORE: "恢复驾驶资格考试",
    Subject.FULL_SCORE: "满分学习考试",
})

#: Booked only at a counter (seed): refused from the internet channel.
COUNTER_ONLY: frozenset[Subject] = frozenset({Subject.RESTORE, Subject.FULL_SCORE})
#: Knowledge tests whose first booking ranks by the application's acceptance time (rule 1).
KNOWLEDGE_FIRST: frozenset[Subject] = frozenset({Subject.K1, Subject.RESTORE, Subject.FULL_SCORE})


class Purpose(StrEnum):
    """Why a candidate sits exams: a learner (初次申领 or 增驾), a restoration, a full-score study."""

    LEARNER = "learner"
    RESTORE = "restore"
    FULL_SCORE = "full_score"


PURPOSE_SUBJECTS: Mapping[Purpose, tuple[Subject, ...]] = MappingProxyType({
    Purpose.LEARNER: (Subject.K1, Subject.K2, Subject.K3, Subject.K4),
    Purpose.RESTORE: (Subject.RESTORE,),
    Purpose.FULL_SCORE: (Subject.FULL_SCORE,),
})

PURPOSE_NAMES: Mapping[Purpose, str] = MappingProxyType({
    Purpose.LEARNER: "机动车驾驶证申领",
    Purpose.RESTORE: "恢复驾驶资格",
    Purpose.FULL_SCORE: "满分学习",
})

LICENCE_CLASSES: Mapping[str, str] = MappingProxyType({
    "A1": "大型客车", "A2": "重型牵引挂车", "A3": "城市公交车", "B1": "中型客车", "B2": "大型货车",
    "C1": "小型汽车", "C2": "小型自动挡汽车", "C3": "低速载货汽车", "C4": "三轮汽车",
    "C5": "残疾人专用小型自动挡载客汽车", "C6": "轻型牵引挂车",
    "D": "普通三轮摩托车", "E": "普通二轮摩托车", "F": "轻便摩托车",
    "M": "轮式专用机械车", "N": "无轨电车", "P": "有轨电车",
})

LARGE_CLASSES: frozenset[str] = frozenset({"A1", "A2", "A3", "B1", "B2"})


def is_large_class(licence_class: str) -> bool:
    return licence_class in LARGE_CLASSES


def _frozen(mapping: Mapping) -> Mapping:  # noqa: ANN001
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class ExamRules:
    """Every number of the exam rules (公安部令第162号/163号 as of 2022, and our decisions)."""

    booking_deadline_days: int = 5
    permit_validity_years: int = 3  # §41
    # §43: 科目二 after the learner permit; the long wait applies to large classes and C6.
    k2_wait_days_small: int = 10
    k2_wait_days_long: int = 20
    k2_long_wait_classes: frozenset[str] = LARGE_CLASSES | {"C6"}
    # §44: 科目三道路驾驶 after the learner permit, by class; `default` for classes not listed.
    k3_wait_days: Mapping[str, int] = field(default_factory=lambda: _frozen({
        "C1": 30, "C2": 20, "C3": 20, "C4": 20, "C5": 20,
        "A1": 40, "A2": 40, "A3": 40, "B1": 40, "B2": 40,
    }))
    k3_wait_days_default: int = 20
    k3_wait_days_large_added: int = 30  # adding A1…B2 to an existing car licence
    # §47 / 163号令 §22: wait after a failed booking before booking the subject again.
    retest_wait_days: Mapping[Subject, int] = field(default_factory=lambda: _frozen({
        Subject.K1: 0, Subject.K2: 10, Subject.K3: 10, Subject.K4: 0,
        Subject.RESTORE: 0, Subject.FULL_SCORE: 10,
    }))
    # §47: at most this many bookings within the learner permit (subjects not listed: no cap).
    max_bookings: Mapping[Subject, int] = field(default_factory=lambda: _frozen({Subject.K2: 5, Subject.K3: 5}))
    # §41: the permit never runs past the age limit of the class (age in full years, inclusive).
    age_limits: Mapping[str, int] = field(default_factory=lambda: _frozen({
        "A1": 60, "A2": 60, "A3": 60, "B1": 60, "B2": 60,
    }))
    # Phone desk hours on working days (Asia/Shanghai), start inclusive, end exclusive.
    phone_hours_start: time = time(9, 0)
    phone_hours_end: time = time(17, 0)
    # A seat freed by a cancellation is given to the next request when the cancellation comes
    # at least this many days before the exam day (2 = before the day before the exam).
    seat_refill_min_days: int = 2
    # 补考费 per subject, yuan (decision: placeholders until the office enters the price list of
    # the provincial price bureau; the window takes exactly this amount).
    retest_fee_yuan: Mapping[Subject, int] = field(default_factory=lambda: _frozen({
        Subject.K1: 50, Subject.K2: 150, Subject.K3: 200, Subject.K4: 50,
        Subject.RESTORE: 50, Subject.FULL_SCORE: 50,
    }))


# --- the candidate as the rules see it --------------------------------------------------------
@dataclass(frozen=True)
class SubjectRecord:
    passed: bool = False
    last_exam_at: datetime | None = None  # the last exam sat (or missed) in this subject
    last_result: str | None = None  # pass | fail | absent
    bookings_used: int = 0  # bookings of this subject that reached their exam, within the permit
    fee_owed: bool = False  # retest fee (补考费) owed after a fail or a no-show
    last_self_cancel_at: datetime | None = None  # allocated booking cancelled for own reasons
    open_exam_date: date | None = None  # the exam day of the open booking, if any


@dataclass(frozen=True)
class CandidateFacts:
    purpose: Purpose
    licence_class: str
    application_accepted_at: datetime  # 受理时间
    adds_to_car_licence: bool = False  # 增驾: already holds a car licence
    permit_issued_on: date | None = None
    permit_valid_until: date | None = None
    results_voided: bool = False
    subjects: Mapping[Subject, SubjectRecord] = field(default_factory=dict)

    def record(self, subject: Subject) -> SubjectRecord:
        return self.subjects.get(subject) or SubjectRecord()

    def previous_exam_at(self) -> datetime | None:
        """The candidate's most recent exam in any subject."""
        times = [r.last_exam_at for r in self.subjects.values() if r.last_exam_at is not None]
        return max(times) if times else None


@dataclass(frozen=True)
class Eligibility:
    subject: Subject
    applicable: bool
    bookable: bool
    reasons: tuple[str, ...] = ()
    earliest: date | None = None  # when a waiting period is what stands in the way

    @property
    def name(self) -> str:
        return SUBJECT_NAMES[self.subject]


def _fmt(day: date) -> str:
    return day.isoformat()


def k2_wait_days(licence_class: str, rules: ExamRules) -> int:
    return rules.k2_wait_days_long if licence_class in rules.k2_long_wait_classes else rules.k2_wait_days_small


def k3_wait_days(licence_class: str, adds_to_car_licence: bool, rules: ExamRules) -> int:
    if adds_to_car_licence and is_large_class(licence_class):
        return rules.k3_wait_days_large_added
    return rules.k3_wait_days.get(licence_class, rules.k3_wait_days_default)


def permit_valid_until(issued_on: date, birth_date: date, licence_class: str, rules: ExamRules) -> date:
    """§41: valid `permit_validity_years` (to the day before the anniversary), never past the age limit."""
    end = _add_years(issued_on, rules.permit_validity_years) - timedelta(days=1)
    limit = rules.age_limits.get(licence_class)
    if limit is not None:
        # "60周岁以下" includes 60: the last day is the day before the 61st birthday.
        end = min(end, _add_years(birth_date, limit + 1) - timedelta(days=1))
    return end


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def eligibility(facts: CandidateFacts, today: date, rules: ExamRules) -> list[Eligibility]:
    """For every subject: bookable now (on `today`, Nanjing), or the reasons why not."""
    own = PURPOSE_SUBJECTS[facts.purpose]
    result = []
    for subject in Subject:
        if subject not in own:
            result.append(Eligibility(subject, False, False, (_not_applicable(facts.purpose, subject),)))
            continue
        reasons, earliest = _reasons(facts, subject, today, rules)
        result.append(Eligibility(subject, True, not reasons, tuple(reasons), earliest))
    return result


def _not_applicable(purpose: Purpose, subject: Subject) -> Reason:
    return Reason(f"{PURPOSE_NAMES[purpose]}考生无需预约{SUBJECT_NAMES[subject]}", "eligibility_not_applicable",
                  purpose=purpose.value, subject=subject.value)


def _reasons(facts: CandidateFacts, subject: Subject, today: date, rules: ExamRules) -> tuple[list[str], date | None]:
    name = SUBJECT_NAMES[subject]
    rec = facts.record(subject)
    reasons: list[str] = []
    waits: list[date] = []
    if facts.results_voided:
        reasons.append(Reason("科目二或科目三第5次预约考试不合格，已合格科目成绩作废，须重新申请", "eligibility_results_voided"))
        return reasons, None
    if rec.passed:
        reasons.append(Reason(f"{name}已考试合格", "eligibility_passed", subject=subject.value))
        return reasons, None
    needs_permit = subject in (Subject.K2, Subject.K3, Subject.K4)
    # Order of subjects (§39).
    if subject in (Subject.K2, Subject.K3) and not facts.record(Subject.K1).passed:
        reasons.append(Reason(f"须先通过科目一，方可预约{name}", "eligibility_k1_first", subject=subject.value))
    if subject is Subject.K4:
        k2, k3 = facts.record(Subject.K2), facts.record(Subject.K3)
        if not k2.passed or not (k3.passed or k3.open_exam_date is not None):
            reasons.append(Reason(f"须科目二和科目三道路驾驶均合格（或已预约科目三道路驾驶同日考试）方可预约{name}",
                                  "eligibility_k2_k3_first", subject=subject.value))
    # Learner permit (§41) and the waits after it (§43/§44).
    if needs_permit:
        if facts.permit_issued_on is None:
            reasons.append(Reason(f"尚未取得学习驾驶证明，不能预约{name}", "eligibility_no_permit", subject=subject.value))
        else:
            if facts.permit_valid_until is not None and today > facts.permit_valid_until:
                reasons.append(Reason(f"学习驾驶证明已于 {_fmt(facts.permit_valid_until)} 过期", "eligibility_permit_expired",
                                      date=facts.permit_valid_until))
            wait = 0
            if subject is Subject.K2:
                wait = k2_wait_days(facts.licence_class, rules)
            elif subject is Subject.K3:
                wait = k3_wait_days(facts.licence_class, facts.adds_to_car_licence, rules)
            if wait:
                earliest = facts.permit_issued_on + timedelta(days=wait)
                if today < earliest:
                    waits.append(earliest)
                    reasons.append(Reason(f"取得学习驾驶证明满{wait}日后方可预约{name}（最早 {_fmt(earliest)}）",
                                          "eligibility_permit_wait", subject=subject.value, days=wait, earliest=earliest))
    # Retest after a failed booking (§47; 163号令 §22).
    if rec.last_result in ("fail", "absent") and rec.last_exam_at is not None:
        wait = rules.retest_wait_days.get(subject, 0)
        if wait:
            earliest = local(rec.last_exam_at).date() + timedelta(days=wait)
            if today < earliest:
                waits.append(earliest)
                reasons.append(Reason(f"{name}上次考试不合格，须满{wait}日后方可再次预约（最早 {_fmt(earliest)}）",
                                      "eligibility_retest_wait", subject=subject.value, days=wait, earliest=earliest))
    if rec.fee_owed:
        reasons.append(Reason(f"{name}上次考试不合格或缺考，须先缴纳补考费", "eligibility_fee_owed", subject=subject.value))
    cap = rules.max_bookings.get(subject)
    if cap is not None and rec.bookings_used + (1 if rec.open_exam_date else 0) >= cap:
        reasons.append(Reason(f"{name}在学习驾驶证明有效期内已预约{cap}次，不能再预约", "eligibility_booking_cap",
                              subject=subject.value, cap=cap))
    if rec.open_exam_date is not None:
        reasons.append(Reason(f"已有未考的{name}预约（考试日期 {_fmt(rec.open_exam_date)}）", "eligibility_open_booking",
                              subject=subject.value, date=rec.open_exam_date))
    only_waits = len(waits) == len(reasons)
    return reasons, (max(waits) if waits and only_waits else None)


def session_refusals(facts: CandidateFacts, subject: Subject, exam_date: date, plan_class: str) -> list[str]:
    """What keeps an otherwise bookable candidate out of one particular session."""
    reasons = []
    if plan_class != facts.licence_class:
        reasons.append(f"该场次考试车型为{plan_class}，考生申请的准驾车型为{facts.licence_class}")
    if subject in (Subject.K2, Subject.K3, Subject.K4) and facts.permit_valid_until is not None \
            and exam_date > facts.permit_valid_until:
        reasons.append(f"考试日期晚于学习驾驶证明有效期（至 {_fmt(facts.permit_valid_until)}）")
    if subject is Subject.K4:
        k3 = facts.record(Subject.K3)
        if not k3.passed and k3.open_exam_date is not None and k3.open_exam_date != exam_date:
            reasons.append(f"科目三道路驾驶尚未合格，安全文明驾驶常识只能与科目三道路驾驶同日考试"
                           f"（{_fmt(k3.open_exam_date)}）")
    return reasons


# --- deadline and cancellation -----------------------------------------------------------------
def booking_deadline(exam_date: date, rules: ExamRules) -> datetime:
    """The instant booking closes: 00:00 Asia/Shanghai on day D - booking_deadline_days."""
    return datetime.combine(exam_date - timedelta(days=rules.booking_deadline_days), time(0), SHANGHAI)


def booking_open(now: datetime, exam_date: date, rules: ExamRules) -> bool:
    return now < booking_deadline(exam_date, rules)


@dataclass(frozen=True)
class Refusal:
    code: str
    message: str


def cancellation_refusal(
    now: datetime, exam_date: date, *, channel: str, can_late_cancel: bool, id_checked: bool,
    calendar: WorkCalendar, rules: ExamRules,
) -> Refusal | None:
    """None when the booking may be cancelled now through this channel, else why not.

    Raises `CalendarOutOfRange` when the exam lies past the calendar's known years.
    """
    today = local(now).date()
    if today > exam_date:
        return Refusal("exam_over", "考试已结束，不能取消预约")
    if today == exam_date:
        return Refusal("cancel_on_exam_day", "考试当天不能取消预约")
    if booking_open(now, exam_date, rules):
        return None
    last_day = calendar.previous_working_day(exam_date)
    if today > last_day:
        return Refusal("cancel_too_late",
                       f"已过预约截止时间，最迟须在考试前一个工作日（{_fmt(last_day)}）取消，现已不能取消")
    if channel != "window":
        return Refusal("late_cancel_in_person",
                       f"已过预约截止时间（{format_local(booking_deadline(exam_date, rules))}），"
                       "只能由本人持有效身份证件到车管所互联网业务窗口取消")
    if not can_late_cancel:
        return Refusal("station_cannot_late_cancel",
                       "本站点不能办理预约截止后的取消，请到南京市车管所或江北分所窗口办理")
    if not id_checked:
        return Refusal("id_not_checked", "已过预约截止时间，须核验本人有效身份证件后方可取消")
    return None


def seat_refillable(now: datetime, exam_date: date, rules: ExamRules) -> bool:
    """A freed seat goes to the next request only when freed before the day before the exam."""
    return local(now).date() <= exam_date - timedelta(days=rules.seat_refill_min_days)


def phone_desk_refusal(now: datetime, calendar: WorkCalendar, rules: ExamRules) -> Refusal | None:
    """The hotline works on working days within the desk's hours only."""
    at = local(now)
    start, end = rules.phone_hours_start, rules.phone_hours_end
    if not calendar.is_working_day(at.date()) or not start <= at.time() < end:
        return Refusal("phone_desk_closed",
                       f"电话预约仅在工作日 {start:%H:%M}–{end:%H:%M} 办理，现在不在服务时间内")
    return None


def channel_refusal(subject: Subject, channel: str) -> Refusal | None:
    """恢复驾驶资格考试 and 满分学习考试 are booked in person at a window only.

    Seed: not on the internet; DOMAIN.md (decision): not by phone either, because the
    person's documents are checked at the window.
    """
    if subject in COUNTER_ONLY and channel != "window":
        how = "通过电话" if channel == "phone" else "在互联网"
        return Refusal("channel_not_allowed",
                       f"{SUBJECT_NAMES[subject]}不能{how}预约，请本人携带身份证明到南京市车管所或江北分所窗口办理")
    return None


# --- no-shows and the same-day 科目四 --------------------------------------------------------------
#: Results that count as failing the booking (seed: a no-show is recorded as 考试不合格).
FAILING_RESULTS: frozenset[str] = frozenset({"fail", "absent"})


def exam_day_over(exam_date: date, now: datetime) -> bool:
    """The exam day has ended in Nanjing: from 00:00 of the next day."""
    return local(now).date() > exam_date


def is_no_show(status: str, result: str | None, exam_date: date, now: datetime) -> bool:
    """An allocated booking without a result, its exam day over, is a no-show (absent)."""
    return status == "allocated" and result is None and exam_day_over(exam_date, now)


#: What happened to a 科目三 booking that makes a same-day 科目四 booking fall with it.
K3_FALLS: frozenset[str] = frozenset({"cancelled", "not_allocated", "fail", "absent"})


def k4_falls_with_k3(*, k3_outcome: str, k3_exam_date: date, k3_passed: bool,
                     k4_exam_date: date, k4_open: bool) -> bool:
    """A same-day 安全文明驾驶常识 booking stands on the 科目三 booking of that day.

    Before 科目三 is passed, 科目四 may only be booked for the day of a 科目三 booking; when that
    booking is cancelled, not allocated, failed or missed, the open 科目四 booking of the same
    day falls too (a reason not the candidate's own, so its ranking time is kept).
    """
    return k3_outcome in K3_FALLS and not k3_passed and k4_open and k4_exam_date == k3_exam_date


# --- ranking -----------------------------------------------------------------------------------
RULE_TEXT: Mapping[int, str] = MappingProxyType({
    1: "首次预约科目一，按驾驶证申请受理时间排序",
    2: "按上次考试时间排序",
    3: "预约成功后因本人原因取消，按取消时间排序",
    4: "上次考试时间与本人原因取消时间取较晚者排序",
})


@dataclass(frozen=True)
class RankingBasis:
    time: datetime
    rule: int  # 1-4 as numbered in DOMAIN.md §3


def ranking_basis(facts: CandidateFacts, subject: Subject) -> RankingBasis:
    """The time a new request of `subject` ranks by, and which rule set it.

    Rule 1: a first booking of 科目一 (or of the 科目一-type 恢复驾驶资格/满分学习 tests) ranks
    by the application's acceptance time. Rule 2: any other booking ranks by the candidate's
    previous exam. Rule 3: after an allocated booking of this subject was cancelled for the
    candidate's own reasons, by the cancellation time. Rule 4: when 2 and 3 both apply, the
    later of the two. (Without any previous exam, a booking falls back to rule 1.)
    """
    rec = facts.record(subject)
    previous = facts.previous_exam_at()
    first_knowledge = subject in KNOWLEDGE_FIRST and rec.last_exam_at is None
    cancel = rec.last_self_cancel_at
    if first_knowledge or previous is None:
        if cancel is None:
            return RankingBasis(facts.application_accepted_at, 1)
        return RankingBasis(cancel, 3)
    if cancel is None:
        return RankingBasis(previous, 2)
    return RankingBasis(max(previous, cancel), 4)


@dataclass(frozen=True)
class RankRequest:
    booking_id: int
    requested_at: datetime
    ranking_time: datetime


def rank_key(request: RankRequest) -> tuple[datetime, datetime, int]:
    """Earlier ranking time first; ties by request time, then booking id."""
    return (request.ranking_time, request.requested_at, request.booking_id)


@dataclass(frozen=True)
class Placement:
    booking_id: int
    rank: int
    allocated: bool


def allocate(requests: Iterable[RankRequest], capacity: int) -> list[Placement]:
    """Rank the requests of one session; the first `capacity` get a seat."""
    ordered = sorted(requests, key=rank_key)
    return [Placement(r.booking_id, i, i <= capacity) for i, r in enumerate(ordered, start=1)]
