"""Endpoints every area shares: health, the audit trail and the SMS outbox (supervisors)."""
from datetime import date, datetime, time, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import select, text

from central_api.models import Account
from central_api.platform.bounds import MAX_BIGINT, BoundedDate
from central_api.platform import audit, sms
from central_api.platform.errors import Unprocessable
from central_api.platform.deps import MAX_ID, AuditorDep, ClockDep, ServicesDep, SessionDep, SupervisorDep
from central_api.platform.errors import ServiceBusy, error_responses, is_busy
from central_api.platform.routing import make_router
from central_api.platform.services import Services
from counter_app.domain.timefmt import SHANGHAI
from central_api.platform.schemas import (
    AuditEntry,
    AuditPage,
    HealthResponse,
    OutboxTakeover,
    OutboxTakeoverRecorded,
    SmsPage,
    SmsPublic,
)


# --- /health --------------------------------------------------------------------------------------
# Not a TransactionalRoute: a liveness probe (the counters' status bar, nginx, systemd) must not
# queue behind business requests at the admission gate, or a flood of sign-ins would make a busy
# instance look dead (issue 11 item 3). It holds one pooled connection for a `SELECT 1` only; the
# pool has 4 connections beyond the gate's places, so it finds one while the places are all taken.
health_router = APIRouter(tags=["health"])


def _ping(services: Services) -> None:
    with services.engine.connect() as connection:
        connection.execute(text("SELECT 1"))


@health_router.get("/health", operation_id="health", response_model=HealthResponse)
async def health(services: ServicesDep, clock: ClockDep) -> HealthResponse:
    """Liveness and database reachability; no token needed."""
    try:
        await run_in_threadpool(_ping, services)
    except BaseException as exc:
        if is_busy(exc):
            raise ServiceBusy() from exc
        raise
    return HealthResponse(status="ok", time=clock.now())


# --- /audit ---------------------------------------------------------------------------------------
audit_router = make_router(prefix="/audit", tags=["audit"])


@audit_router.get("", operation_id="list_audit", response_model=AuditPage, responses=error_responses(401, 403, 422))
def list_audit(
    _principal: AuditorDep,
    session: SessionDep,
    after_id: Annotated[int, Query(ge=0, le=MAX_BIGINT)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    username: Annotated[str | None, Query(min_length=1, max_length=32)] = None,
    station_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    day: Annotated[BoundedDate | None, Query(description="a day in Nanjing time")] = None,
    entity: Annotated[str | None, Query(min_length=1, max_length=32)] = None,
    entity_id: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
) -> AuditPage:
    """The audit trail in order, a page at a time (the audit administrator only, 三员分立); searchable by account,
    station, day and record (entity, and its id)."""
    start = None if day is None else datetime.combine(day, time(0), tzinfo=SHANGHAI)
    rows = audit.page(session, after_id=after_id, limit=limit, username=username, station_id=station_id,
                      start=start, end=None if start is None else start + timedelta(days=1), entity=entity,
                      entity_id=entity_id)
    return AuditPage(data=[AuditEntry.model_validate(r) for r in rows], count=len(rows))


@audit_router.post("/outbox-takeovers", operation_id="record_outbox_takeover", status_code=201,
                   response_model=OutboxTakeoverRecorded, responses=error_responses(401, 403, 422))
def record_outbox_takeover(body: OutboxTakeover, principal: SupervisorDep, session: SessionDep,
                           services: ServicesDep) -> OutboxTakeoverRecorded:
    """A supervisor takes over writes another account left waiting on a counter PC: recorded
    before the PC gives them to `to_username` (the supervisor or another account), under whose
    sign-in they are then sent (issue 11, item 12)."""
    target = session.scalar(select(Account).where(Account.username == body.to_username, Account.active.is_(True)))
    if target is None:
        raise Unprocessable("takeover_target_unknown", "接管后发送这些业务的账号不存在或已停用", fields=["to_username"])
    row = audit.by(session, services.clock, principal, action="outbox_takeover", entity="account",
                   entity_id=body.from_username or None,
                   detail={"from_username": body.from_username, "to_username": body.to_username,
                           "count": body.count, "idempotency_keys": body.idempotency_keys})
    session.flush()
    return OutboxTakeoverRecorded(audit_id=row.id)


# --- /sms-outbox ----------------------------------------------------------------------------------
sms_router = make_router(prefix="/sms-outbox", tags=["sms"])


@sms_router.get("", operation_id="list_sms_outbox", response_model=SmsPage, responses=error_responses(401, 403, 422))
def list_sms_outbox(
    _principal: SupervisorDep, session: SessionDep,
    after_id: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
    booking_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    state: Annotated[Literal["queued", "sent", "failed"] | None, Query()] = None,
) -> SmsPage:
    """The messages handed to the SMS gateway, in order, with each one's delivery state (supervisors)."""
    rows = sms.outbox_page(session, after_id=after_id, booking_id=booking_id, limit=limit, state=state)
    return SmsPage(data=[SmsPublic(id=r.id, created_at=r.created_at, mobile=r.mobile, kind=r.kind, body=r.body,
                                   booking_id=r.booking_id, state=r.state, sent_at=r.sent_at, error=r.error)
                         for r in rows], count=len(rows))


# The area's one router, which the app includes.
router = make_router()
for _part in (health_router, audit_router, sms_router):
    router.include_router(_part)
