from datetime import date, timedelta
from typing import Annotated

from fastapi import Path, Query
from sqlalchemy import select

from central_api.calendar.schemas import CalendarDayPublic, CalendarDayUpdate, CalendarPublic, CalendarYearPublic
from central_api.calendar.service import load_calendar, out_of_range
from central_api.models import CalendarDay, CalendarYear
from central_api.platform import audit
from central_api.platform.deps import ClockDep, PrincipalDep, SessionDep, SupervisorDep
from central_api.platform.errors import NotFound, Unprocessable, error_responses
from central_api.platform.routing import make_router
from counter_app.domain.workdays import CalendarOutOfRange

router = make_router(prefix="/calendar", tags=["calendar"])
MAX_SPAN_DAYS = 400


@router.get("", operation_id="get_calendar", response_model=CalendarPublic, responses=error_responses(401, 422))
def get_calendar(
    _principal: PrincipalDep,
    session: SessionDep,
    start: Annotated[date, Query(alias="from")],
    end: Annotated[date, Query(alias="to")],
) -> CalendarPublic:
    """Every day from `from` to `to` (inclusive) with whether it is a working day."""
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


@router.put("/days/{day}", operation_id="put_calendar_day", response_model=CalendarDayPublic,
            responses=error_responses(401, 403, 422))
def put_calendar_day(
    principal: SupervisorDep, session: SessionDep, clock: ClockDep, day: Annotated[date, Path()],
    body: CalendarDayUpdate,
) -> CalendarDayPublic:
    """Mark a day as a holiday or a make-up working day (supervisors)."""
    row = session.get(CalendarDay, day)
    before = None if row is None else {"kind": row.kind, "name": row.name}
    if row is None:
        row = CalendarDay(day=day, kind=body.kind, name=body.name, updated_at=clock.now())
        session.add(row)
    else:
        row.kind, row.name, row.updated_at = body.kind, body.name, clock.now()
    audit.record(session, clock, action="calendar_day_set", entity="calendar_day", entity_id=day.isoformat(),
                 username=principal.username, account_id=principal.account_id, station_id=principal.station_id,
                 channel=principal.channel, detail={"before": before, "after": {"kind": body.kind, "name": body.name}})
    return CalendarDayPublic(date=day, working=body.kind == "workday", kind=body.kind, name=body.name)


@router.delete("/days/{day}", operation_id="delete_calendar_day", status_code=204,
               responses=error_responses(401, 403, 404, 422))
def delete_calendar_day(principal: SupervisorDep, session: SessionDep, clock: ClockDep,
                        day: Annotated[date, Path()]) -> None:
    """Make a day ordinary again (Monday–Friday working, weekend off)."""
    row = session.get(CalendarDay, day)
    if row is None:
        raise NotFound("calendar_day_not_found", f"{day.isoformat()} 不是节假日或调休工作日")
    audit.record(session, clock, action="calendar_day_removed", entity="calendar_day", entity_id=day.isoformat(),
                 username=principal.username, account_id=principal.account_id, station_id=principal.station_id,
                 channel=principal.channel, detail={"before": {"kind": row.kind, "name": row.name}})
    session.delete(row)


@router.put("/years/{year}", operation_id="put_calendar_year", response_model=CalendarYearPublic,
            responses=error_responses(401, 403, 422))
def put_calendar_year(principal: SupervisorDep, session: SessionDep, clock: ClockDep,
                      year: Annotated[int, Path(ge=2000, le=2100)]) -> CalendarYearPublic:
    """Declare a year's schedule entered, so working days may be computed in it."""
    row = session.get(CalendarYear, year)
    if row is None:
        years = set(session.scalars(select(CalendarYear.year)))
        if years and year - 1 not in years and year + 1 not in years:
            raise Unprocessable("calendar_year_gap", f"须先录入与已知年份相邻的年份（{min(years)}–{max(years)}）")
        row = CalendarYear(year=year, source="supervisor", updated_at=clock.now())
        session.add(row)
        audit.record(session, clock, action="calendar_year_added", entity="calendar_year", entity_id=year,
                     username=principal.username, account_id=principal.account_id,
                     station_id=principal.station_id, channel=principal.channel)
    return CalendarYearPublic(year=row.year, source=row.source)
