"""Housekeeping that must run exactly once across instances (advisory lock on PostgreSQL)."""
from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from fastapi.concurrency import run_in_threadpool
from sqlalchemy import delete, or_, select, text
from sqlalchemy.orm import Session

from central_api.models import AuthChallenge, IdempotencyRecord, LoginThrottle
from central_api.platform import audit, security_policy
from central_api.platform.services import Services

log = logging.getLogger(__name__)
MAINTENANCE_LOCK = 7320102
INTERVAL_SECONDS = 6 * 3600


def purge_idempotency(session: Session, services: Services) -> int:
    """Forget stored answers older than the retention (at least 7 days: a counter may replay late)."""
    cutoff = services.clock.now() - timedelta(days=services.settings.idempotency_retention_days)
    result = session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.created_at <= cutoff))
    return result.rowcount or 0


def purge_challenges(session: Session, services: Services) -> int:
    """Sign-in challenges live two minutes; spent or expired ones are kept a day for an inquiry."""
    cutoff = services.clock.now() - timedelta(days=1)
    return session.execute(delete(AuthChallenge).where(AuthChallenge.expires_at <= cutoff)).rowcount or 0


def purge_login_throttle(session: Session, services: Services) -> int:
    """Forget a name's or an address's failed sign-ins a day after their window ended (and no lock
    is running). Attempts not yet in the audit trail (it is written at most once a minute per
    key) get their aggregated `login_failed` row first, so nothing counted is lost."""
    now = services.clock.now()
    # The policy in force decides when a window has ended (as count_attempt does); a running lock is kept.
    window = timedelta(minutes=security_policy.current(services, session).lockout_minutes)
    cutoff = now - window - timedelta(days=1)
    stale = (LoginThrottle.window_start <= cutoff) & or_(LoginThrottle.locked_until.is_(None),
                                                         LoginThrottle.locked_until <= now)
    for key, attempts in session.execute(select(LoginThrottle.key, LoginThrottle.unaudited)
                                         .where(stale, LoginThrottle.unaudited > 0)).all():
        named = key.startswith("name:")
        audit.record(session, services.clock, action="login_failed", entity="login", entity_id=key[:64],
                     username=key[5:37] if named else "-", channel="window",
                     detail={"code": "invalid_credentials", "attempts": attempts})
    return session.execute(delete(LoginThrottle).where(stale)).rowcount or 0


def run_maintenance(services: Services) -> dict[str, int] | None:
    """One pass; None when another instance holds the lock."""
    with services.sessionmaker.begin() as session:
        if session.get_bind().dialect.name == "postgresql" and not session.scalar(
            text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": MAINTENANCE_LOCK}
        ):
            return None
        done = {"idempotency_purged": purge_idempotency(session, services),
                "challenges_purged": purge_challenges(session, services),
                "login_throttle_purged": purge_login_throttle(session, services)}
    if any(done.values()):
        log.info("maintenance: %s", done)
    return done


async def maintenance_loop(services: Services) -> None:
    while True:
        try:
            await run_in_threadpool(run_maintenance, services)
        except Exception:  # noqa: BLE001 - housekeeping must not stop the service
            log.exception("maintenance pass failed")
        await asyncio.sleep(INTERVAL_SECONDS)
