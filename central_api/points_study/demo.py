"""Demo licence holders of the points study (issue 15): 韩磊 (B2, 6 points) has studied 1.5 hours
(three sittings that count, one too short, one whose photo did not match) and no test yet; 曹勇
(A2, 3 points) has finished: 2 hours and a valid 50-question test, the SMS queued."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import DriverPoints, LicenceRecord, StudySitting, StudyTest
from central_api.platform.services import Services
from counter_app.domain.timefmt import local

# name, ID number, class, mobile, points, sittings (days ago, minutes, photo matched), test taken
DEMO_DRIVERS = (
    ("韩磊", "320113197509220713", "B2", "13905170014", 6,
     ((12, 40, True), (10, 30, True), (8, 20, True), (6, 8, True), (4, 25, False)), False),
    ("曹勇", "320106198205140934", "A2", "13905170015", 3, ((9, 60, True), (7, 60, True)), True),
)


def seed_demo(session: Session, services: Services) -> None:
    if session.scalars(select(LicenceRecord).where(LicenceRecord.id_number == DEMO_DRIVERS[0][1])).first():
        return
    now = services.clock.now()
    today = local(now).date()
    for name, id_number, cls, mobile, points, sittings, tested in DEMO_DRIVERS:
        licence = LicenceRecord(id_number=id_number, name=name, licence_class=cls, status="正常", mobile=mobile,
                                valid_until=today + timedelta(days=2000))
        session.add(licence)
        session.flush()
        record = DriverPoints(licence_id=licence.id, period_start=today - timedelta(days=200),
                              period_end=today + timedelta(days=164), points=points)
        session.add(record)
        for n, (days_ago, minutes, matched) in enumerate(sittings, start=1):
            start = now - timedelta(days=days_ago, hours=2)
            session.add(StudySitting(licence_id=licence.id, platform_ref=f"DEMO-{id_number[-6:]}-S{n}",
                                     started_at=start, ended_at=start + timedelta(minutes=minutes + 2),
                                     counted_minutes=minutes, photo_matched=matched, reported_at=start))
        if tested:
            start = now - timedelta(days=6)
            session.add(StudyTest(licence_id=licence.id, platform_ref=f"DEMO-{id_number[-6:]}-T1", started_at=start,
                                  finished_at=start + timedelta(minutes=12), answer_seconds=[8] * 50, score=92,
                                  photo_matched=True, reported_at=start))
            record.study_completed_at = record.sms_queued_at = start + timedelta(minutes=12)
    session.flush()
