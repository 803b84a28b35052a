"""Models every area uses: the strict request base, health, the audit trail, the SMS outbox.
Requests are strict: no silent coercion, no extra fields."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class HealthResponse(BaseModel):
    status: str
    time: datetime


class AuditEntry(BaseModel):
    id: int
    at: datetime
    username: str
    station_id: int | None
    channel: str
    action: str
    entity: str
    entity_id: str | None
    detail: dict[str, Any]

    model_config = ConfigDict(from_attributes=True)


class AuditPage(BaseModel):
    data: list[AuditEntry]
    count: int


# --- SMS outbox ----------------------------------------------------------------------------------
class SmsPublic(BaseModel):
    id: int
    created_at: datetime
    mobile: str
    kind: str
    body: str
    booking_id: int | None


class SmsPage(BaseModel):
    data: list[SmsPublic]
    count: int
