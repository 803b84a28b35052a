from central_api import accounts
from central_api.deps import IdPath, PrincipalDep, ServicesDep, SessionDep, SupervisorDep
from central_api.errors import error_responses
from central_api.routes import make_router
from central_api.schemas import (
    AccountCreate,
    AccountPublic,
    AccountsPublic,
    AccountUpdate,
    PasswordChange,
    PasswordReset,
)

router = make_router(tags=["accounts"])
ERRORS = error_responses(401, 403, 404, 409, 422)


@router.get("/accounts", operation_id="list_accounts", response_model=AccountsPublic, responses=ERRORS)
def list_accounts(_principal: SupervisorDep, session: SessionDep) -> AccountsPublic:
    rows = accounts.list_accounts(session)
    return AccountsPublic(data=[AccountPublic.model_validate(a) for a in rows], count=len(rows))


@router.post("/accounts", operation_id="create_account", status_code=201, response_model=AccountPublic,
             responses=ERRORS)
def create_account(body: AccountCreate, principal: SupervisorDep, session: SessionDep,
                   services: ServicesDep) -> AccountPublic:
    return AccountPublic.model_validate(accounts.create_account(session, services, principal, body))


@router.patch("/accounts/{account_id}", operation_id="update_account", response_model=AccountPublic,
              responses=ERRORS)
def update_account(body: AccountUpdate, principal: SupervisorDep, session: SessionDep, services: ServicesDep,
                   account_id: IdPath) -> AccountPublic:
    return AccountPublic.model_validate(accounts.update_account(session, services, principal, account_id, body))


@router.post("/accounts/{account_id}/password", operation_id="reset_password", response_model=AccountPublic,
             responses=ERRORS)
def reset_password(body: PasswordReset, principal: SupervisorDep, session: SessionDep, services: ServicesDep,
                   account_id: IdPath) -> AccountPublic:
    """Set a new password, lift a lock-out, and end the account's sessions."""
    account = accounts.reset_password(session, services, principal, account_id, body.password)
    return AccountPublic.model_validate(account)


@router.post("/auth/password", operation_id="change_own_password", status_code=204, responses=ERRORS)
def change_own_password(body: PasswordChange, principal: PrincipalDep, session: SessionDep,
                        services: ServicesDep) -> None:
    accounts.change_own_password(session, services, principal, body.old_password, body.new_password)
