"""Two central-api instances behind Debian's nginx (TLS, least_conn, deploy/'s configuration)
on one PostgreSQL database: the races through the balancer are decided by the database.

Bounded: 16 client threads at most, every wait has a deadline, the whole test under 90 s.
"""
from __future__ import annotations

import random
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest
import requests
from sqlalchemy import create_engine, func, insert, select, text, update
from sqlalchemy.orm import Session

from central_api.models import (
    AuditLog,
    ExamBooking,
    ExamCandidate,
    ExamPlan,
    Plate,
    PlateBlacklist,
    PlateReservation,
    PlateSelection,
    SmsOutbox,
)
from central_api.accounts.demo import DEMO_PASSWORD
from central_api.plates.demo import DEMO_RESERVATIONS
from tests.scale.conftest import CentralApi, Nginx

pytestmark = pytest.mark.postgresql
BUDGET_SECONDS = 90


class Through:
    """A client of the balancer: one requests.Session per thread, the test's certificate."""

    def __init__(self, nginx: Nginx) -> None:
        self.url = nginx.url
        self.cert = nginx.cert
        self.local = threading.local()

    @property
    def session(self) -> requests.Session:
        if not hasattr(self.local, "session"):
            self.local.session = requests.Session()
        return self.local.session

    def token(self, username: str) -> dict[str, str]:
        response = self.session.post(f"{self.url}/auth/login", json={"username": username, "password": DEMO_PASSWORD},
                                     timeout=60, verify=self.cert)
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def post(self, path: str, headers: dict, json=None) -> requests.Response:  # noqa: ANN001
        return self.session.post(f"{self.url}{path}", json=json, timeout=60, verify=self.cert,
                                 headers={**headers, "Idempotency-Key": str(uuid.uuid4())})


def _selections(session: Session, count: int, now: datetime) -> list[int]:
    rows = [{"id_number": f"3201021990{n:08d}", "owner_name": "并发测试", "vin": f"LSVAU2180TS{n:06d}",
             "vehicle_type": "small_car", "vehicle_use": "non_commercial", "invoice_code": "132001922010",
             "invoice_number": f"{n:08d}", "invoice_photo_sha256": "0" * 64, "invoice_photo_bytes": 67,
             "invoice_photo_type": "png", "status": "open", "custom_used": 0, "draws_used": 0,
             "custom_closed": False, "created_at": now, "updated_at": now} for n in range(count)]
    return list(session.scalars(insert(PlateSelection).returning(PlateSelection.id), rows))


def _due_exam_session(session: Session, requests_count: int, capacity: int, now: datetime) -> tuple[int, set[int]]:
    """An exam session whose booking deadline passed an hour ago, with its requests; returns the
    plan id and the bookings that the ranking rule (earlier ranking time first) seats."""
    rng = random.Random(13)
    exam_day = (now + timedelta(days=10)).date()
    plan_id = session.scalar(insert(ExamPlan).returning(ExamPlan.id), [{
        "site_id": 8, "exam_date": exam_day, "start_time": "06:10", "subject": "k1", "licence_class": "C1",
        "capacity": capacity, "requested_count": requests_count, "allocated_count": 0,
        "published_at": now - timedelta(days=20), "published_by": "admin",
        "booking_deadline": now - timedelta(hours=1)}])
    ranking = {}
    for n in range(requests_count):
        accepted = now - timedelta(days=30, minutes=rng.randrange(0, 100_000))
        candidate = session.scalar(insert(ExamCandidate).returning(ExamCandidate.id), [{
            "id_number": f"320115199{n:09d}", "name": f"考生{n}", "mobile": f"137{n:08d}", "purpose": "learner",
            "licence_class": "C1", "adds_to_car_licence": False, "application_accepted_at": accepted,
            "created_at": now}])
        booking = session.scalar(insert(ExamBooking).returning(ExamBooking.id), [{
            "plan_id": plan_id, "candidate_id": candidate, "subject": "k1", "status": "requested", "open_slot": 1,
            "channel": "internet", "station_id": 1, "account_id": 1, "requested_at": now - timedelta(days=2),
            "ranking_time": accepted, "ranking_rule": 1, "id_checked": False}])
        ranking[booking] = accepted
    seated = set(sorted(ranking, key=lambda b: (ranking[b], b))[:capacity])
    return plan_id, seated


def _until(predicate, deadline: float, what: str) -> None:  # noqa: ANN001
    while not predicate():
        assert time.monotonic() < deadline, f"not within the budget: {what}"
        time.sleep(0.25)


def test_races_through_nginx_are_decided_once_across_two_instances(pg_url, tmp_path, report_figure):
    started = time.monotonic()
    marks = {}
    env = {"CENTRAL_API_PLATE_SEGMENTS": "苏A:0LDDL",  # 24,000 plates: room for 1,000 draws of 5
           "CENTRAL_API_PLATE_JOB_INTERVAL_SECONDS": "1"}  # both instances run the jobs every second
    engine = create_engine(pg_url)
    first = CentralApi(pg_url, tmp_path, workers=2, env=env)  # seeds the demo data
    instances = [first]
    nginx = None
    try:
        first.wait()
        second = CentralApi(pg_url, tmp_path, env=env)
        instances.append(second)
        second.wait()
        nginx = Nginx(tmp_path, [first.port, second.port])
        marks["up"] = time.monotonic()
        api = Through(nginx)
        counters = [api.token("clerk01"), api.token("clerk02")]
        gateway = api.token("internet01")

        # 1. 200 confirmations of one reservation, from two counters, through both instances.
        reservation = DEMO_RESERVATIONS[0]
        found = api.session.get(f"{api.url}/plate-reservations", params={"id_number": _id_of(engine, reservation)},
                                headers=counters[0], timeout=30, verify=api.cert).json()["data"][0]
        body = {"document_checked": "sms_notice", "delivery_way": "collect"}

        def confirm(n: int) -> tuple[int, str | None]:
            response = api.post(f"/plate-reservations/{found['id']}/confirm", counters[n % 2], body)
            return response.status_code, response.json().get("code")

        with ThreadPoolExecutor(max_workers=16) as pool:
            confirmations = list(pool.map(confirm, range(200), timeout=BUDGET_SECONDS))
        assert Counter(s for s, _c in confirmations) == {200: 1, 409: 199}, Counter(confirmations)
        t_confirm = time.monotonic()

        # 2. 1,000 concurrent draws: no plate handed out twice.
        now = datetime.now(timezone.utc)
        with Session(engine) as session, session.begin():
            ids = _selections(session, 1000, now)

        def draw(selection_id: int) -> tuple[int, list[str]]:
            response = api.post(f"/plate-selections/{selection_id}/draws", gateway)
            assert response.status_code == 200, response.text
            return selection_id, response.json()["held"]

        with ThreadPoolExecutor(max_workers=16) as pool:
            draws = list(pool.map(draw, ids, timeout=BUDGET_SECONDS))
        handed_out = [plate for _sid, plates in draws for plate in plates]
        assert len(handed_out) == 5000
        assert len(set(handed_out)) == 5000, "a plate was handed to two selections"
        with Session(engine) as session:
            holder = dict(session.execute(select(Plate.number, Plate.selection_id).where(Plate.state == "held")).all())
        assert all(holder[plate] == sid for sid, plates in draws for plate in plates)
        t_draws = time.monotonic()

        # 3. The scheduled jobs of both instances (every second): each piece of work done once.
        with Session(engine) as session, session.begin():
            plan_id, seated = _due_exam_session(session, 40, 15, now)
            overdue = [r.vin for r in DEMO_RESERVATIONS[1:3]]  # 张伟, 王芳: their deadline passed
            session.execute(update(PlateReservation).where(PlateReservation.vin.in_(overdue))
                            .values(deadline=(now - timedelta(days=5)).date()))

        def jobs_done() -> bool:
            with Session(engine) as session:
                allocated = session.scalar(select(ExamPlan.allocated_at).where(ExamPlan.id == plan_id))
                expired = session.scalar(select(func.count(PlateReservation.id)).where(
                    PlateReservation.vin.in_(overdue), PlateReservation.status == "expired"))
            return allocated is not None and expired == 2

        _until(jobs_done, time.monotonic() + 60, "allocation and expiry by the scheduled jobs")
        time.sleep(2.5)  # both instances' timers go round at least twice more
        with Session(engine) as session:
            allocations = session.scalar(select(func.count(AuditLog.id)).where(
                AuditLog.action == "exam_plan_allocated", AuditLog.entity_id == str(plan_id)))
            got_seat = set(session.scalars(select(ExamBooking.id).where(
                ExamBooking.plan_id == plan_id, ExamBooking.status == "allocated")))
            messages = session.scalar(select(func.count(SmsOutbox.id)).join(
                ExamBooking, ExamBooking.id == SmsOutbox.booking_id).where(ExamBooking.plan_id == plan_id))
            blacklisted = session.scalar(select(func.count(PlateBlacklist.id)).join(
                PlateReservation, PlateReservation.id == PlateBlacklist.reservation_id)
                .where(PlateReservation.vin.in_(overdue)))
            expiry_runs = session.scalars(select(AuditLog.detail).where(AuditLog.action == "plate_expiry_run")).all()
        assert allocations == 1
        assert got_seat == seated
        assert messages == 40  # one SMS per request, not one per instance
        assert blacklisted == 2
        assert sum(d["reservations_expired"] for d in expiry_runs) == 2
        report_figure(f"balancer (2 instances behind nginx, TLS): start-up {marks['up'] - started:.1f} s, "
                      f"200 confirmations {t_confirm - marks['up']:.1f} s, 1,000 draws {t_draws - t_confirm:.1f} s, "
                      f"jobs once: {time.monotonic() - t_draws:.1f} s")
    finally:
        if nginx is not None:
            nginx.stop()
        for instance in instances:
            instance.stop()
        engine.dispose()


def _id_of(engine, reservation) -> str:  # noqa: ANN001
    with engine.connect() as conn:
        return conn.execute(text("SELECT id_number FROM plate_reservation WHERE vin = :v"),
                            {"v": reservation.vin}).scalar_one()
