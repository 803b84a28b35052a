"""Points study: the learning platform's reports, the completion, the SMS, and the licence review.

Completion is decided by the pure `counter_app.domain.points_study` over the sittings and tests
reported since the scoring period began. When a report completes the study, the result SMS is
queued in the same transaction (the article: within 3 working days; we send at once). The review
(审验) at a window is refused until the study is complete (or when it is not required).
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central_api.platform import audit
from central_api.registration import service as registration
from central_api.platform.deps import Principal
from central_api.platform.errors import NotFound, Unprocessable
from central_api.models import DriverPoints, LicenceRecord, StudySitting, StudyTest
from central_api.points_study.schemas import (
    ReviewRequest,
    SittingPublic,
    SittingReport,
    StudyPublic,
    TestPublic,
    TestReport,
)
from central_api.platform.services import Services
from central_api.platform.sms import SmsMessage
from counter_app.domain.identity import FieldError, validate_id_number
from counter_app.domain.masking import mask_id_number
from counter_app.domain.reasons import coded
from counter_app.domain.points_study import (
    Sitting,
    StudyStatus,
    TestAttempt,
    attempt_problems,
    check_attempt,
    check_sitting,
    sitting_problem,
    study_done_at,
    study_status,
)
from counter_app.domain.refused import Refused
from counter_app.domain.timefmt import SHANGHAI, local


def _today(services: Services) -> date:
    return local(services.clock.now()).date()


def _licence(session: Session, services: Services, id_number: str, *, lock: bool = False) -> LicenceRecord:
    try:
        number = validate_id_number(id_number, _today(services))
    except FieldError as exc:
        raise Unprocessable(exc.code, exc.message, fields=["id_number"]) from None
    licence = registration.licence_of(session, number)
    if licence is None:
        raise NotFound("licence_not_found", "驾驶证信息中没有该身份证号码")
    if lock:
        session.scalars(select(LicenceRecord).where(LicenceRecord.id == licence.id).with_for_update()).first()
    return licence


def _points(session: Session, licence_id: int) -> DriverPoints | None:
    return session.scalars(select(DriverPoints).where(DriverPoints.licence_id == licence_id)).first()


def _since(points: DriverPoints | None) -> datetime:
    start = points.period_start if points else date(1970, 1, 1)
    return datetime.combine(start, time(), SHANGHAI)


def _records(session: Session, licence_id: int, since: datetime) -> tuple[list[StudySitting], list[StudyTest]]:
    sittings = session.scalars(select(StudySitting).where(StudySitting.licence_id == licence_id,
                                                          StudySitting.started_at >= since)
                               .order_by(StudySitting.started_at)).all()
    tests = session.scalars(select(StudyTest).where(StudyTest.licence_id == licence_id, StudyTest.started_at >= since)
                            .order_by(StudyTest.started_at)).all()
    return list(sittings), list(tests)


def _sitting(s: StudySitting) -> Sitting:
    return Sitting(s.started_at, s.ended_at, s.counted_minutes, s.photo_matched)


def _attempt(t: StudyTest) -> TestAttempt:
    return TestAttempt(t.started_at, t.finished_at, tuple(t.answer_seconds), t.score, t.photo_matched)


def _status(session: Session, services: Services, licence: LicenceRecord) -> tuple[StudyStatus, DriverPoints | None,
                                                                                    list[StudySitting], list[StudyTest]]:
    points = _points(session, licence.id)
    sittings, tests = _records(session, licence.id, _since(points))
    status = study_status(licence.licence_class, points.points if points else 0, [_sitting(s) for s in sittings],
                          [_attempt(t) for t in tests], services.settings.study_rules)
    return status, points, sittings, tests


def public(session: Session, services: Services, licence: LicenceRecord) -> StudyPublic:
    rules = services.settings.study_rules
    status, points, sittings, tests = _status(session, services, licence)
    done = study_done_at([_sitting(s) for s in sittings], rules)
    return StudyPublic(
        id_number_masked=mask_id_number(licence.id_number), name=licence.name, licence_class=licence.licence_class,
        points=points.points if points else 0, period_start=points.period_start if points else None,
        period_end=points.period_end if points else None, required=status.required, complete=status.complete,
        review_allowed=status.review_allowed and not (points and points.reviewed_at),
        counted_minutes=status.counted_minutes, required_minutes=rules.required_minutes, missing=list(status.missing),
        missing_codes=coded(status.missing),
        completed_at=status.completed_at, sms_queued_at=points.sms_queued_at if points else None,
        reviewed_at=points.reviewed_at if points else None,
        sittings=[SittingPublic(id=s.id, started_at=s.started_at, ended_at=s.ended_at,
                                counted_minutes=s.counted_minutes, photo_matched=s.photo_matched,
                                counts=sitting_problem(_sitting(s), rules) is None,
                                problem=(problem := sitting_problem(_sitting(s), rules)),
                                problem_codes=coded([problem] if problem else [])) for s in sittings],
        tests=[TestPublic(id=t.id, started_at=t.started_at, finished_at=t.finished_at,
                          questions_answered=len(t.answer_seconds), score=t.score, photo_matched=t.photo_matched,
                          problems=(problems := attempt_problems(_attempt(t), done, rules)),
                          problem_codes=coded(problems)) for t in tests],
    )


def find(session: Session, services: Services, id_number: str) -> StudyPublic:
    return public(session, services, _licence(session, services, id_number))


def _audit(session: Session, services: Services, principal: Principal, action: str, entity: str,
           entity_id: int, detail: dict[str, Any]) -> None:
    audit.record(session, services.clock, action=action, entity=entity, entity_id=entity_id,
                 username=principal.username, account_id=principal.account_id, station_id=principal.station_id,
                 channel=principal.channel, detail=detail)


def _refuse_duplicate(session: Session, model: type, platform_ref: str) -> None:
    if session.scalar(select(func.count(model.id)).where(model.platform_ref == platform_ref)):
        raise Unprocessable("report_duplicate", f"学习平台记录{platform_ref}已经报送过")


def _after_report(session: Session, services: Services, licence: LicenceRecord) -> None:
    """When the study has just become complete: record it and queue the result SMS."""
    status, points, _sittings, _tests = _status(session, services, licence)
    if not status.complete or points is None or points.study_completed_at is not None:
        return
    now = services.clock.now()
    points.study_completed_at, points.sms_queued_at = status.completed_at, now
    rules = services.settings.study_rules
    services.sms.send(session, [SmsMessage(
        mobile=licence.mobile, kind="points_study",
        body=f"{licence.name}，您的驾驶证（{licence.licence_class}）记分学习已完成：视频学习满{rules.required_minutes}分钟，"
             f"{rules.test_questions}题学习测试已完成。请持驾驶证到车管所办理审验。")], now)


def report_sitting(session: Session, services: Services, principal: Principal, body: SittingReport) -> LicenceRecord:
    licence = _licence(session, services, body.id_number, lock=True)
    sitting = Sitting(body.started_at, body.ended_at, body.counted_minutes, body.photo_matched)
    try:
        check_sitting(sitting)
    except Refused as exc:
        raise Unprocessable(exc.code, exc.message) from None
    if body.ended_at > services.clock.now() + timedelta(minutes=5):
        raise Unprocessable("report_in_future", "学习结束时间晚于当前时间")
    _refuse_duplicate(session, StudySitting, body.platform_ref)
    row = StudySitting(licence_id=licence.id, platform_ref=body.platform_ref, started_at=body.started_at,
                       ended_at=body.ended_at, counted_minutes=body.counted_minutes,
                       photo_matched=body.photo_matched, reported_at=services.clock.now())
    session.add(row)
    session.flush()
    _audit(session, services, principal, "study_sitting_report", "study_sitting", row.id,
           {"platform_ref": body.platform_ref, "counted_minutes": body.counted_minutes,
            "photo_matched": body.photo_matched})
    _after_report(session, services, licence)
    return licence


def report_test(session: Session, services: Services, principal: Principal, body: TestReport) -> LicenceRecord:
    licence = _licence(session, services, body.id_number, lock=True)
    attempt = TestAttempt(body.started_at, body.finished_at, tuple(body.answer_seconds), body.score,
                          body.photo_matched)
    try:
        check_attempt(attempt, services.settings.study_rules)
    except Refused as exc:
        raise Unprocessable(exc.code, exc.message) from None
    if body.finished_at > services.clock.now() + timedelta(minutes=5):
        raise Unprocessable("report_in_future", "测试结束时间晚于当前时间")
    _refuse_duplicate(session, StudyTest, body.platform_ref)
    row = StudyTest(licence_id=licence.id, platform_ref=body.platform_ref, started_at=body.started_at,
                    finished_at=body.finished_at, answer_seconds=list(body.answer_seconds), score=body.score,
                    photo_matched=body.photo_matched, reported_at=services.clock.now())
    session.add(row)
    session.flush()
    _audit(session, services, principal, "study_test_report", "study_test", row.id,
           {"platform_ref": body.platform_ref, "answered": len(body.answer_seconds), "score": body.score})
    _after_report(session, services, licence)
    return licence


def review(session: Session, services: Services, principal: Principal, body: ReviewRequest) -> LicenceRecord:
    """The licence review (审验) at a window: allowed only when the study is complete or not required."""
    licence = _licence(session, services, body.id_number, lock=True)
    status, points, _sittings, _tests = _status(session, services, licence)
    if points is not None and points.reviewed_at is not None:
        raise Unprocessable("review_already_done",
                            f"本记分周期的审验已于{local(points.reviewed_at):%Y-%m-%d}办理")
    if not status.review_allowed:
        raise Unprocessable("study_incomplete", "不能办理审验：" + "；".join(status.missing),
                            details=[{"missing": list(status.missing)}])
    now = services.clock.now()
    if points is None:  # no points this period: the review starts the record
        today = _today(services)
        points = DriverPoints(licence_id=licence.id, period_start=today, period_end=today + timedelta(days=364),
                              points=0)
        session.add(points)
    points.reviewed_at, points.reviewed_station_id = now, principal.station_id
    session.flush()
    _audit(session, services, principal, "licence_review", "licence_record", licence.id,
           {"points": points.points, "study_required": status.required, "study_complete": status.complete})
    return licence
