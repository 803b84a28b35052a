from typing import Annotated

from fastapi import Query
from sqlalchemy import select

from central_api.deps import MAX_ID, SessionDep, SupervisorDep
from central_api.errors import error_responses
from central_api.exam_schemas import SmsPage, SmsPublic
from central_api.models import SmsOutbox
from central_api.routes import make_router

router = make_router(prefix="/sms-outbox", tags=["sms"])


@router.get("", operation_id="list_sms_outbox", response_model=SmsPage, responses=error_responses(401, 403, 422))
def list_sms_outbox(
    _principal: SupervisorDep, session: SessionDep,
    after_id: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
    booking_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> SmsPage:
    """The messages handed to the SMS gateway, in order (supervisors)."""
    query = select(SmsOutbox).where(SmsOutbox.id > after_id)
    if booking_id is not None:
        query = query.where(SmsOutbox.booking_id == booking_id)
    rows = session.scalars(query.order_by(SmsOutbox.id).limit(limit)).all()
    return SmsPage(data=[SmsPublic(id=r.id, created_at=r.created_at, mobile=r.mobile, kind=r.kind, body=r.body,
                                   booking_id=r.booking_id) for r in rows], count=len(rows))
