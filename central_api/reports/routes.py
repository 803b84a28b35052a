"""A clerk's own day, from the audit trail (for the printed end-of-day summary)."""
from datetime import date
from typing import Annotated

from fastapi import Query

from central_api.platform.bounds import BoundedDate
from central_api.platform.deps import ClockDep, PrincipalDep, SessionDep
from central_api.platform.errors import error_responses
from central_api.platform.routing import make_router
from central_api.reports import service
from central_api.reports.schemas import DailyReport
from counter_app.domain.timefmt import local

router = make_router(prefix="/reports", tags=["reports"])


@router.get("/daily", operation_id="daily_report", response_model=DailyReport, responses=error_responses(401, 422))
def daily_report(principal: PrincipalDep, session: SessionDep, clock: ClockDep,
                 day: Annotated[BoundedDate | None, Query()] = None) -> DailyReport:
    """Every audited action of the signed-in account on `day` (default: today in Nanjing)."""
    return service.daily_report(session, principal, day or local(clock.now()).date())
