"""A clerk's own day, from the audit trail (for the printed end-of-day summary)."""
from datetime import date, datetime, time, timedelta
from typing import Annotated

from fastapi import Query
from sqlalchemy import select

from central_api.models import Account, AuditLog, Station
from central_api.platform.deps import ClockDep, PrincipalDep, SessionDep
from central_api.platform.errors import error_responses
from central_api.platform.routing import make_router
from central_api.reports.schemas import DailyCount, DailyEntry, DailyReport
from counter_app.domain.timefmt import SHANGHAI, local

router = make_router(prefix="/reports", tags=["reports"])
MAX_ENTRIES = 2000


@router.get("/daily", operation_id="daily_report", response_model=DailyReport, responses=error_responses(401, 422))
def daily_report(principal: PrincipalDep, session: SessionDep, clock: ClockDep,
                 day: Annotated[date | None, Query()] = None) -> DailyReport:
    """Every audited action of the signed-in account on `day` (default: today in Nanjing)."""
    day = day or local(clock.now()).date()
    start = datetime.combine(day, time(0), tzinfo=SHANGHAI)
    rows = session.scalars(
        select(AuditLog).where(AuditLog.account_id == principal.account_id, AuditLog.at >= start,
                               AuditLog.at < start + timedelta(days=1))
        .order_by(AuditLog.id).limit(MAX_ENTRIES)
    ).all()
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.action] = counts.get(row.action, 0) + 1
    account = session.get(Account, principal.account_id)
    station = session.get(Station, principal.station_id)
    return DailyReport(
        day=day, username=principal.username, display_name=account.display_name if account else "",
        station_name=station.name if station else "",
        counts=[DailyCount(action=a, count=n) for a, n in sorted(counts.items())],
        entries=[DailyEntry(at=r.at, action=r.action, entity=r.entity, entity_id=r.entity_id) for r in rows],
    )
