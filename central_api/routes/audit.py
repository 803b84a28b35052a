from typing import Annotated

from fastapi import Query
from sqlalchemy import select

from central_api.deps import SessionDep, SupervisorDep
from central_api.errors import error_responses
from central_api.models import AuditLog
from central_api.routes import make_router
from central_api.schemas import AuditEntry, AuditPage

router = make_router(prefix="/audit", tags=["audit"])


@router.get("", operation_id="list_audit", response_model=AuditPage, responses=error_responses(401, 403, 422))
def list_audit(
    _principal: SupervisorDep,
    session: SessionDep,
    after_id: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> AuditPage:
    """The audit trail in order, a page at a time (supervisors only)."""
    rows = session.scalars(
        select(AuditLog).where(AuditLog.id > after_id).order_by(AuditLog.id).limit(limit)
    ).all()
    return AuditPage(data=[AuditEntry.model_validate(r) for r in rows], count=len(rows))
