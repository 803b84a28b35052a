"""Endpoints of the working-day calendar; the rules are in service.py."""
from datetime import date
from typing import Annotated

from fastapi import Path, Query

from central_api.calendar import service
from central_api.calendar.schemas import (
    CalendarDayPublic,
    CalendarDayUpdate,
    CalendarEntriesPublic,
    CalendarPublic,
    CalendarYearPublic,
    CalendarYearsPublic,
    PlateDeadlinePublic,
)
from central_api.platform.bounds import BoundedDate
from central_api.platform.deps import ClockDep, PrincipalDep, ServicesDep, SessionDep, SupervisorDep
from central_api.platform.errors import error_responses
from central_api.platform.routing import make_router

router = make_router(prefix="/calendar", tags=["calendar"])


@router.get("", operation_id="get_calendar", response_model=CalendarPublic, responses=error_responses(401, 422))
def get_calendar(
    _principal: PrincipalDep,
    session: SessionDep,
    start: Annotated[BoundedDate, Query(alias="from")],
    end: Annotated[BoundedDate, Query(alias="to")],
) -> CalendarPublic:
    """Every day from `from` to `to` (inclusive) with whether it is a working day."""
    return service.days_between(session, start, end)


@router.put("/days/{day}", operation_id="put_calendar_day", response_model=CalendarDayPublic,
            responses=error_responses(401, 403, 422))
def put_calendar_day(
    principal: SupervisorDep, session: SessionDep, clock: ClockDep, day: Annotated[date, Path()],
    body: CalendarDayUpdate,
) -> CalendarDayPublic:
    """Mark a day as a holiday or a make-up working day (supervisors)."""
    return service.set_day(session, clock, principal, day, body)


@router.delete("/days/{day}", operation_id="delete_calendar_day", status_code=204,
               responses=error_responses(401, 403, 404, 422))
def delete_calendar_day(principal: SupervisorDep, session: SessionDep, clock: ClockDep,
                        day: Annotated[date, Path()]) -> None:
    """Make a day ordinary again (Monday–Friday working, weekend off)."""
    service.remove_day(session, clock, principal, day)


@router.put("/years/{year}", operation_id="put_calendar_year", response_model=CalendarYearPublic,
            responses=error_responses(401, 403, 422))
def put_calendar_year(principal: SupervisorDep, session: SessionDep, clock: ClockDep,
                      year: Annotated[int, Path(ge=2000, le=2100)]) -> CalendarYearPublic:
    """Declare a year's schedule entered, so working days may be computed in it."""
    return service.add_year(session, clock, principal, year)


@router.get("/years", operation_id="list_calendar_years", response_model=CalendarYearsPublic,
            responses=error_responses(401, 422))
def list_calendar_years(_principal: PrincipalDep, session: SessionDep, clock: ClockDep) -> CalendarYearsPublic:
    """The years whose holiday schedule is known; `runs_out_soon` two months before the last one ends."""
    return service.known_years(session, clock)


@router.get("/plate-deadline", operation_id="plate_deadline", response_model=PlateDeadlinePublic,
            responses=error_responses(401, 422))
def plate_deadline(_principal: PrincipalDep, session: SessionDep, services: ServicesDep,
                   chosen_on: Annotated[BoundedDate, Query()]) -> PlateDeadlinePublic:
    """The confirmation deadline of a plate chosen on that day (held from the next day for 3 working days)."""
    return service.plate_deadline(session, chosen_on, services.settings.plate_reservation_working_days)


@router.get("/entries", operation_id="list_calendar_entries", response_model=CalendarEntriesPublic,
            responses=error_responses(401, 422))
def list_calendar_entries(_principal: PrincipalDep, session: SessionDep,
                          year: Annotated[int, Query(ge=2000, le=2100)]) -> CalendarEntriesPublic:
    """A year's holidays and make-up working days as stored (also while the year is still being entered)."""
    return service.entries(session, year)
