from fastapi.responses import FileResponse

from central_api.platform.deps import principal_with
from central_api.platform.errors import error_responses
from central_api.platform.routing import make_router
from central_api.updates import service
from central_api.updates.schemas import ClientReleasePublic
from counter_app.domain.roles import Role

router = make_router(prefix="/updates", tags=["updates"])
# The counter PCs' accounts; the 122 gateway runs no counter program.
# Every account that signs in at a counter PC, the three administrators included: a counter
# below the minimum version must stop whoever signs in on it.
CounterDep = principal_with(Role.CLERK, Role.PHONE_OPERATOR, Role.SUPERVISOR, Role.SYSADMIN, Role.SECADMIN,
                            Role.AUDITOR)


@router.get("/{platform}", operation_id="get_client_release", response_model=ClientReleasePublic,
            responses=error_responses(401, 403, 404))
def get_client_release(platform: str, _principal: CounterDep) -> ClientReleasePublic:
    """Current and minimum counter versions for a platform, with the package's signature."""
    return service.current_release(platform=platform)


@router.get("/{platform}/package", operation_id="download_client_package",
            response_class=FileResponse, responses={200: {"content": {"application/octet-stream": {}}},
                                                    **error_responses(401, 403, 404)})
def download_client_package(platform: str, _principal: CounterDep) -> FileResponse:
    """The signed package itself; the counter verifies it before installing."""
    path = service.package_path(platform=platform)
    return FileResponse(path, media_type="application/octet-stream", filename=path.name)
