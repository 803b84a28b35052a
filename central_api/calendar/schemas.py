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


class CalendarYearsPublic(BaseModel):
    data: list[CalendarYearPublic]
    first_year: int
    last_year: int
    runs_out_soon: bool  # within two months of the end of the last known year


class PlateDeadlinePublic(BaseModel):
    chosen_on: date
    working_days: int
    deadline: date


class CalendarEntriesPublic(BaseModel):
    year: int
    declared: bool  # the year is known: working days may be computed in it
    data: list[CalendarDayPublic]
    count: int
