"""Concurrency on PostgreSQL over real HTTP (uvicorn on loopback): the database, not Python,
keeps a plate in one place. Bounded: at most 16 client threads, each run under 60 seconds.
"""
from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
import requests
import uvicorn
from sqlalchemy import func, select

from central_api.plates import expiry as jobs
from central_api.app import build_services, create_app, prepare_database
from central_api.platform.config import Settings
from central_api.models import AuditLog, Plate, PlateSelection
from central_api.accounts.demo import DEMO_PASSWORD
from central_api.plates.demo import DEMO_RESERVATIONS
from counter_app.services.embedded_api import free_port
from tests.conftest import FAST_HASHER

POSTGRESQL_ONLY = pytest.mark.parametrize(
    "db_url", [pytest.param("postgresql", marks=pytest.mark.postgresql)], indirect=True)
BUDGET_SECONDS = 60


class LiveServer:
    def __init__(self, services) -> None:  # noqa: ANN001
        self.port = free_port()
        config = uvicorn.Config(create_app(services), host="127.0.0.1", port=self.port, log_level="warning",
                                limit_concurrency=400)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *_exc) -> None:  # noqa: ANN002
        self.server.should_exit = True
        self.thread.join(10)

    def token(self, username: str) -> dict[str, str]:
        body = requests.post(f"{self.url}/auth/login", json={"username": username, "password": DEMO_PASSWORD},
                             timeout=10).json()
        return {"Authorization": f"Bearer {body['access_token']}"}


def _post(session: requests.Session, url: str, headers: dict, json=None) -> requests.Response:  # noqa: ANN001
    return session.post(url, json=json, headers={**headers, "Idempotency-Key": str(uuid.uuid4())}, timeout=30)


@POSTGRESQL_ONLY
def test_200_confirmations_from_two_counters_confirm_once(services):
    reservation = DEMO_RESERVATIONS[0]
    with LiveServer(services) as live:
        counters = [live.token("clerk01"), live.token("clerk02")]  # 南京市车管所 and 江北分所
        found = requests.get(f"{live.url}/plate-reservations", params={"id_number": reservation.id_number},
                             headers=counters[0], timeout=10).json()["data"][0]
        url = f"{live.url}/plate-reservations/{found['id']}/confirm"
        body = {"document_checked": "sms_notice", "delivery_way": "collect"}
        local = threading.local()

        def confirm(n: int) -> tuple[int, str | None]:
            if not hasattr(local, "session"):
                local.session = requests.Session()
            response = _post(local.session, url, counters[n % 2], body)
            return response.status_code, response.json().get("code")

        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=16) as pool:
            results = list(pool.map(confirm, range(200), timeout=BUDGET_SECONDS))
        elapsed = time.monotonic() - started
    statuses = Counter(status for status, _code in results)
    assert statuses == {200: 1, 409: 199}, statuses
    assert {code for status, code in results if status == 409} == {"reservation_already_confirmed"}
    with services.sessionmaker() as session:
        confirmations = session.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "plate_confirmed"))
        plate = session.scalar(select(Plate.state).where(Plate.number == reservation.plate))
    assert (confirmations, plate) == (1, "confirmed")
    print(f"200 confirmations in {elapsed:.2f} s")


@pytest.fixture
def big_pool_services(db_url, clock):  # noqa: ANN001, ANN201
    """The pool holds 苏A:0LDDL (24,000 plates): room for 1,000 draws of 5 held at once."""
    svc = build_services(Settings(database_url=db_url, plate_initial_segments="苏A:0LDDL"), clock,
                         hasher=FAST_HASHER)
    prepare_database(svc, demo=True)
    yield svc
    svc.engine.dispose()


@POSTGRESQL_ONLY
def test_1000_concurrent_draws_never_share_a_plate(big_pool_services):
    services = big_pool_services
    now = services.clock.now()
    with services.sessionmaker.begin() as session:  # 1,000 open selections (eligibility is tested elsewhere)
        rows = [PlateSelection(
            id_number=f"3201021990{n:08d}", owner_name="并发测试", vin=f"LSVAU2180TS{n:06d}", vehicle_type="small_car",
            vehicle_use="non_commercial", invoice_code="132001922010", invoice_number=f"{n:08d}",
            invoice_photo_sha256="0" * 64, invoice_photo_bytes=67, invoice_photo_type="png", status="open",
            custom_used=0, draws_used=0, custom_closed=False, hold_kind=None, hold_expires_at=None,
            created_at=now, updated_at=now, closed_at=None) for n in range(1000)]
        session.add_all(rows)
        session.flush()
        ids = [row.id for row in rows]
    with LiveServer(services) as live:
        gateway = live.token("internet01")
        local = threading.local()

        def draw(selection_id: int) -> tuple[int, list[str]]:
            if not hasattr(local, "session"):
                local.session = requests.Session()
            response = _post(local.session, f"{live.url}/plate-selections/{selection_id}/draws", gateway)
            assert response.status_code == 200, response.text
            return selection_id, response.json()["held"]

        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=8) as pool:
            draws = list(pool.map(draw, ids, timeout=BUDGET_SECONDS))
        elapsed = time.monotonic() - started
    handed_out = [plate for _sid, plates in draws for plate in plates]
    assert len(handed_out) == 5000
    assert len(set(handed_out)) == 5000, "a plate was handed to two selections"
    with services.sessionmaker() as session:
        holder = dict(session.execute(select(Plate.number, Plate.selection_id).where(Plate.state == "held")).all())
    assert len(holder) == 5000
    assert all(holder[plate] == sid for sid, plates in draws for plate in plates)
    print(f"1000 draws in {elapsed:.2f} s ({1000 / elapsed:.0f} draws/s over HTTP, 8 threads)")


@POSTGRESQL_ONLY
def test_only_one_instance_runs_the_expiry_job(services, clock):
    clock.advance(timedelta(days=10))  # every demo reservation is overdue now
    first = services.sessionmaker()
    second = services.sessionmaker()
    try:
        report_a = jobs.run_plate_expiry(first, services)  # holds the advisory lock until commit
        report_b = jobs.run_plate_expiry(second, services)
        assert report_a.ran and report_a.reservations_expired == 3  # 赵磊, 张伟, 王芳
        assert not report_b.ran
        first.commit()
        second.rollback()
        report_c = jobs.run_plate_expiry(second, services)
        assert report_c.ran and report_c.reservations_expired == 0  # idempotent
        second.commit()
    finally:
        first.close()
        second.close()
