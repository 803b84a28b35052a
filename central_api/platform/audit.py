"""The append-only audit trail; every write adds its row in the request's transaction."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import AuditLog
from central_api.platform.clock import Clock

if TYPE_CHECKING:
    from central_api.platform.deps import Principal


def record(
    session: Session,
    clock: Clock,
    *,
    action: str,
    entity: str,
    entity_id: str | int | None,
    username: str,
    channel: str,
    account_id: int | None = None,
    station_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditLog:
    row = AuditLog(
        at=clock.now(),
        account_id=account_id,
        username=username,
        station_id=station_id,
        channel=channel,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        detail=detail or {},
    )
    session.add(row)
    return row


def by(session: Session, clock: Clock, principal: Principal, *, action: str, entity: str,
       entity_id: str | int | None, detail: dict[str, Any] | None = None) -> AuditLog:
    """The row of one signed-in user's action: who, at which station, through which channel."""
    return record(session, clock, action=action, entity=entity, entity_id=entity_id, username=principal.username,
                  account_id=principal.account_id, station_id=principal.station_id, channel=principal.channel,
                  detail=detail)


def page(session: Session, *, after_id: int, limit: int) -> list[AuditLog]:
    """The trail in order, `limit` rows after `after_id`."""
    return list(session.scalars(select(AuditLog).where(AuditLog.id > after_id).order_by(AuditLog.id).limit(limit)))
