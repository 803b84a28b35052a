"""Sign-in throttling per user name and per client address, kept in the database (issue 11).

Every statement here is one atomic INSERT … ON CONFLICT DO UPDATE or a conditional UPDATE, and
the caller commits right after it in the same thread: no row lock is held across a thread
hand-off or an argon2 verify. An attempt is counted *before* its password is checked, so fifty
parallel guesses for one name cost at most `max_failed_logins` verifies, not fifty.

Failed and refused attempts reach the audit trail aggregated: at most one row per key and
minute (carrying how many attempts it stands for), plus one row per lock-out.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from central_api.models import Account, LoginThrottle
from central_api.platform import audit
from central_api.platform.services import Services
from counter_app.domain.security_policy import SecurityPolicy

AUDIT_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class Key:
    """A throttled name or address with the policy's numbers at the time of the attempt."""

    key: str
    limit: int
    window: timedelta

    @property
    def is_name(self) -> bool:
        return self.key.startswith("name:")


@dataclass(frozen=True)
class Count:
    key: Key
    failures: int
    locked_until: datetime | None


def _name(username: str) -> str:
    return "name:" + username.strip().lower()[:32]


def name_key(policy: SecurityPolicy, username: str) -> Key:
    return Key(_name(username), policy.max_failed_logins,
               timedelta(minutes=policy.lockout_minutes))


def address_key(policy: SecurityPolicy, address: str | None) -> Key:
    return Key("addr:" + (address or "unknown")[:64], policy.max_failed_logins_per_address,
               timedelta(minutes=policy.lockout_minutes))


def count_attempt(session: Session, services: Services, key: Key) -> Count:
    """Add one attempt to the key's window (a new window when the old one has passed)."""
    now = services.clock.now()
    table = LoginThrottle.__table__
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = insert(table).values(key=key.key, failures=1, window_start=now, locked_until=None, unaudited=1,
                                audited_at=None)
    expired = table.c.window_start <= now - key.window
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.key],
        set_={
            "failures": case((expired, 1), else_=table.c.failures + 1),
            "window_start": case((expired, now), else_=table.c.window_start),
            "unaudited": table.c.unaudited + 1,
        },
    ).returning(table.c.failures, table.c.locked_until)
    failures, locked_until = session.execute(stmt).one()
    return Count(key, failures, locked_until)


def locks(session: Session, keys: list[Key], now: datetime) -> list[tuple[Key, datetime]]:
    """The keys locked now, with their end (a plain read: no row lock)."""
    by_key = {key.key: key for key in keys}
    rows = session.execute(select(LoginThrottle.key, LoginThrottle.locked_until)
                           .where(LoginThrottle.key.in_(by_key), LoginThrottle.locked_until > now)).all()
    return [(by_key[key], until) for key, until in rows]


def audit_refusal(session: Session, services: Services, key: Key) -> None:
    """Attempts against a lock: one `login_refused` row per key and minute (a conditional update
    touches the row at most once a minute; the other attempts write nothing)."""
    now = services.clock.now()
    won = session.execute(
        update(LoginThrottle)
        .where(LoginThrottle.key == key.key,
               (LoginThrottle.audited_at.is_(None)) | (LoginThrottle.audited_at <= now - AUDIT_EVERY))
        .values(audited_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    if won:
        audit.record(session, services.clock, action="login_refused", entity="login", entity_id=key.key[:64],
                     username=key.key[5:37] if key.is_name else "-", channel="window", detail={"code": "locked"})


def lock(session: Session, services: Services, key: Key) -> datetime:
    """Lock the key for the policy's `lockout_minutes`; a name's lock is mirrored on its account (shown to
    administrators). One lock-out row in the audit trail."""
    now = services.clock.now()
    until = now + key.window
    # The count stays (attempts already in flight stay over the limit); the window restarts so
    # that it ends with the lock.
    session.execute(update(LoginThrottle).where(LoginThrottle.key == key.key)
                    .values(locked_until=until, window_start=now))
    if key.is_name:
        session.execute(update(Account).where(Account.username == key.key[5:]).values(locked_until=until)
                        .execution_options(synchronize_session=False))
    audit.record(session, services.clock, action="login_locked", entity="login", entity_id=key.key[:64],
                 username=key.key[5:37] if key.is_name else "-", channel="window",
                 detail={"until": until.isoformat()})
    return until


def audit_failures(session: Session, services: Services, key: Key, code: str) -> None:
    """At most one `login_failed` row per key and minute, carrying the attempts since the last."""
    now = services.clock.now()
    seen = session.scalar(select(LoginThrottle.unaudited).where(LoginThrottle.key == key.key)) or 0
    won = session.execute(
        update(LoginThrottle)
        .where(LoginThrottle.key == key.key,
               (LoginThrottle.audited_at.is_(None)) | (LoginThrottle.audited_at <= now - AUDIT_EVERY))
        .values(unaudited=LoginThrottle.unaudited - seen, audited_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not won:
        return  # this minute's row is written already; the attempt waits in `unaudited`
    audit.record(session, services.clock, action="login_failed", entity="login", entity_id=key.key[:64],
                 username=key.key[5:37] if key.is_name else "-", channel="window",
                 detail={"code": code, "attempts": max(1, seen)})


def clear(session: Session, key: Key) -> None:
    """A right password ends the name's window (the address keeps its count)."""
    session.execute(delete(LoginThrottle).where(LoginThrottle.key == key.key))


def uncount(session: Session, key: Key) -> None:
    """A right password: its attempt, counted before the check, is not a failure."""
    session.execute(update(LoginThrottle).where(LoginThrottle.key == key.key, LoginThrottle.failures > 0)
                    .values(failures=LoginThrottle.failures - 1,
                            unaudited=case((LoginThrottle.unaudited > 0, LoginThrottle.unaudited - 1), else_=0))
                    .execution_options(synchronize_session=False))


def unlock_name(session: Session, username: str) -> None:
    session.execute(delete(LoginThrottle).where(LoginThrottle.key == _name(username)))
