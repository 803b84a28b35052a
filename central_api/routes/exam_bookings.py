from typing import Annotated

from fastapi import Query

from central_api import exams
from central_api.deps import IdPath, ServicesDep, SessionDep
from central_api.errors import error_responses
from central_api.exam_schemas import BookingCancel, BookingCreate, BookingPublic, BookingResult, BookingsPublic
from central_api.routes import make_router
from central_api.routes.candidates import BookingDeskDep
from central_api.routes.candidates import WindowDep as ResultDeskDep

router = make_router(prefix="/exam-bookings", tags=["exams"])


@router.post("", operation_id="book_exam", response_model=BookingPublic, status_code=201,
             responses=error_responses(401, 403, 404, 409, 422))
def book_exam(principal: BookingDeskDep, session: SessionDep, services: ServicesDep,
              body: BookingCreate) -> BookingPublic:
    """Request a seat in a session: at a booking window, by phone (working hours, caller's mobile
    checked) or from the internet platform (not for 恢复驾驶资格/满分学习 exams)."""
    row = exams.book(session, services, principal, plan_id=body.plan_id, id_number=body.id_number,
                     caller_mobile=body.caller_mobile)
    return exams.booking_public(row, services.clock.now())


@router.get("", operation_id="list_exam_bookings", response_model=BookingsPublic,
            responses=error_responses(401, 403, 404, 422))
def list_exam_bookings(
    principal: BookingDeskDep, session: SessionDep, services: ServicesDep,
    id_number: Annotated[str, Query(max_length=64)],
    mobile: Annotated[str | None, Query(max_length=64)] = None,
) -> BookingsPublic:
    """A candidate's bookings, newest first (a phone operator sends the caller's mobile)."""
    candidate = exams.lookup_candidate(session, services, principal, id_number, mobile)
    now = services.clock.now()
    data = [exams.booking_public(row, now) for row in exams.list_bookings(session, candidate)]
    return BookingsPublic(data=data, count=len(data))


@router.post("/{booking_id}/cancel", operation_id="cancel_exam_booking", response_model=BookingPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def cancel_exam_booking(principal: BookingDeskDep, session: SessionDep, services: ServicesDep,
                        booking_id: IdPath, body: BookingCancel) -> BookingPublic:
    """Cancel: before the deadline from any channel; after it only in person at a window that may
    cancel late, with the ID checked, up to the last working day before the exam."""
    row, refilled = exams.cancel(session, services, principal, booking_id, reason=body.reason,
                                 id_checked=body.id_checked, caller_mobile=body.caller_mobile)
    return exams.booking_public(row, services.clock.now(), refilled_booking_id=refilled)


@router.post("/{booking_id}/result", operation_id="record_exam_result", response_model=BookingPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def record_exam_result(principal: ResultDeskDep, session: SessionDep, services: ServicesDep,
                       booking_id: IdPath, body: BookingResult) -> BookingPublic:
    """Enter the result (pass, fail, absent = fail) at the exam site or by a supervisor."""
    row = exams.record_result(session, services, principal, booking_id, body.result)
    return exams.booking_public(row, services.clock.now())
