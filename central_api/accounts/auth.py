"""Log-in, lock-out and tokens (argon2 hashes; tokens stored only as SHA-256)."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import Account, AuthToken, Station
from central_api.platform import audit
from central_api.platform.deps import token_hash
from central_api.platform.errors import ApiError, Forbidden, Unauthorized
from central_api.platform.services import Services
from counter_app.domain.roles import Role, channel_for_role
from counter_app.domain.timefmt import format_local


@dataclass(frozen=True)
class LoginResult:
    token: str
    expires_at: datetime
    account: Account
    station: Station


def _locked_message(until: datetime) -> str:
    return f"该账户因密码连续输错已被锁定，请于 {format_local(until)} 后再试"


def login(
    session: Session, services: Services, *, username: str, password: str, station_id: int | None
) -> LoginResult:
    """Check the password, count failures, lock after too many, and issue a token."""
    now = services.clock.now()
    settings = services.settings
    account = session.scalars(
        select(Account).where(Account.username == username).with_for_update()
    ).first()

    def fail(code: str, message: str, status: int = 401) -> ApiError:
        audit.record(
            session, services.clock, action="login_failed", entity="account",
            entity_id=account.id if account else None, username=username[:32],
            account_id=account.id if account else None, station_id=account.station_id if account else None,
            channel=channel_for_role(Role(account.role)) if account else "window", detail={"code": code},
        )
        return ApiError(code, message, status, keep_changes=True)

    if account is None or not account.active:
        raise fail("invalid_credentials", "用户名或密码错误")
    if account.locked_until is not None and account.locked_until > now:
        raise fail("account_locked", _locked_message(account.locked_until), 423)
    try:
        services.hasher.verify(account.password_hash, password)
    except (VerificationError, InvalidHashError):
        account.failed_logins += 1
        if account.failed_logins >= settings.max_failed_logins:
            account.failed_logins = 0
            account.locked_until = now + timedelta(minutes=settings.lockout_minutes)
            raise fail("account_locked", _locked_message(account.locked_until), 423)
        left = settings.max_failed_logins - account.failed_logins
        raise fail("invalid_credentials", f"用户名或密码错误，再错 {left} 次账户将被锁定")

    station = session.get(Station, account.station_id)
    assert station is not None
    if station_id is not None and station_id != account.station_id:
        wrong = session.get(Station, station_id)
        raise Forbidden(
            "station_mismatch",
            f"该账户属于{station.name}，不能在{wrong.name if wrong else '该站点'}登录",
        )
    account.failed_logins = 0
    account.locked_until = None
    if services.hasher.check_needs_rehash(account.password_hash):
        account.password_hash = services.hasher.hash(password)
    token = secrets.token_urlsafe(32)
    expires_at = now + timedelta(minutes=settings.token_ttl_minutes)
    role = Role(account.role)
    session.add(
        AuthToken(
            token_hash=token_hash(token), account_id=account.id, station_id=account.station_id,
            channel=channel_for_role(role), issued_at=now, expires_at=expires_at,
        )
    )
    audit.record(
        session, services.clock, action="login", entity="account", entity_id=account.id,
        username=account.username, account_id=account.id, station_id=account.station_id,
        channel=channel_for_role(role),
    )
    return LoginResult(token=token, expires_at=expires_at, account=account, station=station)


def logout(session: Session, services: Services, *, token_id: int, username: str, account_id: int,
           station_id: int, channel: str) -> None:
    tok = session.get(AuthToken, token_id)
    if tok is None:
        raise Unauthorized("invalid_token", "登录已失效，请重新登录")
    tok.revoked = True
    audit.record(session, services.clock, action="logout", entity="account", entity_id=account_id,
                 username=username, account_id=account_id, station_id=station_id, channel=channel)
