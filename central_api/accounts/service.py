"""Staff accounts (三员分立, issue 11): the system administrator creates accounts, changes their
name, station and state and resets passwords; the security administrator gives roles and lifts
lock-outs; everyone changes their own password (a wrong old password counts toward the lock-out).
Passwords expire after the policy's `password_max_age_days`; the last `password_history` are refused
again (the security policy, central_api/platform/security_policy.py)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.accounts import auth, throttle
from central_api.accounts.schemas import AccountCreate, AccountUpdate
from central_api.models import Account, AuthToken, PasswordHistory, Station
from central_api.platform import audit, security_policy
from central_api.platform.db import found
from central_api.platform.deps import Principal
from central_api.platform.errors import ApiError, Conflict, Forbidden, Unauthorized, Unprocessable
from central_api.platform.services import Services
from counter_app.domain.passwords import password_problems
from counter_app.domain.roles import Role


def _check_password(password: str, username: str, field: str = "password") -> None:
    problems = password_problems(password, username)
    if problems:
        raise Unprocessable("password_weak", "；".join(problems), fields=[field])


def _set_password(session: Session, services: Services, account: Account, password: str, field: str) -> None:
    """Refuse the current and the last few passwords; keep the new one's hash in the history."""
    keep = security_policy.current(services, session).password_history
    earlier = list(session.scalars(select(PasswordHistory.password_hash)
                                   .where(PasswordHistory.account_id == account.id)
                                   .order_by(PasswordHistory.id.desc()).limit(keep - 1)))
    if any(auth.password_ok(services.hasher, h, password) for h in [account.password_hash, *earlier]):
        raise Unprocessable("password_reused", f"新密码不能与最近{keep}次使用过的密码相同", fields=[field])
    session.add(PasswordHistory(account_id=account.id, password_hash=account.password_hash,
                                set_at=account.password_changed_at or account.created_at))
    account.password_hash = services.hasher.hash(password)
    account.password_changed_at = services.clock.now()


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
                      failed_logins=0, created_at=services.clock.now(), password_changed_at=services.clock.now(),
                      must_change_password=True)
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
    # 三员分立: roles are the security administrator's, everything else the system administrator's.
    if "role" in changes and principal.role is not Role.SECADMIN:
        raise Forbidden("role_forbidden", "只有安全管理员可以分配角色")
    if set(changes) - {"role"} and principal.role is not Role.SYSADMIN:
        raise Forbidden("role_forbidden", "只有系统管理员可以修改账户信息")
    if "station_id" in changes:
        _station(session, changes["station_id"])
    if account.id == principal.account_id and (changes.get("active") is False or "role" in changes):
        raise Unprocessable("self_lockout", "不能停用自己的账户或修改自己的角色")
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
    _set_password(session, services, account, password, "password")
    # Someone else knows this password: the account chooses its own at the next sign-in (issue 12).
    account.must_change_password = True
    _revoke_tokens(session, account.id)
    _audit(session, services, principal, "password_reset", account.id, {})
    return account


def unlock_account(session: Session, services: Services, principal: Principal, account_id: int) -> Account:
    """The security administrator lifts a lock-out (the name's throttle and the account's mark)."""
    account = get_account(session, account_id)
    throttle.unlock_name(session, account.username)
    account.failed_logins = 0
    account.locked_until = None
    _audit(session, services, principal, "account_unlocked", account.id, {})
    return account


def change_own_password(session: Session, services: Services, principal: Principal, old: str, new: str) -> None:
    account = get_account(session, principal.account_id)
    # Guesses of the old password with a stolen token count like wrong sign-ins (issue 11, item 5);
    # the lock-out that they reach also ends every session of the account.
    policy = security_policy.current(services, session)
    counts = auth.refuse_when_locked(session, services, [throttle.name_key(policy, account.username)])
    if not auth.password_ok(services.hasher, account.password_hash, old):
        until = auth.record_failure(session, services, counts)
        if until is not None:
            _revoke_tokens(session, account.id)
            session.commit()
            raise ApiError("account_locked", auth.locked_message(until), 423)
        raise Unauthorized("invalid_credentials", "原密码错误")
    throttle.clear(session, counts[0].key)
    session.commit()
    if old == new:
        raise Unprocessable("password_unchanged", "新密码不能与原密码相同", fields=["new_password"])
    _check_password(new, account.username, "new_password")
    _set_password(session, services, account, new, "new_password")
    account.must_change_password = False
    _revoke_tokens(session, account.id, keep_token_id=principal.token_id)
    _audit(session, services, principal, "password_changed", account.id, {})
