"""The central holiday calendar: seeded from chinese-calendar, edited by supervisors."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.calendar.schemas import (
    CalendarDayPublic,
    CalendarDayUpdate,
    CalendarEntriesPublic,
    CalendarPublic,
    CalendarYearPublic,
    CalendarYearsPublic,
    PlateDeadlinePublic,
)
from central_api.models import CalendarDay, CalendarYear
from central_api.platform import audit
from central_api.platform.clock import Clock
from central_api.platform.db import found
from central_api.platform.deps import Principal
from central_api.platform.errors import Unprocessable
from counter_app.domain.console import calendar_runs_out_soon
from counter_app.domain.plates import reservation_deadline
from counter_app.domain.timefmt import SHANGHAI, local
from counter_app.domain.workdays import CalendarOutOfRange, WorkCalendar

MAX_SPAN_DAYS = 400
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


def days_between(session: Session, start: date, end: date) -> CalendarPublic:
    """Every day from `start` to `end` (inclusive) with whether it is a working day, and why."""
    if end < start or (end - start).days >= MAX_SPAN_DAYS:
        raise Unprocessable("calendar_range_invalid", f"查询区间须为1至{MAX_SPAN_DAYS}天，且结束日期不早于开始日期")
    cal = load_calendar(session)
    names = dict(session.execute(
        select(CalendarDay.day, CalendarDay.name).where(CalendarDay.day.between(start, end))).all())
    days = []
    try:
        for offset in range((end - start).days + 1):
            day = start + timedelta(days=offset)
            working = cal.is_working_day(day)
            if day in cal.makeup_workdays:
                kind = "workday"
            elif day in cal.holidays:
                kind = "holiday"
            else:
                kind = "weekday" if day.weekday() < 5 else "weekend"
            days.append(CalendarDayPublic(date=day, working=working, kind=kind, name=names.get(day)))
    except CalendarOutOfRange as exc:
        raise out_of_range(exc) from exc
    return CalendarPublic(first_year=cal.first_year, last_year=cal.last_year, data=days, count=len(days))


def set_day(session: Session, clock: Clock, principal: Principal, day: date, body: CalendarDayUpdate
            ) -> CalendarDayPublic:
    """Mark a day as a holiday or a make-up working day (supervisors); audited with before/after."""
    row = session.get(CalendarDay, day)
    before = None if row is None else {"kind": row.kind, "name": row.name}
    if row is None:
        row = CalendarDay(day=day, kind=body.kind, name=body.name, updated_at=clock.now())
        session.add(row)
    else:
        row.kind, row.name, row.updated_at = body.kind, body.name, clock.now()
    audit.by(session, clock, principal, action="calendar_day_set", entity="calendar_day", entity_id=day.isoformat(),
             detail={"before": before, "after": {"kind": body.kind, "name": body.name}})
    return CalendarDayPublic(date=day, working=body.kind == "workday", kind=body.kind, name=body.name)


def remove_day(session: Session, clock: Clock, principal: Principal, day: date) -> None:
    """Make a day ordinary again (Monday–Friday working, weekend off)."""
    row = found(session.get(CalendarDay, day), "calendar_day_not_found", f"{day.isoformat()} 不是节假日或调休工作日")
    audit.by(session, clock, principal, action="calendar_day_removed", entity="calendar_day",
             entity_id=day.isoformat(), detail={"before": {"kind": row.kind, "name": row.name}})
    session.delete(row)


def add_year(session: Session, clock: Clock, principal: Principal, year: int) -> CalendarYearPublic:
    """Declare a year's schedule entered (next to a known year), so working days may be computed in it."""
    row = session.get(CalendarYear, year)
    if row is None:
        years = set(session.scalars(select(CalendarYear.year)))
        if years and year - 1 not in years and year + 1 not in years:
            raise Unprocessable("calendar_year_gap", f"须先录入与已知年份相邻的年份（{min(years)}–{max(years)}）")
        row = CalendarYear(year=year, source="supervisor", updated_at=clock.now())
        session.add(row)
        audit.by(session, clock, principal, action="calendar_year_added", entity="calendar_year", entity_id=year)
    return CalendarYearPublic(year=row.year, source=row.source)


def known_years(session: Session, clock: Clock) -> CalendarYearsPublic:
    """The years whose schedule is known, and whether the last one ends within two months."""
    rows = list(session.scalars(select(CalendarYear).order_by(CalendarYear.year)))
    if not rows:
        raise Unprocessable("calendar_empty", "节假日日历为空，请联系主管维护节假日日历")
    last = rows[-1].year
    return CalendarYearsPublic(data=[CalendarYearPublic(year=r.year, source=r.source) for r in rows],
                               first_year=rows[0].year, last_year=last,
                               runs_out_soon=calendar_runs_out_soon(last, local(clock.now()).date()))


def plate_deadline(session: Session, chosen_on: date, working_days: int) -> PlateDeadlinePublic:
    """The confirmation deadline of a plate chosen on `chosen_on`, as the centre computes it."""
    chosen_at = datetime.combine(chosen_on, time(12), tzinfo=SHANGHAI)
    try:
        deadline = reservation_deadline(load_calendar(session), chosen_at, working_days)
    except CalendarOutOfRange as exc:
        raise out_of_range(exc) from exc
    return PlateDeadlinePublic(chosen_on=chosen_on, working_days=working_days, deadline=deadline)


def entries(session: Session, year: int) -> CalendarEntriesPublic:
    """The holidays and make-up working days stored for a year, declared or still being entered."""
    rows = session.scalars(select(CalendarDay).where(CalendarDay.day.between(date(year, 1, 1), date(year, 12, 31)))
                           .order_by(CalendarDay.day)).all()
    data = [CalendarDayPublic(date=r.day, working=r.kind == "workday", kind=r.kind, name=r.name) for r in rows]
    return CalendarEntriesPublic(year=year, declared=session.get(CalendarYear, year) is not None, data=data,
                                 count=len(data))
