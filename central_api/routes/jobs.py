"""Running scheduled jobs by hand (supervisors); the service also runs them on a timer."""
from central_api import exams, jobs
from central_api.deps import ServicesDep, SessionDep, SupervisorDep
from central_api.errors import error_responses
from central_api.exam_schemas import NoShowReport
from central_api.plate_schemas import ExpiryReport
from central_api.routes import make_router

router = make_router(prefix="/jobs", tags=["jobs"])


@router.post("/plate-expiry", operation_id="run_plate_expiry", response_model=ExpiryReport,
             responses=error_responses(401, 403, 422))
def plate_expiry(principal: SupervisorDep, session: SessionDep, services: ServicesDep) -> ExpiryReport:
    """Release lapsed holds, expire overdue reservations and blacklist once, top the pool up."""
    return jobs.run_plate_expiry(session, services, username=principal.username, channel=principal.channel,
                                 account_id=principal.account_id, station_id=principal.station_id,
                                 audit_idle_run=True)


@router.post("/no-shows", operation_id="run_no_shows", response_model=NoShowReport,
             responses=error_responses(401, 403))
def no_shows(_principal: SupervisorDep, session: SessionDep, services: ServicesDep) -> NoShowReport:
    """Record every allocated booking of a past exam day without a result as absent (= fail)."""
    booking_ids = exams.record_no_shows(session, services)
    return NoShowReport(absent=len(booking_ids), booking_ids=booking_ids)
