"""The central holiday calendar: seeded from chinese-calendar, edited by supervisors."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import CalendarDay, CalendarYear
from central_api.platform.clock import Clock
from central_api.platform.errors import Unprocessable
from counter_app.domain.workdays import CalendarOutOfRange, WorkCalendar

HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}


def library_schedule() -> tuple[list[int], dict[date, str], dict[date, str]]:
    """Years, holidays and make-up working days as the chinese-calendar package publishes them."""
    from chinese_calendar import constants

    years = sorted({d.year for d in constants.holidays})
    holidays = {d: HOLIDAY_NAMES.get(name, name) for d, name in constants.holidays.items()}
    workdays = {d: HOLIDAY_NAMES.get(name, name) + "调休" for d, name in constants.workdays.items()}
    return years, holidays, workdays


def seed_calendar(session: Session, clock: Clock) -> int:
    """Add the library's years the database does not know yet; never overwrite edits."""
    years, holidays, workdays = library_schedule()
    known = set(session.scalars(select(CalendarYear.year)))
    now = clock.now()
    added = [y for y in years if y not in known]
    for year in added:
        session.add(CalendarYear(year=year, source="chinese-calendar", updated_at=now))
    existing = set(session.scalars(select(CalendarDay.day)))
    for table, kind in ((holidays, "holiday"), (workdays, "workday")):
        for day, name in table.items():
            if day.year in added and day not in existing:
                session.add(CalendarDay(day=day, kind=kind, name=name, updated_at=now))
    return len(added)


def load_calendar(session: Session) -> WorkCalendar:
    years = list(session.scalars(select(CalendarYear.year)))
    if not years:
        raise Unprocessable("calendar_empty", "节假日日历为空，请联系主管维护节假日日历")
    rows = session.execute(select(CalendarDay.day, CalendarDay.kind)).all()
    return WorkCalendar.from_days(
        years,
        holidays=(d for d, k in rows if k == "holiday"),
        makeup_workdays=(d for d, k in rows if k == "workday"),
    )


def out_of_range(exc: CalendarOutOfRange) -> Unprocessable:
    """The API's answer when a computation leaves the known years."""
    return Unprocessable("calendar_unknown_year", str(exc))
