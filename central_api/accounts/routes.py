"""Endpoints of sign-in (/auth) and of the staff accounts (/accounts, /me); thin: the rules are in
auth.py and service.py."""
from central_api.accounts import auth, service as accounts
from central_api.accounts.schemas import (
    AccountCreate,
    AccountPublic,
    AccountUpdate,
    AccountsPublic,
    LoginRequest,
    LoginResponse,
    PasswordChange,
    PasswordReset,
)
from central_api.platform.deps import IdPath, PrincipalDep, ServicesDep, SessionDep, SupervisorDep
from central_api.platform.errors import error_responses
from central_api.platform.routing import make_router
from central_api.platform.transaction import NOT_IDEMPOTENT
from central_api.stations.schemas import StationPublic


# --- /auth: sign-in and sign-out ------------------------------------------------------------------
auth_router = make_router(prefix="/auth", tags=["auth"])


@auth_router.post(
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
        must_change_password=result.account.must_change_password,
    )


@auth_router.post("/logout", operation_id="logout", status_code=204, responses=error_responses(401, 422))
def logout(principal: PrincipalDep, session: SessionDep, services: ServicesDep) -> None:
    auth.logout(session, services, token_id=principal.token_id, username=principal.username,
                account_id=principal.account_id, station_id=principal.station_id, channel=principal.channel)


# --- /accounts, /me: staff accounts ---------------------------------------------------------------
accounts_router = make_router(tags=["accounts"])
ERRORS = error_responses(401, 403, 404, 409, 422)


@accounts_router.get("/accounts", operation_id="list_accounts", response_model=AccountsPublic, responses=ERRORS)
def list_accounts(_principal: SupervisorDep, session: SessionDep) -> AccountsPublic:
    rows = accounts.list_accounts(session)
    return AccountsPublic(data=[AccountPublic.model_validate(a) for a in rows], count=len(rows))


@accounts_router.post("/accounts", operation_id="create_account", status_code=201, response_model=AccountPublic,
                      responses=ERRORS)
def create_account(body: AccountCreate, principal: SupervisorDep, session: SessionDep,
                   services: ServicesDep) -> AccountPublic:
    return AccountPublic.model_validate(accounts.create_account(session, services, principal, body))


@accounts_router.patch("/accounts/{account_id}", operation_id="update_account", response_model=AccountPublic,
                       responses=ERRORS)
def update_account(body: AccountUpdate, principal: SupervisorDep, session: SessionDep, services: ServicesDep,
                   account_id: IdPath) -> AccountPublic:
    return AccountPublic.model_validate(accounts.update_account(session, services, principal, account_id, body))


@accounts_router.post("/accounts/{account_id}/password", operation_id="reset_password", response_model=AccountPublic,
                      responses=ERRORS)
def reset_password(body: PasswordReset, principal: SupervisorDep, session: SessionDep, services: ServicesDep,
                   account_id: IdPath) -> AccountPublic:
    """Set a new password, lift a lock-out, and end the account's sessions."""
    account = accounts.reset_password(session, services, principal, account_id, body.password)
    return AccountPublic.model_validate(account)


@accounts_router.post("/auth/password", operation_id="change_own_password", status_code=204, responses=ERRORS)
def change_own_password(body: PasswordChange, principal: PrincipalDep, session: SessionDep,
                        services: ServicesDep) -> None:
    accounts.change_own_password(session, services, principal, body.old_password, body.new_password)


# The area's one router, which the app includes.
router = make_router()
for _part in (auth_router, accounts_router):
    router.include_router(_part)
