"""Issue 11, items 16-17: the security administrator edits the security policy (lock-out,
password age and history, sign-in lifetime); the auditor may read it; it takes effect on every
instance. Runs on SQLite and PostgreSQL (the `db_url` parametrization)."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from central_api.accounts.demo import DEMO_PASSWORD
from central_api.app import build_services, create_app, prepare_database
from central_api.models import AuditLog, SecurityPolicyRow
from central_api.platform.config import Settings
from tests.api.test_plate_concurrency import POSTGRESQL_ONLY, LiveServer
from tests.conftest import FAST_HASHER
from tests.helpers import assert_error, login, login_headers
from tests.security.support import count

API = "/api/v1"
# The environment's values (config.Settings): the policy while none is stored.
DEFAULTS = {"max_failed_logins": 5, "lockout_minutes": 15, "max_failed_logins_per_address": 30,
            "password_max_age_days": 90, "password_history": 5, "token_ttl_minutes": 720}
# The bounds as the brief and docs/DECISIONS.md state them (not read from the code).
BOUNDS = {"max_failed_logins": (3, 10), "lockout_minutes": (5, 1440), "max_failed_logins_per_address": (10, 1000),
          "password_max_age_days": (30, 180), "password_history": (1, 24), "token_ttl_minutes": (60, 1440)}


def _put(client, headers, **changes):  # noqa: ANN001, ANN003, ANN202
    return client.put(f"{API}/security/policy", json={**DEFAULTS, **changes}, headers=headers)


def _change(client, headers, old: str, new: str):  # noqa: ANN001, ANN202
    return client.post(f"{API}/auth/password", json={"old_password": old, "new_password": new}, headers=headers)


def test_the_security_administrator_writes_the_auditor_reads_the_others_are_refused(client):
    secadmin = login_headers(client, "secadmin01")
    answer = client.get(f"{API}/security/policy", headers=secadmin)
    assert answer.status_code == 200
    assert {k: answer.json()[k] for k in DEFAULTS} == DEFAULTS and answer.json()["stored"] is False
    saved = _put(client, secadmin, lockout_minutes=30)
    assert saved.status_code == 200, saved.text
    assert saved.json()["lockout_minutes"] == 30 and saved.json()["updated_by"] == "secadmin01"

    auditor = login_headers(client, "auditor01")
    assert client.get(f"{API}/security/policy", headers=auditor).json()["lockout_minutes"] == 30
    assert_error(_put(client, auditor, lockout_minutes=60), 403, "role_forbidden")
    for username in ("sysadmin01", "admin", "clerk01"):
        headers = login_headers(client, username)
        assert_error(client.get(f"{API}/security/policy", headers=headers), 403, "role_forbidden")
        assert_error(_put(client, headers, lockout_minutes=60), 403, "role_forbidden")
    assert_error(client.get(f"{API}/security/policy"), 401, "not_authenticated")
    assert client.get(f"{API}/security/policy", headers=secadmin).json()["lockout_minutes"] == 30


@pytest.mark.parametrize("name", list(BOUNDS))
def test_each_bound_is_refused_with_its_code_and_nothing_is_stored(client, services, name):
    secadmin = login_headers(client, "secadmin01")
    low, high = BOUNDS[name]
    for value in (low - 1, high + 1, 0, -1):
        body = assert_error(_put(client, secadmin, **{name: value}), 422, f"{name}_out_of_range")
        assert f"{low}至{high}" in body["message"] and body["fields"] == [name]
    assert count(services, SecurityPolicyRow) == 0
    assert count(services, AuditLog, action="security_policy_changed") == 0
    # The bounds themselves are allowed.
    for value in (low, high):
        assert _put(client, secadmin, **{name: value}).status_code == 200
        assert client.get(f"{API}/security/policy", headers=secadmin).json()[name] == value


def test_wrong_types_and_missing_fields_are_refused_as_validation_errors(client, services):
    secadmin = login_headers(client, "secadmin01")
    assert_error(_put(client, secadmin, max_failed_logins="4"), 422, "validation_error")
    partial = {k: v for k, v in DEFAULTS.items() if k != "password_history"}
    assert_error(client.put(f"{API}/security/policy", json=partial, headers=secadmin), 422, "validation_error")
    assert count(services, SecurityPolicyRow) == 0


def test_three_wrong_passwords_lock_when_the_policy_says_three(client, clock):
    secadmin = login_headers(client, "secadmin01")
    assert _put(client, secadmin, max_failed_logins=3, lockout_minutes=5).status_code == 200
    # Three in a row: the 1st and 2nd are plain refusals, the 3rd locks (at the default five it would not).
    assert_error(login(client, "clerk01", "wrong-1"), 401, "invalid_credentials")
    assert_error(login(client, "clerk01", "wrong-2"), 401, "invalid_credentials")
    assert_error(login(client, "clerk01", "wrong-3"), 423, "account_locked")
    assert_error(login(client, "clerk01"), 423, "account_locked")  # even the right password
    clock.advance(timedelta(minutes=4, seconds=59))
    assert_error(login(client, "clerk01"), 423, "account_locked")
    clock.advance(timedelta(seconds=1))  # the five minutes of the policy, not the default fifteen
    assert login(client, "clerk01").status_code == 200


def test_a_history_of_two_accepts_the_password_of_three_changes_ago(client):
    headers = login_headers(client, "phone01")
    p0, p1, p2, p3 = DEMO_PASSWORD, "Qinhuai#River81", "Zijin$Mountain72", "Xuanwu&Lake2026x"
    for old, new in ((p0, p1), (p1, p2), (p2, p3)):
        assert _change(client, headers, old, new).status_code == 204, new
    # The default (five) refuses p1, set three changes ago.
    assert_error(_change(client, headers, p3, p1), 422, "password_reused")
    secadmin = login_headers(client, "secadmin01")
    assert _put(client, secadmin, password_history=2).status_code == 200
    # Two: the current one (p3) and the one before it (p2) are refused …
    body = assert_error(_change(client, headers, p3, p2), 422, "password_reused")
    assert "最近2次" in body["message"]
    assert_error(_change(client, headers, p3, p3), 422, "password_unchanged")
    # … p1 is allowed again.
    assert _change(client, headers, p3, p1).status_code == 204


def test_a_password_older_than_the_policy_allows_must_be_changed(client, clock):
    secadmin = login_headers(client, "secadmin01")
    assert _put(client, secadmin, password_max_age_days=30).status_code == 200
    clerk = login_headers(client, "clerk01")
    assert _change(client, clerk, DEMO_PASSWORD, "Qinhuai#River81").status_code == 204  # changed at T0
    clock.advance(timedelta(days=29, hours=23))
    answer = login(client, "clerk01", "Qinhuai#River81")
    assert answer.json()["password_expired"] is False
    fresh = {"Authorization": f"Bearer {answer.json()['access_token']}"}
    assert client.get(f"{API}/stations", headers=fresh).status_code == 200
    clock.advance(timedelta(hours=1))  # 30 days: the policy's age (the default 90 would still allow it)
    answer = login(client, "clerk01", "Qinhuai#River81")
    assert answer.json()["password_expired"] is True
    fresh = {"Authorization": f"Bearer {answer.json()['access_token']}"}
    body = assert_error(client.get(f"{API}/stations", headers=fresh), 403, "password_expired")
    assert "30天" in body["message"]
    assert _change(client, fresh, "Qinhuai#River81", "Zijin$Mountain72").status_code == 204
    assert client.get(f"{API}/stations", headers=fresh).status_code == 200


def test_the_audit_row_carries_old_and_new_values(client, services):
    secadmin = login_headers(client, "secadmin01")
    assert _put(client, secadmin, max_failed_logins=3, password_history=2).status_code == 200
    assert _put(client, secadmin, max_failed_logins=4, password_history=2).status_code == 200
    with services.sessionmaker() as session:
        rows = session.scalars(select(AuditLog).where(AuditLog.action == "security_policy_changed")
                               .order_by(AuditLog.id)).all()
    assert [(r.username, r.entity, r.detail) for r in rows] == [
        ("secadmin01", "security_policy",
         {"before": {"max_failed_logins": 5, "password_history": 5}, "after": {"max_failed_logins": 3, "password_history": 2}}),
        ("secadmin01", "security_policy", {"before": {"max_failed_logins": 3}, "after": {"max_failed_logins": 4}}),
    ]


def test_a_repeated_idempotency_key_stores_once(client, services):
    secadmin = {**login_headers(client, "secadmin01"), "Idempotency-Key": "policy-1"}
    first = _put(client, secadmin, token_ttl_minutes=480)
    again = _put(client, secadmin, token_ttl_minutes=480)
    assert first.status_code == again.status_code == 200
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert count(services, AuditLog, action="security_policy_changed") == 1


def test_a_change_reaches_another_instance_within_the_cache_time(client, services, db_url, clock):
    """Two instances on one database (as behind nginx): the other sees the change within
    security_policy_cache_seconds (10 s of the service's clock), this one at once."""
    other_services = build_services(Settings(database_url=db_url, require_device=False), clock, hasher=FAST_HASHER)
    prepare_database(other_services, demo=True)
    try:
        with TestClient(create_app(other_services)) as other:
            def lifetime(test_client: TestClient) -> timedelta:
                answer = login(test_client, "clerk08")
                return datetime.fromisoformat(answer.json()["expires_at"]) - clock.now()

            assert lifetime(other) == timedelta(minutes=720)  # the other instance holds the defaults
            secadmin = login_headers(client, "secadmin01")
            assert _put(client, secadmin, token_ttl_minutes=60).status_code == 200
            assert lifetime(client) == timedelta(minutes=60)  # this instance: at once
            clock.advance(timedelta(seconds=9))
            assert lifetime(other) == timedelta(minutes=720)  # the other: its copy is 9 s old
            clock.advance(timedelta(seconds=1))
            assert lifetime(other) == timedelta(minutes=60)  # 10 s: read again
    finally:
        other_services.engine.dispose()


RACE_TRIALS = 10


@POSTGRESQL_ONLY
def test_two_security_administrators_saving_at_once_lose_nothing(services, report_figure):  # noqa: ANN001
    """Each trial starts with no stored policy; two PUTs released together by a barrier (bounded:
    10 trials × 2). Both answer 200, one row remains, and the audit trail chains: the later
    change's "before" is the earlier one's "after" (not the defaults both read)."""
    import threading
    from collections import Counter
    from concurrent.futures import ThreadPoolExecutor

    import requests
    from sqlalchemy import delete

    with LiveServer(services) as live:
        headers = live.token("secadmin01")
        barrier = threading.Barrier(2, timeout=30)

        def put(minutes: int) -> int:
            with requests.Session() as http:
                barrier.wait()
                return http.put(f"{live.url}/security/policy", headers=headers,
                                json={**DEFAULTS, "lockout_minutes": minutes}, timeout=30).status_code

        statuses: Counter[int] = Counter()
        chained = 0
        with ThreadPoolExecutor(max_workers=2) as pool:
            for _trial in range(RACE_TRIALS):
                with services.sessionmaker.begin() as session:
                    session.execute(delete(SecurityPolicyRow))
                statuses.update(pool.map(put, [20, 25], timeout=60))
                with services.sessionmaker() as session:
                    rows = session.scalars(select(AuditLog).where(AuditLog.action == "security_policy_changed")
                                           .order_by(AuditLog.id.desc()).limit(2)).all()
                    earlier, later = rows[1], rows[0]
                    stored = session.get(SecurityPolicyRow, 1)
                    assert stored is not None and stored.lockout_minutes == later.detail["after"]["lockout_minutes"]
                    if later.detail["before"].get("lockout_minutes") == earlier.detail["after"]["lockout_minutes"]:
                        chained += 1
    report_figure(f"two simultaneous policy saves on PostgreSQL: {RACE_TRIALS} trials × 2 → {dict(statuses)}, "
                  f"{chained} of {RACE_TRIALS} audit pairs chained")
    assert statuses == {200: 2 * RACE_TRIALS}
    assert chained == RACE_TRIALS
