"""Request and response models. Requests are strict: no silent coercion, no extra fields."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class StrictModel(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class LoginRequest(StrictModel):
    username: str = Field(min_length=1, max_length=32)
    password: str = Field(min_length=1, max_length=128)
    station_id: int | None = None


class StationPublic(BaseModel):
    id: int
    code: str
    name: str
    address: str
    phone: str
    kind: str
    can_face_sign: bool
    can_confirm_plates: bool
    can_book_exams: bool
    can_late_cancel: bool
    has_phone_desk: bool
    is_exam_site: bool

    model_config = ConfigDict(from_attributes=True)


class LoginResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    role: str
    username: str
    display_name: str
    station: StationPublic


class StationsPublic(BaseModel):
    data: list[StationPublic]
    count: int


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


class CalendarDayPublic(BaseModel):
    date: date
    working: bool
    kind: str  # weekday | weekend | holiday | workday
    name: str | None = None


class CalendarPublic(BaseModel):
    first_year: int
    last_year: int
    data: list[CalendarDayPublic]
    count: int


class CalendarDayUpdate(StrictModel):
    kind: Literal["holiday", "workday"]
    name: str = Field(min_length=1, max_length=32)


class CalendarYearPublic(BaseModel):
    year: int
    source: str
