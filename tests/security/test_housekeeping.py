"""Issue 11: the sign-in tables do not grow for ever.

Challenges (two minutes of life) and the per-name/per-address failure counters are purged by the
maintenance pass a day after they stopped mattering; attempts the audit trail had not yet recorded
(it writes at most one row a minute per key) get their aggregated row before the counter goes.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from central_api.models import AuditLog, AuthChallenge, LoginThrottle
from central_api.platform.maintenance import run_maintenance
from counter_app.services.device_identity import DeviceIdentity
from tests.helpers import assert_error, login
from tests.security.support import count
from tests.security.test_devices import API, _approve, _enrol


def test_failure_counters_are_purged_with_their_unaudited_attempts_recorded(counted, clock):
    client, services = counted
    for attempt in range(3):  # the first is audited at once; the next two wait for the next minute
        assert_error(login(client, "clerk01", f"bad{attempt}"), 401, "invalid_credentials")
    assert count(services, AuditLog, action="login_failed", entity_id="name:clerk01") == 1
    assert count(services, LoginThrottle, key="name:clerk01") == 1

    # Still inside a day after its window: kept.
    clock.advance(timedelta(minutes=services.settings.lockout_minutes) + timedelta(hours=23))
    assert run_maintenance(services)["login_throttle_purged"] == 0
    clock.advance(timedelta(hours=1, minutes=1))
    done = run_maintenance(services)
    assert done["login_throttle_purged"] == 2  # the name's counter and the client address's
    assert count(services, LoginThrottle) == 0
    with services.sessionmaker() as session:
        rows = session.scalars(select(AuditLog).where(AuditLog.action == "login_failed",
                                                      AuditLog.entity_id == "name:clerk01")
                               .order_by(AuditLog.id)).all()
    assert [r.detail["attempts"] for r in rows] == [1, 2]  # 3 wrong passwords, all in the trail
    assert rows[-1].username == "clerk01"


def test_a_running_lock_out_is_not_purged(counted, clock):
    client, services = counted
    for attempt in range(services.settings.max_failed_logins):
        login(client, "clerk02", f"bad{attempt}")
    assert_error(login(client, "clerk02", "again"), 423, "account_locked")
    clock.advance(timedelta(hours=25))  # the lock has ended by now, so the counter may go
    with services.sessionmaker.begin() as session:  # a lock that still runs (an administrator's long one)
        session.get(LoginThrottle, "name:clerk02").locked_until = clock.now() + timedelta(hours=1)
    run_maintenance(services)
    assert count(services, LoginThrottle, key="name:clerk02") == 1


def test_spent_and_expired_challenges_are_purged_a_day_later(strict_client, clock, tmp_path):
    strict_client.app.state.admin_pc_dir = tmp_path / "admin-pc"
    services = strict_client.app.state.services
    pc = DeviceIdentity(tmp_path / "pc")
    enrolment = _enrol(strict_client, pc)
    _approve(strict_client, enrolment["code"])
    for _ in range(3):
        assert strict_client.post(f"{API}/auth/challenge", json={"device_id": enrolment["device_id"]}).status_code == 200
    issued = count(services, AuthChallenge)
    assert issued >= 3
    clock.advance(timedelta(hours=23))
    assert run_maintenance(services)["challenges_purged"] == 0
    clock.advance(timedelta(hours=1, minutes=5))
    assert run_maintenance(services)["challenges_purged"] == issued
    assert count(services, AuthChallenge) == 0
