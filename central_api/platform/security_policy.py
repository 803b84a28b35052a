"""The security policy in force (issue 11, item 17): the security administrator's row in
`security_policy`, or the environment's values (Settings) while there is none.

Several instances run behind nginx and the per-request password-age check is on the hot path,
so each process keeps the policy for `security_policy_cache_seconds` (10 s) of the service's
clock: a change takes effect within that time on every instance, and at once on the instance
that stored it (its cache is dropped when the change commits). Lives in the platform because
the request dependencies (deps.py) and the housekeeping (maintenance.py) read it; the change
itself is the accounts area's (central_api/accounts/policy.py).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from sqlalchemy import event
from sqlalchemy.orm import Session

from central_api.models import SecurityPolicyRow
from central_api.platform.config import Settings
from central_api.platform.services import Services
from counter_app.domain.security_policy import SecurityPolicy

POLICY_ROW_ID = 1


@dataclass(frozen=True)
class _Cached:
    policy: SecurityPolicy
    read_at: datetime


def from_settings(settings: Settings) -> SecurityPolicy:
    """The environment's values: the policy while the security administrator has stored none."""
    return SecurityPolicy(
        max_failed_logins=settings.max_failed_logins,
        lockout_minutes=settings.lockout_minutes,
        max_failed_logins_per_address=settings.max_failed_logins_per_address,
        password_max_age_days=settings.password_max_age_days,
        password_history=settings.password_history,
        token_ttl_minutes=settings.token_ttl_minutes,
    )


def from_row(row: SecurityPolicyRow) -> SecurityPolicy:
    return SecurityPolicy(**{f.name: getattr(row, f.name) for f in fields(SecurityPolicy)})


def read(session: Session, settings: Settings) -> SecurityPolicy:
    """The stored policy, read now (no cache)."""
    row = session.get(SecurityPolicyRow, POLICY_ROW_ID)
    return from_settings(settings) if row is None else from_row(row)


def cached(services: Services) -> SecurityPolicy | None:
    """The process's copy while it is fresh, else None (no database access: safe on the event loop)."""
    entry: _Cached | None = services.caches.get("security_policy")
    if entry is None:
        return None
    age = services.clock.now() - entry.read_at
    if timedelta(0) <= age < timedelta(seconds=services.settings.security_policy_cache_seconds):
        return entry.policy
    return None


def current(services: Services, session: Session | None = None) -> SecurityPolicy:
    """The policy in force: the fresh cached copy, or read (in `session`, or a short one of its own)."""
    policy = cached(services)
    if policy is not None:
        return policy
    read_at = services.clock.now()
    if session is None:
        with services.sessionmaker() as own:
            policy = read(own, services.settings)
    else:
        policy = read(session, services.settings)
    services.caches["security_policy"] = _Cached(policy, read_at)
    return policy


def forget(services: Services) -> None:
    services.caches.pop("security_policy", None)


def forget_when_committed(session: Session, services: Services) -> None:
    """Drop this process's copy now and again when the session commits the change (a request
    that read the old row in between does not keep it for the cache's lifetime)."""
    forget(services)
    event.listen(session, "after_commit", lambda _session: forget(services), once=True)
