"""The SMS gateway interface. The demo/test gateway writes each message to `sms_outbox`, which a
supervisor reads (`GET /sms-outbox`); a real gateway would deliver from that same table."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import insert
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


class OutboxSmsGateway:
    """Writes to the outbox table in the caller's transaction (one executemany)."""

    def send(self, session: Session, messages: Sequence[SmsMessage], at: datetime) -> None:
        if messages:
            session.execute(insert(SmsOutbox.__table__), [
                {"created_at": at, "mobile": m.mobile, "kind": m.kind, "body": SENDER + m.body,
                 "booking_id": m.booking_id} for m in messages])
