"""The append-only audit trail; every write adds its row in the request's transaction."""
from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import AuditLog
from central_api.platform import audit_chain
from central_api.platform.clock import Clock

if TYPE_CHECKING:
    from central_api.platform.deps import Principal

# The hall's queue ticket (叫号) of the customer a counter serves, from the `X-Queue-Ticket`
# header (`A023` or `A023@<ISO time the clerk called it>`): kept in the audit row's detail so the
# end-of-day summary can count customers and the time from ticket to last write.
QUEUE_TICKET: ContextVar[dict[str, str] | None] = ContextVar("queue_ticket", default=None)
_TICKET = re.compile(r"^([A-Za-z0-9-]{1,16})(?:@(\S{10,40}))?$")


def parse_ticket(raw: str) -> dict[str, str] | None:
    """{"queue_ticket": "A023", "ticket_at": iso} from a header value; None when malformed."""
    match = _TICKET.match(raw.strip())
    if match is None:
        return None
    out = {"queue_ticket": match.group(1).upper()}
    if match.group(2):
        try:
            at = datetime.fromisoformat(match.group(2))
        except ValueError:
            return None
        if at.tzinfo is not None:
            out["ticket_at"] = at.astimezone(timezone.utc).isoformat()
    return out


class QueueTicketMiddleware:
    """Reads `X-Queue-Ticket` once per request (a malformed one is ignored, never stored)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        ticket = None
        if scope["type"] == "http":
            raw = dict(scope["headers"]).get(b"x-queue-ticket")
            ticket = parse_ticket(raw.decode("latin-1")) if raw else None
        token = QUEUE_TICKET.set(ticket)
        try:
            await self.app(scope, receive, send)
        finally:
            QUEUE_TICKET.reset(token)


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
        detail=_with_ticket(detail or {}),
    )
    session.add(row)
    audit_chain.remember(session, row)  # linked into the hash chain at commit
    return row


def _with_ticket(detail: dict[str, Any]) -> dict[str, Any]:
    ticket = QUEUE_TICKET.get()
    return {**detail, **ticket} if ticket else detail


def by(session: Session, clock: Clock, principal: Principal, *, action: str, entity: str,
       entity_id: str | int | None, detail: dict[str, Any] | None = None) -> AuditLog:
    """The row of one signed-in user's action: who, at which station, through which channel."""
    return record(session, clock, action=action, entity=entity, entity_id=entity_id, username=principal.username,
                  account_id=principal.account_id, station_id=principal.station_id, channel=principal.channel,
                  detail=detail)


def page(session: Session, *, after_id: int, limit: int, username: str | None = None, station_id: int | None = None,
         start: datetime | None = None, end: datetime | None = None, entity: str | None = None,
         entity_id: str | None = None) -> list[AuditLog]:
    """The trail in order, `limit` rows after `after_id`, narrowed by account, station, time
    (from `start` inclusive to `end` exclusive) and record (entity, and its id)."""
    query = select(AuditLog).where(AuditLog.id > after_id)
    if username is not None:
        query = query.where(AuditLog.username == username)
    if station_id is not None:
        query = query.where(AuditLog.station_id == station_id)
    if start is not None:
        query = query.where(AuditLog.at >= start)
    if end is not None:
        query = query.where(AuditLog.at < end)
    if entity is not None:
        query = query.where(AuditLog.entity == entity)
    if entity_id is not None:
        query = query.where(AuditLog.entity_id == entity_id)
    return list(session.scalars(query.order_by(AuditLog.id).limit(limit)))
