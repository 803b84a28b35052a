"""Points study: what the learning platform reports, what the review window reads, the review."""
from typing import Annotated

from fastapi import Query

from central_api.platform.deps import ServicesDep, SessionDep, principal_with
from central_api.platform.errors import error_responses
from central_api.points_study import service
from central_api.points_study.schemas import ReviewRequest, SittingReport, StudyPublic, TestReport
from central_api.platform.routing import make_router
from counter_app.domain.roles import Role

router = make_router(tags=["points study"])
ReaderDep = principal_with(Role.CLERK, Role.SUPERVISOR, Role.INTERNET)
# The learning platform (learn.njgcs.com) reports through the 122 gateway's account.
PlatformDep = principal_with(Role.INTERNET)
ClerkDep = principal_with(Role.CLERK)


@router.get("/points-study", operation_id="get_points_study", response_model=StudyPublic,
            responses=error_responses(401, 403, 404, 422))
def get_study(_principal: ReaderDep, session: SessionDep, services: ServicesDep,
              id_number: Annotated[str, Query(min_length=1, max_length=18)]) -> StudyPublic:
    """The licence's points, whether study is required and complete, and what is missing."""
    return service.find(session, services, id_number)


@router.post("/points-study/sittings", operation_id="report_study_sitting", response_model=StudyPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def report_sitting(principal: PlatformDep, session: SessionDep, services: ServicesDep,
                   body: SittingReport) -> StudyPublic:
    """A video sitting: start, end, the minutes counted, the photo check's result."""
    licence = service.report_sitting(session, services, principal, body)
    return service.public(session, services, licence)


@router.post("/points-study/tests", operation_id="report_study_test", response_model=StudyPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def report_test(principal: PlatformDep, session: SessionDep, services: ServicesDep, body: TestReport) -> StudyPublic:
    """A 50-question test attempt: the seconds spent on each answer, the score, the photo check."""
    licence = service.report_test(session, services, principal, body)
    return service.public(session, services, licence)


@router.post("/licence-reviews", operation_id="review_licence", response_model=StudyPublic,
             responses=error_responses(401, 403, 404, 409, 422))
def review(principal: ClerkDep, session: SessionDep, services: ServicesDep, body: ReviewRequest) -> StudyPublic:
    """The licence review (审验) at a window, allowed only when the study is complete or not required."""
    licence = service.review(session, services, principal, body)
    return service.public(session, services, licence)
