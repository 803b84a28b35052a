"""The plate pool's segments (supervisors add the next ones; release is automatic)."""
from sqlalchemy import select

from central_api import audit, plate_pool
from central_api.deps import ServicesDep, SessionDep, SupervisorDep
from central_api.errors import Unprocessable, error_responses
from central_api.models import PlateSegment
from central_api.plate_schemas import PoolPublic, SegmentCreate, SegmentPublic
from central_api.routes import make_router
from counter_app.domain.plates import PlateFormatError

router = make_router(prefix="/plate-segments", tags=["plate pool"])


def _public(segment: PlateSegment) -> SegmentPublic:
    return SegmentPublic(
        id=segment.id, segment=f"{segment.prefix}:{segment.pattern}", first_plate=segment.first_plate,
        last_plate=segment.last_plate, size=segment.size, sequence=segment.sequence, status=segment.status,
        released_at=segment.released_at, random_only_until=segment.random_only_until,
    )


@router.get("", operation_id="list_plate_segments", response_model=PoolPublic, responses=error_responses(401, 403))
def list_segments(_principal: SupervisorDep, session: SessionDep, services: ServicesDep) -> PoolPublic:
    """The segments in release order and how many plates are available now (the real count)."""
    segments = session.scalars(select(PlateSegment).order_by(PlateSegment.sequence)).all()
    minimum = services.settings.plate_pool_min_available
    return PoolPublic(segments=[_public(s) for s in segments],
                      available=plate_pool.available_count(session), minimum_available=minimum)


@router.post("", operation_id="add_plate_segment", status_code=201, response_model=SegmentPublic,
             responses=error_responses(401, 403, 422))
def add_segment(principal: SupervisorDep, session: SessionDep, services: ServicesDep,
                body: SegmentCreate) -> SegmentPublic:
    """Add the next segment (pending): it is released when the available pool falls below the minimum."""
    try:
        segment = plate_pool.add_segment(session, services, body.segment, created_by=principal.username)
    except PlateFormatError as exc:
        raise Unprocessable("segment_invalid", str(exc)) from None
    topped = plate_pool.top_up(session, services)
    if topped.released:
        session.refresh(segment)
    audit.record(session, services.clock, action="plate_segment_added", entity="plate_segment", entity_id=segment.id,
                 username=principal.username, account_id=principal.account_id, station_id=principal.station_id,
                 channel=principal.channel,
                 detail={"segment": body.segment, "size": segment.size, "segments_released": topped.released})
    return _public(segment)
