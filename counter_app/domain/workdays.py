"""Working days on the published holiday calendar (public holidays and 调休 make-up days).

The calendar is data: the central database holds it (seeded from the maintained
`chinese-calendar` library, editable by supervisors) and builds a `WorkCalendar` from it.
A computation that leaves the years the calendar knows is refused, never guessed.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta


class CalendarOutOfRange(ValueError):
    """The date lies in a year whose holiday schedule has not been published/entered."""

    def __init__(self, day: date, first_year: int, last_year: int) -> None:
        self.day = day
        self.first_year = first_year
        self.last_year = last_year
        super().__init__(
            f"{day.year}年的节假日安排尚未录入（系统已知 {first_year}–{last_year} 年），无法计算工作日，请联系主管维护节假日日历"
        )


@dataclass(frozen=True)
class WorkCalendar:
    """Weekends are off, except make-up working days; listed holidays are off."""

    first_year: int
    last_year: int
    holidays: frozenset[date] = field(default_factory=frozenset)
    makeup_workdays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def from_days(cls, years: Iterable[int], holidays: Iterable[date], makeup_workdays: Iterable[date]) -> WorkCalendar:
        known = sorted(set(years))
        if not known:
            raise ValueError("a calendar needs at least one known year")
        if known != list(range(known[0], known[-1] + 1)):
            raise ValueError(f"the known years must be contiguous, got {known}")
        return cls(known[0], known[-1], frozenset(holidays), frozenset(makeup_workdays))

    def _check(self, day: date) -> None:
        if not self.first_year <= day.year <= self.last_year:
            raise CalendarOutOfRange(day, self.first_year, self.last_year)

    def is_working_day(self, day: date) -> bool:
        self._check(day)
        if day in self.makeup_workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def add_working_days(self, start: date, count: int) -> date:
        """The `count`-th working day after `start` (start itself not counted)."""
        if count < 1:
            raise ValueError("count must be at least 1")
        day = start
        while count:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
        return day

    def previous_working_day(self, day: date) -> date:
        """The last working day strictly before `day`."""
        day -= timedelta(days=1)
        while not self.is_working_day(day):
            day -= timedelta(days=1)
        return day
