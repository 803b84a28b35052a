"""Models every area uses: the strict request base, health, the audit trail, the SMS outbox.
Requests are strict: no silent coercion, no extra fields."""
from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Annotated, Any, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, create_model


class StrictModel(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


def model_of(cls: type, name: str) -> type[BaseModel]:
    """A response model with the fields (names, types, defaults, order) of a domain dataclass that
    the counter reads the same answer into, so that the two cannot drift apart."""
    hints = get_type_hints(cls)
    fields: dict[str, Any] = {
        f.name: (hints[f.name], ... if f.default is dataclasses.MISSING else f.default)
        for f in dataclasses.fields(cls)
    }
    return create_model(name, __module__=cls.__module__, **fields)


class CodedReason(BaseModel):
    """One of a list of reasons with a stable code and the facts it names: the Chinese interface
    shows the reason's own words, the English one words it from these (a code it does not know:
    the Chinese words)."""

    code: str
    facts: dict[str, str | int]


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


class OutboxTakeover(StrictModel):
    """A supervisor takes over writes another account queued on a counter PC (issue 11, item 12)."""

    from_username: str = Field(max_length=32, pattern=r"^[A-Za-z0-9_.-]*$")
    # Who sends them now: the supervisor, or an account that may make them (a clerk's writes).
    to_username: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    count: int = Field(ge=1, le=100_000)
    # The writes' Idempotency-Keys: the trail names exactly which writes changed hands.
    idempotency_keys: list[Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9-]+$")]] = Field(
        min_length=1, max_length=1000)


class OutboxTakeoverRecorded(BaseModel):
    audit_id: int


# --- SMS outbox ----------------------------------------------------------------------------------
class SmsPublic(BaseModel):
    id: int
    created_at: datetime
    mobile: str
    kind: str
    body: str
    booking_id: int | None
    state: str = "queued"  # queued | sent | failed
    sent_at: datetime | None = None
    error: str | None = None


class SmsPage(BaseModel):
    data: list[SmsPublic]
    count: int
