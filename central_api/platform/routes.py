"""Endpoints every area shares: health, the audit trail and the SMS outbox (supervisors)."""
from typing import Annotated

from fastapi import Query
from sqlalchemy import text

from central_api.platform import audit, sms
from central_api.platform.deps import MAX_ID, AuditorDep, ClockDep, SessionDep, SupervisorDep
from central_api.platform.errors import error_responses
from central_api.platform.routing import make_router
from central_api.platform.schemas import AuditEntry, AuditPage, HealthResponse, SmsPage, SmsPublic


# --- /health --------------------------------------------------------------------------------------
health_router = make_router(tags=["health"])


@health_router.get("/health", operation_id="health", response_model=HealthResponse)
def health(session: SessionDep, clock: ClockDep) -> HealthResponse:
    """Liveness and database reachability; no token needed."""
    session.execute(text("SELECT 1"))
    return HealthResponse(status="ok", time=clock.now())


# --- /audit ---------------------------------------------------------------------------------------
audit_router = make_router(prefix="/audit", tags=["audit"])


@audit_router.get("", operation_id="list_audit", response_model=AuditPage, responses=error_responses(401, 403, 422))
def list_audit(
    _principal: AuditorDep,
    session: SessionDep,
    after_id: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> AuditPage:
    """The audit trail in order, a page at a time (the audit administrator only, 三员分立)."""
    rows = audit.page(session, after_id=after_id, limit=limit)
    return AuditPage(data=[AuditEntry.model_validate(r) for r in rows], count=len(rows))


# --- /sms-outbox ----------------------------------------------------------------------------------
sms_router = make_router(prefix="/sms-outbox", tags=["sms"])


@sms_router.get("", operation_id="list_sms_outbox", response_model=SmsPage, responses=error_responses(401, 403, 422))
def list_sms_outbox(
    _principal: SupervisorDep, session: SessionDep,
    after_id: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
    booking_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> SmsPage:
    """The messages handed to the SMS gateway, in order (supervisors)."""
    rows = sms.outbox_page(session, after_id=after_id, booking_id=booking_id, limit=limit)
    return SmsPage(data=[SmsPublic(id=r.id, created_at=r.created_at, mobile=r.mobile, kind=r.kind, body=r.body,
                                   booking_id=r.booking_id) for r in rows], count=len(rows))


# The area's one router, which the app includes.
router = make_router()
for _part in (health_router, audit_router, sms_router):
    router.include_router(_part)
