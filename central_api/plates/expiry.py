"""The plate expiry job. It runs for the clock's time and is idempotent; on PostgreSQL only the
instance that takes the job's advisory lock runs it (the others skip this round).
"""
from __future__ import annotations

import logging

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from central_api.models import PlateSelection
from central_api.plates import pool as plate_pool, reservations as plate_reservations, selection as plate_selection
from central_api.plates.schemas import ExpiryReport
from central_api.platform import audit
from central_api.platform.services import Services
from counter_app.domain.masking import mask_id_number

log = logging.getLogger(__name__)

PLATE_EXPIRY_LOCK = 7320105  # pg advisory lock key of the plate expiry job


def run_plate_expiry(session: Session, services: Services, *, username: str = "system", channel: str = "window",
                     account_id: int | None = None, station_id: int | None = None,
                     audit_idle_run: bool = False) -> ExpiryReport:
    """Release lapsed holds and idle selections, expire overdue reservations (blacklisting
    their owners once), and top the pool up. Running it again changes nothing more.

    One audit row per run that changed something; a supervisor's run (`audit_idle_run`) is
    recorded even when there was nothing to do, the timer's idle rounds are not.
    """
    if session.get_bind().dialect.name == "postgresql":
        if not session.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": PLATE_EXPIRY_LOCK}):
            log.info("plate expiry: another instance is running it")
            return ExpiryReport(ran=False, holds_released=0, selections_lapsed=0, reservations_expired=0,
                                blacklisted=0, segments_released=[], pool_low=False)
    now = services.clock.now()
    query = select(PlateSelection).where(PlateSelection.status == "open", PlateSelection.hold_expires_at <= now)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    released = sum(len(plate_selection.settle_selection(session, services, row))
                   for row in session.scalars(query).all())
    lapsed = plate_selection.lapse_idle(session, services)
    expired = plate_reservations.expire_overdue(session, services)
    topped = plate_pool.top_up(session, services)
    report = ExpiryReport(ran=True, holds_released=released, selections_lapsed=lapsed,
                          reservations_expired=len(expired), blacklisted=len(expired),
                          segments_released=topped.released, pool_low=topped.pool_low)
    changed = bool(released or lapsed or expired or topped.released)
    if changed or audit_idle_run:
        audit.record(session, services.clock, action="plate_expiry_run", entity="plate_reservation", entity_id=None,
                     username=username, account_id=account_id, station_id=station_id, channel=channel,
                     detail={**report.model_dump(),
                             "expired": [{"reservation_id": r.id, "plate": r.plate_number,
                                          "id_number": mask_id_number(r.id_number),
                                          "blacklist_id": b.id, "blacklisted_until": b.ends_on.isoformat()}
                                         for r, b in expired]})
    if changed:
        log.info("plate expiry: %s", report.model_dump())
    return report


def plate_expiry_job(services: Services) -> ExpiryReport:
    """The timer's round: run_plate_expiry in its own transaction, as the system."""
    with services.sessionmaker.begin() as session:
        return run_plate_expiry(session, services)
