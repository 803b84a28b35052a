"""Request and response models: counter heartbeats and the live board. Requests are strict."""
from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from central_api.platform.schemas import StrictModel


class Heartbeat(StrictModel):
    hostname: str = Field(min_length=1, max_length=64)
    version: str = Field(min_length=1, max_length=32)
    pending_writes: int = Field(ge=0, le=1_000_000)
    refused_writes: int = Field(ge=0, le=1_000_000)


class HeartbeatAnswer(BaseModel):
    at: datetime
    offline_after_seconds: int


class CounterPublic(BaseModel):
    device_id: str
    station_id: int
    station_name: str
    hostname: str
    name: str  # the enrolled PC's name (issue 11), else the heartbeat's host name
    enrolled_device_id: int | None = None
    enrolment: str | None = None  # pending | active | revoked of the enrolled PC; None without one
    username: str
    version: str
    online: bool
    last_seen: datetime
    pending_writes: int
    refused_writes: int


class WorkflowCount(BaseModel):
    workflow: str
    customers: int


class StationBoard(BaseModel):
    station_id: int
    station_name: str
    counters_online: int
    counters_total: int
    pending_writes: int
    refused_writes: int
    customers: int
    by_workflow: list[WorkflowCount]
    average_minutes: float | None
    late_cancellations: int
    no_shows: int


class BoardPublic(BaseModel):
    at: datetime
    day: date
    offline_after_seconds: int
    stations: list[StationBoard]
    counters: list[CounterPublic]
