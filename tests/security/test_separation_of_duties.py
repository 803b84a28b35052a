"""Issue 11, item 17: 三员分立. The system administrator manages accounts and devices, the security
administrator roles and lock-outs, the audit administrator reads the trail only; none of them does
counter business; the business supervisor manages no accounts. Refusals are audited, bounded."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from central_api.models import AuditLog
from tests.helpers import assert_error, login_headers

API = "/api/v1"
NEW = {"username": "clerk09", "display_name": "孙警官", "role": "clerk", "station_id": 9,
       "password": "Tianbao#2026x"}


def _account_id(client, headers, username: str) -> int:  # noqa: ANN001
    return next(a["id"] for a in client.get(f"{API}/accounts", headers=headers).json()["data"]
                if a["username"] == username)


def test_the_business_supervisor_manages_no_accounts(client):
    supervisor = login_headers(client, "admin")
    assert_error(client.get(f"{API}/accounts", headers=supervisor), 403, "role_forbidden")
    assert_error(client.post(f"{API}/accounts", json=NEW, headers=supervisor), 403, "role_forbidden")
    assert_error(client.get(f"{API}/audit", headers=supervisor), 403, "role_forbidden")


def test_the_system_administrator_manages_accounts_but_gives_no_roles(client):
    sysadmin = login_headers(client, "sysadmin01")
    assert client.post(f"{API}/accounts", json=NEW, headers=sysadmin).status_code == 201
    new_id = _account_id(client, sysadmin, "clerk09")
    assert client.patch(f"{API}/accounts/{new_id}", json={"display_name": "孙警官二"}, headers=sysadmin).status_code == 200
    assert_error(client.patch(f"{API}/accounts/{new_id}", json={"role": "supervisor"}, headers=sysadmin),
                 403, "role_forbidden")
    # An administrator's role cannot be given by creating an account either.
    assert_error(client.post(f"{API}/accounts", json={**NEW, "username": "boss01", "role": "secadmin"},
                             headers=sysadmin), 422, "validation_error")


def test_the_security_administrator_gives_roles_and_nothing_else(client):
    secadmin = login_headers(client, "secadmin01")
    clerk_id = _account_id(client, secadmin, "clerk02")
    changed = client.patch(f"{API}/accounts/{clerk_id}", json={"role": "auditor"}, headers=secadmin)
    assert changed.status_code == 200 and changed.json()["role"] == "auditor"
    assert_error(client.patch(f"{API}/accounts/{clerk_id}", json={"display_name": "x"}, headers=secadmin),
                 403, "role_forbidden")
    assert_error(client.post(f"{API}/accounts", json=NEW, headers=secadmin), 403, "role_forbidden")
    assert_error(client.get(f"{API}/audit", headers=secadmin), 403, "role_forbidden")


def test_the_audit_administrator_only_reads_the_trail(client):
    auditor = login_headers(client, "auditor01")
    assert client.get(f"{API}/audit", headers=auditor).status_code == 200
    assert_error(client.get(f"{API}/accounts", headers=auditor), 403, "role_forbidden")


def test_no_administrator_does_counter_business(client):
    business = [("GET", "/exam-plans", None), ("GET", "/exam-bookings?id_number=320102198503120178", None),
                ("POST", "/exam-bookings", {}), ("GET", "/calendar?from=2026-12-01&to=2026-12-02", None),
                ("GET", "/reports/daily", None), ("POST", "/users/personal", {}), ("GET", "/plate-reservations", None)]
    for name in ("sysadmin01", "secadmin01", "auditor01"):
        headers = login_headers(client, name)
        for method, path, body in business:
            response = client.request(method, f"{API}{path}", headers=headers, json=body)
            assert response.status_code == 403, f"{name} {method} {path}: {response.text}"
            assert response.json()["code"] == "role_forbidden"


def test_refusals_are_audited_once_a_minute_per_account_and_operation(client, services, clock):
    clerk = login_headers(client, "clerk01")
    for _ in range(20):  # a refused flood: twenty refusals in one minute, one row
        assert_error(client.get(f"{API}/accounts", headers=clerk), 403, "role_forbidden")
    assert_error(client.post(f"{API}/accounts", json=NEW, headers=clerk), 403, "role_forbidden")
    clock.advance(timedelta(minutes=1, seconds=1))
    assert_error(client.get(f"{API}/accounts", headers=clerk), 403, "role_forbidden")
    with services.sessionmaker() as session:
        rows = session.scalars(select(AuditLog).where(AuditLog.action == "access_refused")).all()
    assert [(r.username, r.detail["operation"]) for r in rows] == [
        ("clerk01", "list_accounts"), ("clerk01", "create_account"), ("clerk01", "list_accounts")]
