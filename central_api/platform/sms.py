"""The SMS gateway interface. The demo/test gateway writes each message to `sms_outbox`, which a
supervisor reads (`GET /sms-outbox`); a real gateway would deliver from that same table."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Insert, Select, String, insert, literal, select
from sqlalchemy.orm import Session

from central_api.models import SmsOutbox

SENDER = "【交管12123】"


@dataclass(frozen=True)
class SmsMessage:
    mobile: str
    kind: str  # allocated | not_allocated | seat_refilled | result
    body: str
    booking_id: int | None = None


class SmsGateway(Protocol):
    def send(self, session: Session, messages: Sequence[SmsMessage], at: datetime) -> None:
        """Queue the messages in the caller's transaction (sent only if it commits)."""

    def send_query(self, session: Session, rows: Select[Any], params: dict[str, Any]) -> None:
        """Queue the messages a query gives with these parameters (columns created_at, mobile,
        kind, body, booking_id, seq for their order, and optionally group_seq ordering before seq),
        in the database, in the caller's transaction."""


class OutboxSmsGateway:
    """Writes to the outbox table in the caller's transaction (one executemany)."""

    def __init__(self) -> None:
        self._inserts: dict[Select[Any], Insert] = {}

    def send(self, session: Session, messages: Sequence[SmsMessage], at: datetime) -> None:
        if messages:
            session.execute(insert(SmsOutbox.__table__), [
                {"created_at": at, "mobile": m.mobile, "kind": m.kind, "body": SENDER + m.body,
                 "booking_id": m.booking_id} for m in messages])

    def send_query(self, session: Session, rows: Select[Any], params: dict[str, Any]) -> None:
        """One INSERT … SELECT for a whole batch of sessions' messages (exam allocation); the statement
        is built once per query and reused (SQLAlchemy's compiled cache)."""
        statement = self._inserts.get(rows)
        if statement is None:
            sub = rows.subquery("messages")
            statement = insert(SmsOutbox.__table__).from_select(
                ["created_at", "mobile", "kind", "body", "booking_id"],
                select(sub.c.created_at, sub.c.mobile, sub.c.kind, literal(SENDER, String) + sub.c.body,
                       sub.c.booking_id).order_by(*[c for c in (sub.c.get("group_seq"), sub.c.seq) if c is not None]))
            self._inserts[rows] = statement
        session.execute(statement, params)


def outbox_page(session: Session, *, after_id: int, booking_id: int | None, limit: int,
                state: str | None = None) -> list[SmsOutbox]:
    """The outbox in order, `limit` messages after `after_id` (of one booking, in one state when given)."""
    query = select(SmsOutbox).where(SmsOutbox.id > after_id)
    if state is not None:
        query = query.where(SmsOutbox.state == state)
    if booking_id is not None:
        query = query.where(SmsOutbox.booking_id == booking_id)
    return list(session.scalars(query.order_by(SmsOutbox.id).limit(limit)))
