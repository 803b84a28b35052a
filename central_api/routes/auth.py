from central_api import auth
from central_api.deps import PrincipalDep, ServicesDep, SessionDep
from central_api.errors import error_responses
from central_api.routes import make_router
from central_api.transaction import NOT_IDEMPOTENT
from central_api.schemas import LoginRequest, LoginResponse, StationPublic

router = make_router(prefix="/auth", tags=["auth"])


@router.post(
    "/login", operation_id="login", response_model=LoginResponse,
    responses=error_responses(401, 403, 422, 423), openapi_extra=NOT_IDEMPOTENT,
)
def login(body: LoginRequest, session: SessionDep, services: ServicesDep) -> LoginResponse:
    result = auth.login(session, services, username=body.username, password=body.password,
                        station_id=body.station_id)
    return LoginResponse(
        access_token=result.token,
        expires_at=result.expires_at,
        role=result.account.role,
        username=result.account.username,
        display_name=result.account.display_name,
        station=StationPublic.model_validate(result.station),
    )


@router.post("/logout", operation_id="logout", status_code=204, responses=error_responses(401, 422))
def logout(principal: PrincipalDep, session: SessionDep, services: ServicesDep) -> None:
    auth.logout(session, services, token_id=principal.token_id, username=principal.username,
                account_id=principal.account_id, station_id=principal.station_id, channel=principal.channel)
