"""Endpoints of sign-in (/auth) and of the staff accounts (/accounts, /me); thin: the rules are in
auth.py and service.py."""
from fastapi import Request

from central_api.accounts import auth, devices, policy, service as accounts
from central_api.accounts.schemas import (
    AccountCreate,
    AccountPublic,
    AccountUpdate,
    AccountsPublic,
    ChallengeRequest,
    ChallengeResponse,
    DeviceApproval,
    DevicePublic,
    DevicesPublic,
    EnrolmentRequest,
    EnrolmentResponse,
    LoginRequest,
    LoginResponse,
    PasswordChange,
    PasswordReset,
    SecurityPolicyPublic,
    SecurityPolicyUpdate,
)
from central_api.platform.deps import (
    AccountAdminDep,
    IdPath,
    PrincipalDep,
    SecadminDep,
    SecurityPolicyReaderDep,
    ServicesDep,
    SessionDep,
    SysadminDep,
)
from central_api.platform.errors import error_responses
from central_api.platform.routing import make_router
from central_api.platform.transaction import NOT_IDEMPOTENT
from central_api.stations.schemas import StationPublic


# --- /auth: sign-in and sign-out ------------------------------------------------------------------
auth_router = make_router(prefix="/auth", tags=["auth"])


@auth_router.post(
    "/login", operation_id="login", response_model=LoginResponse,
    responses=error_responses(401, 403, 422, 423, 429), openapi_extra=NOT_IDEMPOTENT,
)
def login(body: LoginRequest, request: Request, session: SessionDep, services: ServicesDep) -> LoginResponse:
    result = auth.login(session, services, username=body.username, password=body.password,
                        station_id=body.station_id, address=request.client.host if request.client else None,
                        device_id=body.device_id, challenge=body.challenge, signature=body.signature)
    return LoginResponse(
        access_token=result.token,
        expires_at=result.expires_at,
        role=result.account.role,
        username=result.account.username,
        display_name=result.account.display_name,
        station=StationPublic.model_validate(result.station),
        must_change_password=result.account.must_change_password,
        password_expired=result.password_expired,
    )


@auth_router.post("/challenge", operation_id="auth_challenge", response_model=ChallengeResponse,
                  responses=error_responses(401, 422, 429), openapi_extra=NOT_IDEMPOTENT)
def auth_challenge(body: ChallengeRequest, session: SessionDep, services: ServicesDep) -> ChallengeResponse:
    """A fresh one-time challenge for an enrolled PC to sign at sign-in."""
    challenge, row = devices.issue_challenge(session, services, body.device_id)
    return ChallengeResponse(challenge=challenge, expires_at=row.expires_at)


# --- /devices: the enrolled counter PCs ----------------------------------------------------------
devices_router = make_router(prefix="/devices", tags=["devices"])
DEVICE_ERRORS = error_responses(401, 403, 404, 409, 422)


@devices_router.post("/enrolment", operation_id="request_device_enrolment", status_code=201,
                     response_model=EnrolmentResponse, responses=error_responses(409, 422, 429),
                     openapi_extra=NOT_IDEMPOTENT)
def request_device_enrolment(body: EnrolmentRequest, request: Request, session: SessionDep,
                             services: ServicesDep) -> EnrolmentResponse:
    """A PC asks to be enrolled with its public key; the one-time code it shows is approved by
    a system administrator."""
    device, code = devices.request_enrolment(session, services, public_key=body.public_key,
                                             station_id=body.station_id, name=body.name,
                                             address=request.client.host if request.client else None)
    return EnrolmentResponse(device_id=device.id, code=code, status=device.status,
                             code_expires_at=device.code_expires_at)


@devices_router.get("", operation_id="list_devices", response_model=DevicesPublic, responses=DEVICE_ERRORS)
def list_devices(_principal: SysadminDep, session: SessionDep) -> DevicesPublic:
    rows = devices.list_devices(session)
    return DevicesPublic(data=[DevicePublic.model_validate(d) for d in rows], count=len(rows))


@devices_router.post("/approval", operation_id="approve_device", response_model=DevicePublic,
                     responses=DEVICE_ERRORS)
def approve_device(body: DeviceApproval, principal: SysadminDep, session: SessionDep,
                   services: ServicesDep) -> DevicePublic:
    device = devices.approve(session, services, principal, code=body.code, station_id=body.station_id)
    return DevicePublic.model_validate(device)


@devices_router.post("/{device_id}/revoke", operation_id="revoke_device", response_model=DevicePublic,
                     responses=DEVICE_ERRORS)
def revoke_device(principal: SysadminDep, session: SessionDep, services: ServicesDep,
                  device_id: IdPath) -> DevicePublic:
    """The PC can no longer sign in; its sessions end."""
    return DevicePublic.model_validate(devices.revoke(session, services, principal, device_id))


@devices_router.get("/{device_id}/status", operation_id="device_status", response_model=EnrolmentResponse,
                    responses=error_responses(404, 422))
def device_status(session: SessionDep, services: ServicesDep, device_id: IdPath) -> EnrolmentResponse:
    """Whether a PC's enrolment is approved yet (the PC asks at each sign-in while its code is
    shown); `expired` when its code ran out unapproved (the PC then asks for a new one)."""
    device = devices.device_status(session, device_id)
    return EnrolmentResponse(device_id=device.id, code="", status=devices.enrolment_status(services, device),
                             code_expires_at=device.code_expires_at if device.status == "pending" else None)


@auth_router.post("/logout", operation_id="logout", status_code=204, responses=error_responses(401, 422))
def logout(principal: PrincipalDep, session: SessionDep, services: ServicesDep) -> None:
    auth.logout(session, services, token_id=principal.token_id, username=principal.username,
                account_id=principal.account_id, station_id=principal.station_id, channel=principal.channel)


# --- /accounts, /me: staff accounts ---------------------------------------------------------------
accounts_router = make_router(tags=["accounts"])
ERRORS = error_responses(401, 403, 404, 409, 422)


@accounts_router.get("/accounts", operation_id="list_accounts", response_model=AccountsPublic, responses=ERRORS)
def list_accounts(_principal: AccountAdminDep, session: SessionDep) -> AccountsPublic:
    rows = accounts.list_accounts(session)
    return AccountsPublic(data=[AccountPublic.model_validate(a) for a in rows], count=len(rows))


@accounts_router.post("/accounts", operation_id="create_account", status_code=201, response_model=AccountPublic,
                      responses=ERRORS)
def create_account(body: AccountCreate, principal: SysadminDep, session: SessionDep,
                   services: ServicesDep) -> AccountPublic:
    return AccountPublic.model_validate(accounts.create_account(session, services, principal, body))


@accounts_router.patch("/accounts/{account_id}", operation_id="update_account", response_model=AccountPublic,
                       responses=ERRORS)
def update_account(body: AccountUpdate, principal: AccountAdminDep, session: SessionDep, services: ServicesDep,
                   account_id: IdPath) -> AccountPublic:
    return AccountPublic.model_validate(accounts.update_account(session, services, principal, account_id, body))


@accounts_router.post("/accounts/{account_id}/password", operation_id="reset_password", response_model=AccountPublic,
                      responses=ERRORS)
def reset_password(body: PasswordReset, principal: SysadminDep, session: SessionDep, services: ServicesDep,
                   account_id: IdPath) -> AccountPublic:
    """Set a new password and end the account's sessions (a lock-out is the security
    administrator's to lift)."""
    account = accounts.reset_password(session, services, principal, account_id, body.password)
    return AccountPublic.model_validate(account)


@accounts_router.post("/accounts/{account_id}/unlock", operation_id="unlock_account", response_model=AccountPublic,
                      responses=ERRORS)
def unlock_account(principal: SecadminDep, session: SessionDep, services: ServicesDep,
                   account_id: IdPath) -> AccountPublic:
    return AccountPublic.model_validate(accounts.unlock_account(session, services, principal, account_id))


@accounts_router.post("/auth/password", operation_id="change_own_password", status_code=204, responses=ERRORS)
def change_own_password(body: PasswordChange, principal: PrincipalDep, session: SessionDep,
                        services: ServicesDep) -> None:
    accounts.change_own_password(session, services, principal, body.old_password, body.new_password)


# --- /security/policy: the security administrator's policy -----------------------------------------
policy_router = make_router(prefix="/security", tags=["accounts"])


@policy_router.get("/policy", operation_id="get_security_policy", response_model=SecurityPolicyPublic,
                   responses=error_responses(401, 403, 422))
def get_security_policy(_principal: SecurityPolicyReaderDep, session: SessionDep,
                        services: ServicesDep) -> SecurityPolicyPublic:
    """The policy in force (the security administrator; the auditor may read it)."""
    return policy.get_policy(session, services)


@policy_router.put("/policy", operation_id="put_security_policy", response_model=SecurityPolicyPublic,
                   responses=error_responses(401, 403, 422))
def put_security_policy(body: SecurityPolicyUpdate, principal: SecadminDep, session: SessionDep,
                        services: ServicesDep) -> SecurityPolicyPublic:
    """Store the six numbers of the policy (the security administrator only), each within its
    bounds; in force at once on this instance and within `security_policy_cache_seconds` (10 s)
    on every other."""
    return policy.put_policy(session, services, principal, body)


# The area's one router, which the app includes.
router = make_router()
for _part in (auth_router, accounts_router, devices_router, policy_router):
    router.include_router(_part)
