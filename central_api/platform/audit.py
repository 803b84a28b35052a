"""The append-only audit trail; every write adds its row in the request's transaction."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from central_api.models import AuditLog
from central_api.platform.clock import Clock


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
