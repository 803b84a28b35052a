"""Request dependencies: the request's session, the clock, and the authenticated principal."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Annotated, Any, Callable

from fastapi import Depends, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import Account, AuthToken
from central_api.platform.clock import Clock
from central_api.platform.errors import Forbidden, Unauthorized
from central_api.platform.services import Services
from counter_app.domain.roles import Role

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
    found = valid_lookup(getattr(request.state, "token_lookup", None), clock)
    if found is None:
        raise Unauthorized("invalid_token", "登录已失效，请重新登录")
    tok, account = found
    if account.must_change_password and request.url.path not in PASSWORD_CHANGE_PATHS:
        # 401, not 403: the sign-in is not complete until the password is changed (and every
        # endpoint that takes a token documents 401).
        raise Unauthorized("password_change_required", "首次登录或密码被重置后须先修改密码")
    return Principal(
        account_id=account.id,
        username=account.username,
        role=Role(account.role),
        station_id=tok.station_id,
        channel=tok.channel,
        token_id=tok.id,
    )


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def require_roles(*roles: Role) -> Callable[[Principal], Any]:
    async def _check(principal: PrincipalDep) -> Principal:
        if principal.role not in roles:
            raise Forbidden("role_forbidden", "当前账户无权办理此项业务")
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
