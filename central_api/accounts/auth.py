"""Log-in, lock-out and tokens (argon2 hashes; tokens stored only as SHA-256)."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from central_api.accounts import devices, throttle
from central_api.models import Account, AuthToken, Device, Station
from central_api.platform import audit, security_policy
from central_api.platform.deps import token_hash
from central_api.platform.errors import ApiError, Forbidden, Unauthorized
from central_api.platform.services import Services
from counter_app.domain.roles import Role, channel_for_role
from counter_app.domain.security_policy import SecurityPolicy
from counter_app.domain.timefmt import format_local


@dataclass(frozen=True)
class LoginResult:
    token: str
    expires_at: datetime
    account: Account
    station: Station
    password_expired: bool = False


def locked_message(until: datetime) -> str:
    return f"该账户因密码连续输错已被锁定，请于 {format_local(until)} 后再试"


INVALID = "用户名或密码错误"
# Staff at a counter PC sign in with its device signature; the 122 gateway is a server.
DEVICE_ROLES = frozenset(Role) - {Role.INTERNET}
# One session per account, except the gateway's (several of its instances sign in at once).
SINGLE_SESSION_ROLES = DEVICE_ROLES
_DUMMY_HASHES: dict[int, str] = {}


def dummy_verify(hasher: PasswordHasher, password: str) -> None:
    """Spend the cost of a real verify for a name that has no account (issue 11, item 4)."""
    dummy = _DUMMY_HASHES.get(id(hasher))
    if dummy is None:
        dummy = _DUMMY_HASHES.setdefault(id(hasher), hasher.hash(secrets.token_urlsafe(16)))
    try:
        hasher.verify(dummy, password)
    except (VerificationError, InvalidHashError):
        pass


def password_ok(hasher: PasswordHasher, password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def refuse_when_locked(session: Session, services: Services, keys: list[throttle.Key]) -> list[throttle.Count]:
    """Refuse a locked name or address with one plain read (a flood against a lock takes no row
    lock and writes at most one audit row a minute); otherwise count this attempt on every key
    before any password is checked, and refuse one that went over its limit. Committed here:
    no row lock is held while the password is checked."""
    now = services.clock.now()
    for key, until in throttle.locks(session, keys, now):
        _refuse_locked(session, services, key, until)
    counts = [throttle.count_attempt(session, services, key) for key in keys]
    for count in counts:
        if count.locked_until is not None and count.locked_until > now:  # locked since the read
            _refuse_locked(session, services, count.key, count.locked_until)
        if count.failures > count.key.limit:
            _refuse_locked(session, services, count.key, throttle.lock(session, services, count.key))
    session.commit()
    return counts


def _refuse_locked(session: Session, services: Services, key: throttle.Key, until: datetime) -> NoReturn:
    throttle.audit_refusal(session, services, key)
    session.commit()
    if key.is_name:
        raise ApiError("account_locked", locked_message(until), 423)
    raise ApiError("login_rate_limited", f"本机登录失败次数过多，请于 {format_local(until)} 后再试", 429)


def record_failure(session: Session, services: Services, counts: list[throttle.Count]) -> datetime | None:
    """A wrong password: audit (aggregated), lock a key that reached its limit; committed."""
    until = None
    for count in counts:
        if count.failures >= count.key.limit:
            locked = throttle.lock(session, services, count.key)
            until = locked if count.key.is_name else until
        if count.key.is_name:  # an address's failures are audited when it is refused
            throttle.audit_failures(session, services, count.key, "invalid_credentials")
    session.commit()
    return until


def login(
    session: Session, services: Services, *, username: str, password: str, station_id: int | None,
    address: str | None = None, device_id: int | None = None, challenge: str | None = None,
    signature: str | None = None,
) -> LoginResult:
    """Check the password (same message and cost whether the name exists or not), throttle per
    name and per address in the database, check the PC's signature, and issue the one token of
    the account (an older one is ended)."""
    now = services.clock.now()
    settings = services.settings
    policy = security_policy.current(services, session)
    name_key = throttle.name_key(policy, username)
    counts = refuse_when_locked(session, services, [throttle.address_key(policy, address), name_key])
    account = session.scalars(select(Account).where(Account.username == username)).first()
    if account is None or not account.active:
        dummy_verify(services.hasher, password)
        ok = False
    else:
        ok = password_ok(services.hasher, account.password_hash, password)
    if not ok:
        until = record_failure(session, services, counts)
        if until is not None:
            raise ApiError("account_locked", locked_message(until), 423)
        raise Unauthorized("invalid_credentials", INVALID)
    assert account is not None
    role = Role(account.role)
    device: Device | None = None
    if device_id is not None or (settings.require_device and role in DEVICE_ROLES):
        if device_id is None or not challenge or not signature:
            raise Unauthorized("device_required", "本机尚未登记，不能登录；请联系系统管理员登记本机")
        device = devices.verify_proof(session, services, device_id=device_id, challenge=challenge,
                                      signature=signature, username=account.username)
        session.commit()  # the challenge is spent even when the sign-in is refused below
    station = session.get(Station, account.station_id)
    assert station is not None
    claimed = device.station_id if device is not None else station_id
    if claimed is not None and claimed != account.station_id:
        wrong = session.get(Station, claimed)
        raise Forbidden(
            "station_mismatch",
            f"该账户属于{station.name}，不能在{wrong.name if wrong else '该站点'}登录",
        )
    throttle.clear(session, name_key)
    throttle.uncount(session, counts[0].key)
    account.failed_logins = 0
    account.locked_until = None
    if services.hasher.check_needs_rehash(account.password_hash):
        account.password_hash = services.hasher.hash(password)
    if settings.single_session and role in SINGLE_SESSION_ROLES:
        session.execute(
            update(AuthToken).where(AuthToken.account_id == account.id, AuthToken.revoked.is_(False))
            .values(revoked=True, revoked_reason="replaced").execution_options(synchronize_session=False))
    token = secrets.token_urlsafe(32)
    expires_at = now + timedelta(minutes=policy.token_ttl_minutes)
    session.add(
        AuthToken(
            token_hash=token_hash(token), account_id=account.id, station_id=account.station_id,
            channel=channel_for_role(role), issued_at=now, expires_at=expires_at,
            device_id=device.id if device is not None else None,
        )
    )
    audit.record(
        session, services.clock, action="login", entity="account", entity_id=account.id,
        username=account.username, account_id=account.id, station_id=account.station_id,
        channel=channel_for_role(role), detail={"device_id": device.id} if device is not None else None,
    )
    session.commit()  # no lock on the account row waits for the hand-off that ends the request
    return LoginResult(token=token, expires_at=expires_at, account=account, station=station,
                       password_expired=password_expired(policy, account, now))


def password_expired(policy: SecurityPolicy, account: Account, now: datetime) -> bool:
    changed = account.password_changed_at or account.created_at
    return changed + timedelta(days=policy.password_max_age_days) <= now


def logout(session: Session, services: Services, *, token_id: int, username: str, account_id: int,
           station_id: int, channel: str) -> None:
    tok = session.get(AuthToken, token_id)
    if tok is None:
        raise Unauthorized("invalid_token", "登录已失效，请重新登录")
    tok.revoked = True
    audit.record(session, services.clock, action="logout", entity="account", entity_id=account_id,
                 username=username, account_id=account_id, station_id=station_id, channel=channel)
