"""Request and response models: The working-day calendar. Requests are strict (StrictModel)."""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from central_api.platform.schemas import StrictModel


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
