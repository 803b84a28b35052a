"""Housekeeping that must run exactly once across instances (advisory lock on PostgreSQL)."""
from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from fastapi.concurrency import run_in_threadpool
from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from central_api.models import IdempotencyRecord
from central_api.platform.services import Services

log = logging.getLogger(__name__)
MAINTENANCE_LOCK = 7320102
INTERVAL_SECONDS = 6 * 3600


def purge_idempotency(session: Session, services: Services) -> int:
    """Forget stored answers older than the retention (at least 7 days: a counter may replay late)."""
    cutoff = services.clock.now() - timedelta(days=services.settings.idempotency_retention_days)
    result = session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.created_at <= cutoff))
    return result.rowcount or 0


def run_maintenance(services: Services) -> dict[str, int] | None:
    """One pass; None when another instance holds the lock."""
    with services.sessionmaker.begin() as session:
        if session.get_bind().dialect.name == "postgresql" and not session.scalar(
            text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": MAINTENANCE_LOCK}
        ):
            return None
        done = {"idempotency_purged": purge_idempotency(session, services)}
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
