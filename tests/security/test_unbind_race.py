"""Issue 11 item 1: two simultaneous unbinds of one vehicle must not break the binding limit.

Before the fix both DELETEs answered 200 on PostgreSQL, wrote two audit rows and took 2 off
`binding_count` (then the CHECK turned every later unbind into a 500). Each trial binds one
other owner's vehicle, then two threads, each with its own application and session, send the
DELETE at the same moment: exactly one 200 and one 404, one audit row, and the count equal to
the bindings left. Bounded: 20 trials, each request with a 30 s timeout.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from fastapi.testclient import TestClient
from sqlalchemy import select

from central_api.app import create_app
from central_api.models import AuditLog, InternetUser, UserVehicle, VehicleRecord
from tests.helpers import assert_error, login_headers
from tests.security.support import count, others_vehicles, personal

TRIALS = 20
# Races timed against each other: run alone, after the parallel part of `make test`.
pytestmark = pytest.mark.serial


def _state(services, user_id: int) -> tuple[int, int]:  # noqa: ANN001
    with services.sessionmaker() as session:
        stored = session.get(InternetUser, user_id).binding_count
        others = len(session.scalars(select(UserVehicle.id).where(UserVehicle.user_id == user_id,
                                                                   UserVehicle.own.is_(False))).all())
    return stored, others


def test_twenty_double_unbinds_break_no_invariant(client, services, db_url, report_figure):
    clerk = login_headers(client, "clerk01")
    other = others_vehicles(services, 1)[0]
    user = client.post("/api/v1/users/personal", json=personal("赵磊", "13912345678"), headers=clerk)
    assert user.status_code == 201, user.text
    user_id = user.json()["id"]
    with services.sessionmaker() as session:
        vehicle_id = session.scalar(select(VehicleRecord.id).where(VehicleRecord.vin == other["vin"]))

    apps = [create_app(services), create_app(services)]
    broken = 0
    with TestClient(apps[0]) as first, TestClient(apps[1]) as second:
        for trial in range(TRIALS):
            bound = client.post(f"/api/v1/users/{user_id}/vehicles", json=other, headers=clerk)
            assert bound.status_code == 201, bound.text
            audits_before = count(services, AuditLog, action="vehicle_unbound")
            barrier = threading.Barrier(2, timeout=30)

            def unbind(own: TestClient) -> int:
                barrier.wait()
                return own.delete(f"/api/v1/users/{user_id}/vehicles/{vehicle_id}", headers=clerk).status_code

            with ThreadPoolExecutor(2) as pool:
                codes = sorted(pool.map(unbind, [first, second]))
            stored, left = _state(services, user_id)
            audits = count(services, AuditLog, action="vehicle_unbound") - audits_before
            if codes != [200, 404] or stored != left or left != 0 or audits != 1:
                broken += 1
                print(f"trial {trial}: answers {codes}, binding_count {stored}, others bound {left}, audits {audits}")
    database = "PostgreSQL" if db_url.startswith("postgresql") else "SQLite"
    report_figure(f"{TRIALS} double-unbind trials on {database} → {broken} invariants broken")
    assert broken == 0
    # The limit still holds: three others bound, a fourth refused.
    for extra in others_vehicles(services, 4)[:3]:
        assert client.post(f"/api/v1/users/{user_id}/vehicles", json=extra, headers=clerk).status_code == 201
    assert_error(client.post(f"/api/v1/users/{user_id}/vehicles", json=others_vehicles(services, 4)[3],
                             headers=clerk), 422, "binding_limit_reached")
    assert _state(services, user_id) == (3, 3)


def test_an_unbind_and_a_change_honour_the_idempotency_key(client, services):
    """A DELETE or PATCH sent again with its key (the client's retry after a lost answer) gets the
    first answer back and changes nothing more; before, a repeated DELETE answered 404."""
    clerk = login_headers(client, "clerk01")
    other = others_vehicles(services, 1)[0]
    user_id = client.post("/api/v1/users/personal", json=personal("赵磊", "13912345678", others=[other]),
                          headers=clerk).json()["id"]
    with services.sessionmaker() as session:
        vehicle_id = session.scalar(select(VehicleRecord.id).where(VehicleRecord.vin == other["vin"]))
    keyed = clerk | {"Idempotency-Key": "unbind-1"}
    path = f"/api/v1/users/{user_id}/vehicles/{vehicle_id}"
    first = client.delete(path, headers=keyed)
    again = client.delete(path, headers=keyed)
    assert first.status_code == again.status_code == 200
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert again.json() == first.json()
    assert count(services, AuditLog, action="vehicle_unbound") == 1

    change = clerk | {"Idempotency-Key": "change-1"}
    patched = client.patch(f"/api/v1/users/{user_id}", json={"mobile": "13812345678"}, headers=change)
    repeat = client.patch(f"/api/v1/users/{user_id}", json={"mobile": "13812345678"}, headers=change)
    assert patched.status_code == repeat.status_code == 200, patched.text
    assert repeat.headers.get("Idempotent-Replayed") == "true"
    assert count(services, AuditLog, entity_id=str(user_id), action=_change_action(services, user_id)) == 1
    # The same key with another body is refused, never applied.
    assert_error(client.patch(f"/api/v1/users/{user_id}", json={"mobile": "13712345678"}, headers=change),
                 422, "idempotency_key_reused")


def _change_action(services, user_id: int) -> str:  # noqa: ANN001
    """The audit action the mobile change wrote (its name belongs to the registration area)."""
    with services.sessionmaker() as session:
        return session.scalars(select(AuditLog.action).where(AuditLog.entity_id == str(user_id))
                               .order_by(AuditLog.id.desc())).first()
