"""Points study for A and B licence holders (记分学习, DOMAIN.md §6, seed).

A and B holders with 1–11 points in the scoring period study before the licence review (审验):
2 hours of video in sittings of at least 10 minutes, then a 50-question test (true/false and
choice, at least 5 seconds per question; a wrong answer shows the right one and waits 5 s);
photos taken during each sitting and test are compared with the licence photo, and what does not
match does not count. The result goes out by SMS within 3 working days. It is a study, not an
exam: there is no pass mark by default (`pass_score=None`).

Pure: the learning platform reports sittings and test attempts; this module decides what counts
and what is missing. Every number is a field of `StudyRules`.
Decisions (docs/DECISIONS.md, issue 15): a sitting counts its reported minutes when it lasted at
least 10 of them and its photos matched; a test counts when it started after the 120th minute was
reached, has 50 answers each of at least 5 seconds, and its photos matched. A holder of a class
other than A/B, or with 0 points, needs no study; 12 points or more is the full-score study (满分学习),
which this does not replace, so the review is refused.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from counter_app.domain.reasons import Reason
from counter_app.domain.refused import Refused

STUDY_CLASSES: frozenset[str] = frozenset({"A1", "A2", "A3", "B1", "B2"})


@dataclass(frozen=True)
class StudyRules:
    classes: frozenset[str] = STUDY_CLASSES
    min_points: int = 1
    max_points: int = 11
    required_minutes: int = 120
    min_sitting_minutes: int = 10
    test_questions: int = 50
    min_seconds_per_question: int = 5
    wrong_answer_pause_seconds: int = 5  # the platform's behaviour, shown to the clerk
    pass_score: int | None = None  # "学习，而不是考核": no pass mark unless the office sets one
    sms_within_workdays: int = 3


@dataclass(frozen=True)
class Sitting:
    started_at: datetime
    ended_at: datetime
    counted_minutes: int  # the video minutes the platform counted in this sitting
    photo_matched: bool


@dataclass(frozen=True)
class TestAttempt:
    started_at: datetime
    finished_at: datetime
    answer_seconds: tuple[int, ...]  # one per question answered, in order
    score: int
    photo_matched: bool


@dataclass(frozen=True)
class StudyStatus:
    required: bool  # an A/B holder with points in range
    complete: bool
    review_allowed: bool
    counted_minutes: int
    missing: tuple[str, ...]  # what is still to do, one sentence each (empty when complete)
    completed_at: datetime | None = None


def holds_study_class(licence_class: str, rules: StudyRules = StudyRules()) -> bool:
    """True when any class on the licence (e.g. "A2D" holds A2) is one that must study."""
    return any(c in licence_class for c in rules.classes)


def sitting_problem(s: Sitting, rules: StudyRules = StudyRules()) -> str | None:
    """Why a sitting does not count (None: it counts its minutes)."""
    if not s.photo_matched:
        return Reason("抓拍照片与驾驶人照片比对不符，本次学习无效", "study_sitting_photo")
    if s.counted_minutes < rules.min_sitting_minutes:
        return Reason(f"本次学习{s.counted_minutes}分钟，不足{rules.min_sitting_minutes}分钟，不计入学时", "study_sitting_short",
                      minutes=s.counted_minutes, least=rules.min_sitting_minutes)
    return None


def attempt_problems(a: TestAttempt, study_done_at: datetime | None, rules: StudyRules = StudyRules()) -> list[str]:
    """Why a test attempt does not complete the study (empty: it does)."""
    problems: list[str] = []
    if study_done_at is None or a.started_at < study_done_at:
        problems.append(Reason(f"测试须在视频学习满{rules.required_minutes}分钟后参加", "study_test_too_early",
                               minutes=rules.required_minutes))
    if len(a.answer_seconds) < rules.test_questions:
        problems.append(Reason(f"只答了{len(a.answer_seconds)}题，须答完{rules.test_questions}题", "study_test_unanswered",
                               answered=len(a.answer_seconds), questions=rules.test_questions))
    fast = sum(1 for seconds in a.answer_seconds if seconds < rules.min_seconds_per_question)
    if fast:
        problems.append(Reason(f"有{fast}题答题时间少于{rules.min_seconds_per_question}秒", "study_test_too_fast",
                               fast=fast, seconds=rules.min_seconds_per_question))
    if not a.photo_matched:
        problems.append(Reason("测试时抓拍照片与驾驶人照片比对不符", "study_test_photo"))
    if rules.pass_score is not None and a.score < rules.pass_score:
        problems.append(Reason(f"测试{a.score}分，未达到{rules.pass_score}分", "study_test_score",
                               score=a.score, pass_score=rules.pass_score))
    return problems


def study_done_at(sittings: Sequence[Sitting], rules: StudyRules = StudyRules()) -> datetime | None:
    """When the counted minutes first reached the requirement (sittings in time order)."""
    total = 0
    for s in sorted(sittings, key=lambda s: s.ended_at):
        if sitting_problem(s, rules) is None:
            total += s.counted_minutes
            if total >= rules.required_minutes:
                return s.ended_at
    return None


def study_status(licence_class: str, points: int, sittings: Sequence[Sitting], attempts: Sequence[TestAttempt],
                 rules: StudyRules = StudyRules()) -> StudyStatus:
    """What the 审验 window needs: is the study required, complete, and what is missing."""
    counted = sum(s.counted_minutes for s in sittings if sitting_problem(s, rules) is None)
    if points > rules.max_points:
        return StudyStatus(False, False, False, counted, (
            Reason(f"记分周期内已记{points}分，须参加满分学习和考试，不能办理审验", "study_full_score", points=points),))
    if not holds_study_class(licence_class, rules) or points < rules.min_points:
        return StudyStatus(False, False, True, counted, ())
    done = study_done_at(sittings, rules)
    missing: list[str] = []
    if counted < rules.required_minutes:
        missing.append(Reason(f"视频学习还差{rules.required_minutes - counted}分钟"
                              f"（已累计{counted}分钟，须满{rules.required_minutes}分钟，每次不少于{rules.min_sitting_minutes}分钟）",
                              "study_minutes_missing", missing=rules.required_minutes - counted, counted=counted,
                              required=rules.required_minutes, least=rules.min_sitting_minutes))
    valid = [a for a in sorted(attempts, key=lambda a: a.finished_at) if not attempt_problems(a, done, rules)]
    if valid:
        return StudyStatus(True, True, True, counted, (), valid[0].finished_at)
    if not attempts:
        missing.append(Reason(f"尚未参加{rules.test_questions}题学习测试", "study_no_test", questions=rules.test_questions))
    else:
        last = max(attempts, key=lambda a: a.finished_at)
        missing.append(Reason("最近一次测试无效：" + "；".join(attempt_problems(last, done, rules)), "study_last_test_invalid"))
    return StudyStatus(True, False, False, counted, tuple(missing))


def check_sitting(s: Sitting) -> None:
    """A report that cannot be true (ends before it starts, more minutes than it lasted)."""
    if s.ended_at <= s.started_at:
        raise Refused("sitting_times_invalid", "学习结束时间须晚于开始时间")
    if s.counted_minutes < 0 or s.counted_minutes * 60 > (s.ended_at - s.started_at).total_seconds():
        raise Refused("sitting_minutes_invalid", "计入的学习分钟数不能超过本次学习的时长")


def check_attempt(a: TestAttempt, rules: StudyRules = StudyRules()) -> None:
    if a.finished_at <= a.started_at:
        raise Refused("attempt_times_invalid", "测试结束时间须晚于开始时间")
    if len(a.answer_seconds) > rules.test_questions or any(s < 0 for s in a.answer_seconds):
        raise Refused("attempt_answers_invalid", f"答题记录应为不超过{rules.test_questions}个非负的秒数")
    if not 0 <= a.score <= 100:
        raise Refused("attempt_score_invalid", "测试成绩应在0至100之间")
    if sum(a.answer_seconds) > (a.finished_at - a.started_at).total_seconds():
        raise Refused("attempt_times_invalid", "各题答题时间之和不能超过测试时长")
