"""Counter heartbeats and the live board: who is online, what waits in each outbox, and the
day's customers, handling time, late cancellations and no-shows per station, from the audit trail."""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, time, timedelta

from sqlalchemy import String, cast, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from central_api.board.schemas import (
    BoardPublic,
    CounterPublic,
    Heartbeat,
    HeartbeatAnswer,
    StationBoard,
    WorkflowCount,
)
from central_api.models import AuditLog, AuthToken, CounterDevice, Device, ExamBooking, ExamPlan, Station
from central_api.platform.deps import Principal
from central_api.platform.services import Services
from counter_app.domain.board import AuditFact, is_late_cancellation, is_no_show, served
from counter_app.domain.business_names import WORKFLOW_OF_ACTION
from counter_app.domain.timefmt import SHANGHAI, local

BOARD_ACTIONS = (*WORKFLOW_OF_ACTION, "exam_result_recorded", "exam_booking_no_show")


def beat(session: Session, services: Services, principal: Principal, device_id: str, body: Heartbeat
         ) -> HeartbeatAnswer:
    """Record one heartbeat (an upsert of the PC's row; not audited: it is not business)."""
    now = services.clock.now()
    token = session.get(AuthToken, principal.token_id)
    # The PC's first two beats may arrive together (a retry after a slow answer): the row is
    # inserted if missing without raising, then locked, so both answer 200 and one row remains.
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(CounterDevice).values(
        device_id=device_id, station_id=principal.station_id, hostname=body.hostname, username=principal.username,
        version=body.version, pending_writes=body.pending_writes, refused_writes=body.refused_writes,
        first_seen=now, last_seen=now).on_conflict_do_nothing(index_elements=["device_id"]))
    row = session.get(CounterDevice, device_id, with_for_update=True, populate_existing=True)
    assert row is not None
    row.enrolled_device_id = token.device_id if token is not None else None
    row.station_id = principal.station_id
    row.username = principal.username
    row.hostname = body.hostname
    row.version = body.version
    row.pending_writes = body.pending_writes
    row.refused_writes = body.refused_writes
    row.last_seen = now
    return HeartbeatAnswer(at=now, offline_after_seconds=services.settings.counter_offline_seconds)


def _today_facts(session: Session, start: datetime) -> list[tuple[int | None, AuditFact]]:
    rows = session.execute(
        select(AuditLog.station_id, AuditLog.action, AuditLog.at, AuditLog.detail, ExamPlan.site_id)
        .outerjoin(ExamBooking, (AuditLog.entity == "exam_booking") & (AuditLog.action == "exam_booking_no_show")
                   & (cast(ExamBooking.id, String) == AuditLog.entity_id))
        .outerjoin(ExamPlan, ExamPlan.id == ExamBooking.plan_id)
        .where(AuditLog.at >= start, AuditLog.at < start + timedelta(days=1), AuditLog.action.in_(BOARD_ACTIONS))
        .order_by(AuditLog.id)).all()
    facts = []
    for station_id, action, at, detail, site_id in rows:
        detail = detail or {}
        ticket_at = detail.get("ticket_at")
        # The centre's no-show job works for no station: its row counts at the exam's site.
        facts.append((station_id if station_id is not None else site_id, AuditFact(
            action=action, at=at, queue_ticket=detail.get("queue_ticket"),
            ticket_at=datetime.fromisoformat(ticket_at) if ticket_at else None, detail=detail)))
    return facts


def _counter(beat: CounterDevice, pc: Device | None, names: dict[int, str], *, online: bool) -> CounterPublic:
    """One PC of the board: named, placed and judged by its enrolment when it has one (the one
    table of PCs), else by what its heartbeat said."""
    station_id = pc.station_id if pc is not None else beat.station_id
    return CounterPublic(
        device_id=beat.device_id, station_id=station_id, station_name=names.get(station_id, ""),
        hostname=beat.hostname, name=pc.name if pc is not None else beat.hostname,
        enrolled_device_id=pc.id if pc is not None else None, enrolment=pc.status if pc is not None else None,
        username=beat.username, version=beat.version, online=online and (pc is None or pc.status == "active"),
        last_seen=beat.last_seen, pending_writes=beat.pending_writes, refused_writes=beat.refused_writes)


def board(session: Session, services: Services) -> BoardPublic:
    now = services.clock.now()
    day = local(now).date()
    limit = services.settings.counter_offline_seconds
    stations = list(session.scalars(select(Station).order_by(Station.id)))
    names = {s.id: s.name for s in stations}
    counters = [_counter(d, pc, names, online=(now - d.last_seen).total_seconds() <= limit)
                for d, pc in session.execute(
                    select(CounterDevice, Device).outerjoin(Device, Device.id == CounterDevice.enrolled_device_id)
                    .order_by(CounterDevice.station_id, CounterDevice.hostname))]
    counters.sort(key=lambda c: (c.station_id, c.name))
    facts_by_station: dict[int | None, list[AuditFact]] = defaultdict(list)
    for station_id, fact in _today_facts(session, datetime.combine(day, time(0), tzinfo=SHANGHAI)):
        facts_by_station[station_id].append(fact)
    out = []
    for station in stations:
        mine = [c for c in counters if c.station_id == station.id]
        facts = facts_by_station.get(station.id, [])
        customers = served((station.id, f) for f in facts)
        out.append(StationBoard(
            station_id=station.id, station_name=station.name, counters_online=sum(c.online for c in mine),
            counters_total=len(mine), pending_writes=sum(c.pending_writes for c in mine),
            refused_writes=sum(c.refused_writes for c in mine), customers=customers.total,
            by_workflow=[WorkflowCount(workflow=w, customers=n) for w, n in customers.by_workflow.items()],
            average_minutes=customers.average_minutes,
            late_cancellations=sum(is_late_cancellation(f) for f in facts),
            no_shows=sum(is_no_show(f) for f in facts)))
    return BoardPublic(at=now, day=day, offline_after_seconds=limit, stations=out, counters=counters)
