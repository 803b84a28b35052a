"""The clerk's day, read from the audit trail."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import Account, AuditLog, Station
from central_api.platform.deps import Principal
from central_api.reports.schemas import DailyCount, DailyEntry, DailyReport
from counter_app.domain.timefmt import SHANGHAI

MAX_ENTRIES = 2000


def daily_report(session: Session, principal: Principal, day: date) -> DailyReport:
    """Every audited action of the signed-in account on `day` (Nanjing time), counted by action."""
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
        entries=[DailyEntry(at=r.at, action=r.action, entity=r.entity, entity_id=r.entity_id,
                            queue_ticket=(r.detail or {}).get("queue_ticket"),
                            ticket_at=(r.detail or {}).get("ticket_at")) for r in rows],
    )
