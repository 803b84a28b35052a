"""Staff accounts: supervisors create, change, lock out and reset; everyone changes their own."""
from __future__ import annotations

from typing import Any

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.accounts.schemas import AccountCreate, AccountUpdate
from central_api.models import Account, AuthToken, Station
from central_api.platform import audit
from central_api.platform.db import found
from central_api.platform.deps import Principal
from central_api.platform.errors import Conflict, Unauthorized, Unprocessable
from central_api.platform.services import Services
from counter_app.domain.passwords import password_problems


def _check_password(password: str, username: str) -> None:
    problems = password_problems(password, username)
    if problems:
        raise Unprocessable("password_weak", "；".join(problems), fields=["password"])


def _station(session: Session, station_id: int) -> Station:
    station = session.get(Station, station_id)
    if station is None:
        raise Unprocessable("station_not_found", "站点不存在", fields=["station_id"])
    return station


def _audit(session: Session, services: Services, principal: Principal, action: str, account_id: int,
           detail: dict[str, Any]) -> None:
    audit.by(session, services.clock, principal, action=action, entity="account", entity_id=account_id, detail=detail)


def _revoke_tokens(session: Session, account_id: int, keep_token_id: int | None = None) -> None:
    query = update(AuthToken).where(AuthToken.account_id == account_id, AuthToken.revoked.is_(False))
    if keep_token_id is not None:
        query = query.where(AuthToken.id != keep_token_id)
    session.execute(query.values(revoked=True).execution_options(synchronize_session=False))


def get_account(session: Session, account_id: int) -> Account:
    return found(session.get(Account, account_id), "account_not_found", "账户不存在")


def list_accounts(session: Session) -> list[Account]:
    return list(session.scalars(select(Account).order_by(Account.id)))


def create_account(session: Session, services: Services, principal: Principal, body: AccountCreate) -> Account:
    _check_password(body.password, body.username)
    _station(session, body.station_id)
    account = Account(username=body.username, display_name=body.display_name, role=body.role,
                      station_id=body.station_id, password_hash=services.hasher.hash(body.password), active=True,
                      failed_logins=0, created_at=services.clock.now(), must_change_password=True)
    session.add(account)
    try:
        session.flush()
    except IntegrityError:
        raise Conflict("username_taken", f"用户名 {body.username} 已存在") from None
    _audit(session, services, principal, "account_created", account.id,
           {"username": account.username, "role": account.role, "station_id": account.station_id})
    return account


def update_account(session: Session, services: Services, principal: Principal, account_id: int,
                   body: AccountUpdate) -> Account:
    account = get_account(session, account_id)
    changes = body.model_dump(exclude_none=True)
    if "station_id" in changes:
        _station(session, changes["station_id"])
    if account.id == principal.account_id and (changes.get("active") is False or changes.get("role") not in (None, "supervisor")):
        raise Unprocessable("self_lockout", "不能停用自己的账户或取消自己的主管权限")
    before = {k: getattr(account, k) for k in changes}
    for key, value in changes.items():
        setattr(account, key, value)
    if changes.get("active") is False or "role" in changes or "station_id" in changes:
        _revoke_tokens(session, account.id)  # a token carries role and station: sign in again
    _audit(session, services, principal, "account_changed", account.id, {"before": before, "after": changes})
    return account


def reset_password(session: Session, services: Services, principal: Principal, account_id: int,
                   password: str) -> Account:
    account = get_account(session, account_id)
    _check_password(password, account.username)
    account.password_hash = services.hasher.hash(password)
    account.failed_logins = 0
    account.locked_until = None
    # Someone else knows this password: the account chooses its own at the next sign-in.
    account.must_change_password = True
    _revoke_tokens(session, account.id)
    _audit(session, services, principal, "password_reset", account.id, {"unlocked": True})
    return account


def change_own_password(session: Session, services: Services, principal: Principal, old: str, new: str) -> None:
    account = get_account(session, principal.account_id)
    try:
        services.hasher.verify(account.password_hash, old)
    except (VerificationError, InvalidHashError):
        raise Unauthorized("invalid_credentials", "原密码错误") from None
    if old == new:
        raise Unprocessable("password_unchanged", "新密码不能与原密码相同", fields=["new_password"])
    _check_password(new, account.username)
    account.password_hash = services.hasher.hash(new)
    account.must_change_password = False
    _revoke_tokens(session, account.id, keep_token_id=principal.token_id)
    _audit(session, services, principal, "password_changed", account.id, {})
