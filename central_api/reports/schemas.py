"""Request and response models: The clerk's day. Requests are strict (StrictModel)."""
from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel


class DailyCount(BaseModel):
    action: str
    count: int


class DailyEntry(BaseModel):
    at: datetime
    action: str
    entity: str
    entity_id: str | None
    queue_ticket: str | None = None  # the hall's queue ticket of the customer (X-Queue-Ticket)
    ticket_at: datetime | None = None  # when the clerk called that ticket


class DailyReport(BaseModel):
    """What one account did on one day (Nanjing time), from the audit trail."""

    day: date
    username: str
    display_name: str
    station_name: str
    counts: list[DailyCount]
    entries: list[DailyEntry]
