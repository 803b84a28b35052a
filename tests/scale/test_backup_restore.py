"""Backups that restore: deploy/pg-backup.sh dumps a database with records, deploy/pg-restore.sh
restores the dump into a fresh database, and `central-api` started on it serves the same records.
"""
from __future__ import annotations

import json
import os
import subprocess
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from central import id_number
from central_api.app import build_services, create_app, prepare_database
from central_api.platform.clock import Clock
from central_api.platform.config import Settings
from central_api.models import AuditLog, InternetUser, PlateReservation
from central_api.accounts.demo import DEMO_PASSWORD
from tests.conftest import FAST_HASHER
from tests.scale.conftest import ROOT, CentralApi

pytestmark = pytest.mark.postgresql


def _get(get, path: str, token: str) -> dict:  # noqa: ANN001
    response = get(f"/api/v1{path}", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    return response.json()


def _login(post) -> str:  # noqa: ANN001
    response = post("/api/v1/auth/login", json={"username": "clerk01", "password": DEMO_PASSWORD})
    assert response.status_code == 200, response.text
    return response.json()["access_token"]


def test_a_nightly_dump_restores_into_a_fresh_database_that_serves_the_same_records(pg_url, pg_server, tmp_path):
    services = build_services(Settings(database_url=pg_url), Clock(), hasher=FAST_HASHER)
    prepare_database(services, demo=True)
    person = id_number(424242)
    with TestClient(create_app(services)) as client:
        gateway = client.post("/api/v1/auth/login", json={"username": "internet01", "password": DEMO_PASSWORD})
        created = client.post("/api/v1/users/personal", headers={
            "Authorization": f"Bearer {gateway.json()['access_token']}", "Idempotency-Key": str(uuid.uuid4())},
            json={"user_type": "learner", "id_number": person, "name": "备份考生", "mobile": "13912345678"})
        assert created.status_code == 201, created.text
        token = _login(client.post)
        reservation_owner = _first_reservation_owner(services)
        paths = [f"/users?id_number={person}", f"/users/{created.json()['id']}", "/stations",
                 f"/plate-reservations?id_number={reservation_owner}"]
        before = {path: _get(client.get, path, token) for path in paths}
    with services.sessionmaker() as session:
        counts = (session.scalar(select(func.count(InternetUser.id))),
                  session.scalar(select(func.count(PlateReservation.id))), session.scalar(select(func.count(AuditLog.id))))
    services.engine.dispose()

    url = urlsplit(pg_url)
    env = {**os.environ, "PGHOST": pg_server.host, "PGPORT": str(pg_server.port), "PGUSER": pg_server.user,
           "PGDATABASE": url.path.lstrip("/"), "BACKUP_DIR": str(tmp_path / "backups")}
    backup = subprocess.run([str(ROOT / "deploy" / "pg-backup.sh")], env=env, capture_output=True, text=True,
                            timeout=120)
    assert backup.returncode == 0, backup.stderr
    dumps = list((tmp_path / "backups").glob("*.dump"))
    assert len(dumps) == 1 and not list((tmp_path / "backups").glob("*.partial"))
    restored_name = f"counter_restored_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    restore = subprocess.run([str(ROOT / "deploy" / "pg-restore.sh"), str(dumps[0]), restored_name], env=env,
                             capture_output=True, text=True, timeout=120)
    assert restore.returncode == 0, restore.stderr
    api = None
    try:
        api = CentralApi(pg_server.url(restored_name), tmp_path).wait()  # no --demo: nothing seeded on top
        session = requests.Session()
        base = f"http://127.0.0.1:{api.port}"
        token = _login(lambda path, **kw: session.post(base + path, timeout=60, **kw))
        after = {path: _get(lambda p, **kw: session.get(base + p, timeout=60, **kw), path, token) for path in paths}
        restored_services = build_services(Settings(database_url=pg_server.url(restored_name)), Clock())
        with restored_services.sessionmaker() as s:
            restored_counts = (s.scalar(select(func.count(InternetUser.id))),
                               s.scalar(select(func.count(PlateReservation.id))),
                               s.scalar(select(func.count(AuditLog.id))))
            newest = s.execute(select(AuditLog.action, AuditLog.username).order_by(AuditLog.id.desc())
                               .limit(restored_counts[2] - counts[2])).all()
        restored_services.engine.dispose()
    finally:
        if api is not None:
            api.stop()
        subprocess.run(["dropdb", "--force", restored_name], env=env, capture_output=True, timeout=60)
    assert json.dumps(after, sort_keys=True) == json.dumps(before, sort_keys=True)
    assert after[f"/users?id_number={person}"]["count"] == 1
    # The restored database got only the audit rows of the test's visit: its log-in and its reads of
    # whole personal records (audited since issue 11). Nothing else changed.
    assert restored_counts[:2] == counts[:2]
    assert newest and {action for action, _user in newest} <= {"login", "personal_record_read"}, newest


def _first_reservation_owner(services) -> str:  # noqa: ANN001
    with services.sessionmaker() as session:
        return session.scalar(select(PlateReservation.id_number).order_by(PlateReservation.id).limit(1))
