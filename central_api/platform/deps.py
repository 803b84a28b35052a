"""Request dependencies: the request's session, the clock, and the authenticated principal."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any, Callable, NoReturn

from fastapi import Depends, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import Account, AuditLog, AuthToken
from central_api.platform import audit, security_policy
from central_api.platform.clock import Clock
from central_api.platform.errors import Forbidden, Unauthorized
from central_api.platform.services import Services
from counter_app.domain.roles import ADMIN_ROLES, Role

log = logging.getLogger(__name__)

bearer = HTTPBearer(auto_error=False, description="The access_token from POST /auth/login")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# The trivial dependencies are `async`: FastAPI runs a plain `def` dependency in the thread
# pool, one hand-off each (transaction.py counts them).
async def get_services(request: Request) -> Services:
    return request.app.state.services


async def get_db(request: Request) -> Session:
    """The request's one session; TransactionalRoute commits or rolls it back."""
    return request.state.db


async def get_clock(request: Request) -> Clock:
    return request.app.state.services.clock


ServicesDep = Annotated[Services, Depends(get_services)]
SessionDep = Annotated[Session, Depends(get_db)]
ClockDep = Annotated[Clock, Depends(get_clock)]


@dataclass(frozen=True)
class Principal:
    account_id: int
    username: str
    role: Role
    station_id: int
    channel: str
    token_id: int


TokenLookup = tuple[AuthToken, Account]
# What an account that must change its password may still do (issue 12).
PASSWORD_CHANGE_PATHS = frozenset({"/api/v1/auth/password", "/api/v1/auth/logout"})


def lookup_token_row(session: Session, token: str) -> TokenLookup | None:
    """The token and its account, valid or not (the idempotency scope needs the account)."""
    row = session.execute(
        select(AuthToken, Account)
        .join(Account, Account.id == AuthToken.account_id)
        .where(AuthToken.token_hash == token_hash(token))
    ).first()
    return None if row is None else (row[0], row[1])


def valid_lookup(found: TokenLookup | None, clock: Clock) -> TokenLookup | None:
    """The looked-up token and account when the token still admits its account, else None."""
    if found is None:
        return None
    tok, account = found
    if tok.revoked or tok.expires_at <= clock.now() or not account.active:
        return None
    return found


def lookup_token(session: Session, clock: Clock, token: str) -> TokenLookup | None:
    return valid_lookup(lookup_token_row(session, token), clock)


async def current_principal(
    request: Request,
    clock: ClockDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    """The token was looked up once by TransactionalRoute's prelude, in the request's session."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized("not_authenticated", "未登录，请先登录")
    row = getattr(request.state, "token_lookup", None)
    found = valid_lookup(row, clock)
    if found is None:
        if session_replaced(row):
            raise Unauthorized("session_replaced", "该账户已在另一台电脑登录，本机已退出，请重新登录")
        raise Unauthorized("invalid_token", "登录已失效，请重新登录")
    account = found[1]
    if account.must_change_password and request.url.path not in PASSWORD_CHANGE_PATHS:
        # 401, not 403: the sign-in is not complete until the password is changed (and every
        # endpoint that takes a token documents 401).
        raise Unauthorized("password_change_required", "首次登录或密码被重置后须先修改密码")
    principal = principal_of(found)
    operation = getattr(request.scope.get("route"), "operation_id", None)
    services: Services = request.app.state.services
    if operation not in PASSWORD_CHANGE_OPERATIONS and account.password_changed_at is not None:
        # The policy is cached per process (security_policy.py): a database read every few seconds.
        policy = security_policy.cached(services) or await run_in_threadpool(security_policy.current, services)
        max_age = policy.password_max_age_days
        if account.password_changed_at + timedelta(days=max_age) <= clock.now():
            raise Forbidden("password_expired", f"密码已超过{max_age}天未修改，请先修改密码")
    if principal.role in ADMIN_ROLES and operation not in ADMIN_OPERATIONS:
        await refuse(request, principal, operation)
    return principal


# 三员分立 (issue 11): what an administrator's token may reach at all; every other operation is
# counter business, refused (and audited) before its own role check.
ADMIN_OPERATIONS = frozenset({
    "logout", "change_own_password", "list_stations",
    "list_accounts", "create_account", "update_account", "reset_password", "unlock_account",
    "list_devices", "approve_device", "revoke_device", "list_audit",
    "get_security_policy", "put_security_policy",
    # The counter program they sign in with checks its version like anyone's (issue 14).
    "get_client_release", "download_client_package",
})
PASSWORD_CHANGE_OPERATIONS = frozenset({"change_own_password", "logout"})
REFUSAL_AUDIT_EVERY = timedelta(minutes=1)


def _audit_refusal(session: Session, services: Services, principal: Principal, operation: str,
                   commit: bool) -> None:
    """One `access_refused` row per account, operation and minute (a refused flood writes no more)."""
    key = f"{principal.account_id}:{operation}"[:64]
    recent = session.scalar(select(AuditLog.id).where(
        AuditLog.entity == "access", AuditLog.entity_id == key,
        AuditLog.at > services.clock.now() - REFUSAL_AUDIT_EVERY).limit(1))
    if recent is None:
        audit.by(session, services.clock, principal, action="access_refused", entity="access", entity_id=key,
                 detail={"operation": operation, "role": principal.role.value})
        if commit:
            session.commit()


def _audit_refusal_apart(services: Services, principal: Principal, operation: str) -> None:
    with services.sessionmaker() as session:
        _audit_refusal(session, services, principal, operation, commit=True)


def session_replaced(found: TokenLookup | None) -> bool:
    """The token was ended by a newer sign-in of its (still active) account (issue 11 item 16)."""
    return found is not None and found[0].revoked and found[0].revoked_reason == "replaced" and found[1].active


def principal_of(found: TokenLookup) -> Principal:
    tok, account = found
    return Principal(account_id=account.id, username=account.username, role=Role(account.role),
                     station_id=tok.station_id, channel=tok.channel, token_id=tok.id)


def refuse_in_prelude(session: Session, services: Services, found: TokenLookup, operation: str,
                      writes: bool) -> NoReturn:
    """403 from the transaction's prelude (before the body is read), audited like `refuse`."""
    principal = principal_of(found)
    if not writes:
        try:
            _audit_refusal_apart(services, principal, operation)
        except Exception:  # the refusal stands even when its audit row cannot be written now
            log.warning("audit of a refused request failed (operation %s)", operation, exc_info=True)
        raise Forbidden("role_forbidden", "当前账户无权办理此项业务")
    _audit_refusal(session, services, principal, operation, False)
    raise Forbidden("role_forbidden", "当前账户无权办理此项业务", keep_changes=True)


async def refuse(request: Request, principal: Principal, operation: str | None) -> NoReturn:
    """403, audited: a write's row goes with its own (kept) transaction, which already holds the
    write lock; a read's in a short transaction of its own (the read's takes no write lock)."""
    services: Services = request.app.state.services
    operation = operation or request.url.path[:48]
    if request.method in ("GET", "HEAD", "OPTIONS"):
        try:
            await run_in_threadpool(_audit_refusal_apart, services, principal, operation)
        except Exception:  # the refusal stands even when its audit row cannot be written now
            log.warning("audit of a refused request failed (operation %s)", operation, exc_info=True)
        raise Forbidden("role_forbidden", "当前账户无权办理此项业务")
    await run_in_threadpool(_audit_refusal, request.state.db, services, principal, operation, False)
    raise Forbidden("role_forbidden", "当前账户无权办理此项业务", keep_changes=True)


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def require_roles(*roles: Role) -> Callable[[Principal], Any]:
    async def _check(request: Request, principal: PrincipalDep) -> Principal:
        if principal.role not in roles:
            await refuse(request, principal, getattr(request.scope.get("route"), "operation_id", None))
        return principal

    _check.required_roles = frozenset(r.value for r in roles)  # type: ignore[attr-defined]
    return _check


@dataclass(frozen=True)
class AuthRequirement:
    """What a route's dependencies demand of the caller: a valid token, and one of these roles
    (empty: any role). TransactionalRoute checks it before the body is read (issue 11 item 7)."""

    authenticated: bool = False
    roles: frozenset[str] = frozenset()


def auth_requirement(dependant: Any) -> AuthRequirement:
    """Walk a route's dependency tree for `current_principal` and `require_roles` checks."""
    authenticated = False
    role_sets: list[frozenset[str]] = []
    stack = [dependant]
    while stack:
        dep = stack.pop()
        call = getattr(dep, "call", None)
        if call is current_principal:
            authenticated = True
        roles = getattr(call, "required_roles", None)
        if roles is not None:
            authenticated = True
            role_sets.append(roles)
        stack.extend(dep.dependencies)
    # Every role check of the route must pass: the caller needs a role common to all of them.
    roles = frozenset.intersection(*role_sets) if role_sets else frozenset()
    return AuthRequirement(authenticated, roles)


MAX_ID = 2_147_483_647  # ids are 32-bit on PostgreSQL; larger numbers are refused as 422
IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]


def principal_with(*roles: Role) -> Any:
    """`principal: principal_with(Role.CLERK)` - the role check runs before the body is read."""
    return Annotated[Principal, Depends(require_roles(*roles))]


SupervisorDep = principal_with(Role.SUPERVISOR)
SysadminDep = principal_with(Role.SYSADMIN)
SecadminDep = principal_with(Role.SECADMIN)
AccountAdminDep = principal_with(Role.SYSADMIN, Role.SECADMIN)
AuditorDep = principal_with(Role.AUDITOR)
SecurityPolicyReaderDep = principal_with(Role.SECADMIN, Role.AUDITOR)
