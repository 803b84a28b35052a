"""The audit trail's hash chain, its proof, and the purge that keeps 180 days (issue 11 item 10).

Every audit row gets one `audit_chain` link when its transaction commits: the links are taken
in commit order under one lock (PostgreSQL: a transaction advisory lock taken only at the
commit, after all of the transaction's other work, so it can wait for nothing that waits for
it; SQLite: the one writer), each link storing sha256(previous link's hash + the row's
canonical form). A row changed, deleted or slipped in afterwards — even by the database owner
with the append-only triggers disabled — breaks the recomputation at that row, which
`central-api verify-audit` names. What the chain cannot see is the tail cut off together with
its links; `verify-audit` prints the head hash so that it can be kept elsewhere (SECURITY.md).
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import delete, event, func, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from central_api.models import AuditChain, AuditLog

log = logging.getLogger(__name__)

GENESIS = "0" * 64
CHAIN_LOCK = 7320110  # PostgreSQL advisory lock: one transaction extends the chain at a time
PENDING = "audit_rows_to_chain"
# 网络安全法 §21: network logs kept at least six months. The purge refuses anything younger.
MIN_RETENTION_DAYS = 180


def canonical(row: AuditLog) -> bytes:
    """The row as hashed: its id and every field, in one fixed JSON spelling."""
    at = row.at.astimezone(timezone.utc).isoformat(timespec="microseconds")
    detail = json.loads(json.dumps(row.detail or {}, ensure_ascii=False, default=str))
    return json.dumps([row.id, at, row.account_id, row.username, row.station_id, row.channel, row.action,
                       row.entity, row.entity_id, detail],
                      ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def link_hash(prev_hash: str, row: AuditLog) -> str:
    return hashlib.sha256(prev_hash.encode() + canonical(row)).hexdigest()


def remember(session: Session, row: AuditLog) -> None:
    """Called by audit.record: the row is chained when the transaction commits."""
    session.info.setdefault(PENDING, []).append(row)


def _seal(session: Session) -> None:
    rows = session.info.pop(PENDING, None)
    if not rows:
        return
    session.flush()
    rows = [r for r in rows if inspect(r).persistent]  # a savepoint's rollback may have dropped some
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHAIN_LOCK})
    prev = session.scalar(select(AuditChain.row_hash).order_by(AuditChain.seq.desc()).limit(1)) or GENESIS
    for row in sorted(rows, key=lambda r: r.id):
        row_hash = link_hash(prev, row)
        session.add(AuditChain(audit_id=row.id, prev_hash=prev, row_hash=row_hash))
        prev = row_hash
    session.flush()


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(PENDING, None)


def install(maker: sessionmaker[Session]) -> None:
    """Chain the audit rows of every transaction of sessions made by `maker`."""
    event.listen(maker, "before_commit", _seal)
    event.listen(maker, "after_rollback", _forget)


# --- the proof ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Verdict:
    intact: bool
    chained: int
    before_chain: int
    head: str
    broken_row: int | None = None
    reason: str = ""

    def line(self) -> str:
        if self.intact:
            return (f"audit trail intact: {self.chained} rows chained, {self.before_chain} older rows before the "
                    f"chain began; head {self.head}")
        return f"audit trail BROKEN at row {self.broken_row}: {self.reason} ({self.chained} rows verified before it)"


def verify(session: Session, *, batch: int = 2000) -> Verdict:
    """Walk the links in order, recompute each row's hash, and look for rows outside the chain."""
    prev: str | None = None
    checked = 0
    last_seq = 0
    first_audit_id: int | None = None
    while True:
        page = session.execute(
            select(AuditChain, AuditLog).outerjoin(AuditLog, AuditLog.id == AuditChain.audit_id)
            .where(AuditChain.seq > last_seq).order_by(AuditChain.seq).limit(batch)
        ).all()
        if not page:
            break
        for link, row in page:
            last_seq = link.seq
            if first_audit_id is None:
                first_audit_id = link.audit_id
            if row is None:
                return Verdict(False, checked, 0, prev or GENESIS, link.audit_id, "the row was deleted")
            if prev is not None and link.prev_hash != prev:
                return Verdict(False, checked, 0, prev, row.id, "a link before it was removed or replaced")
            if link_hash(link.prev_hash, row) != link.row_hash:
                return Verdict(False, checked, 0, prev or GENESIS, row.id, "the row was changed")
            prev = link.row_hash
            checked += 1
        session.expunge_all()
    outside = select(AuditLog.id).where(~select(AuditChain.seq).where(AuditChain.audit_id == AuditLog.id).exists())
    before = 0
    if first_audit_id is not None:
        stray = session.scalar(outside.where(AuditLog.id > first_audit_id).order_by(AuditLog.id).limit(1))
        if stray is not None:
            return Verdict(False, checked, 0, prev or GENESIS, stray, "the row is not in the chain (slipped in)")
        before = session.scalar(select(func.count()).select_from(outside.where(AuditLog.id < first_audit_id)
                                                                  .subquery())) or 0
    else:
        before = session.scalar(select(func.count()).select_from(AuditLog)) or 0
    return Verdict(True, checked, before, prev or GENESIS)


# --- the purge ------------------------------------------------------------------------------------
class PurgeRefused(Exception):
    pass


_SQLITE_TRIGGERS = {
    "audit_log_no_delete": "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "audit_chain_no_delete": "CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain "
                             "BEGIN SELECT RAISE(ABORT, 'audit_chain is append-only'); END",
}


def purge(session: Session, now: datetime, before: datetime) -> int:
    """Delete the oldest part of the trail, rows stamped before `before`, and their links: a prefix
    of the chain, so the rest still verifies from its first link. Run as the database owner (the
    service's role may not delete, and the triggers are lifted for this transaction only).
    Refused when `before` is less than 180 days ago."""
    if before > now - timedelta(days=MIN_RETENTION_DAYS):
        raise PurgeRefused(f"audit rows are kept at least {MIN_RETENTION_DAYS} days (网络安全法 §21): "
                           f"nothing younger than {(now - timedelta(days=MIN_RETENTION_DAYS)).date()} may be purged")
    cut = session.scalar(select(func.min(AuditChain.seq)).join(AuditLog, AuditLog.id == AuditChain.audit_id)
                         .where(AuditLog.at >= before))
    if cut is None:
        cut = (session.scalar(select(func.max(AuditChain.seq))) or 0) + 1
    doomed_ids = select(AuditChain.audit_id).where(AuditChain.seq < cut)
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres:
        session.execute(text("ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_no_change"))
        session.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"))
    else:
        for name in _SQLITE_TRIGGERS:
            session.execute(text(f"DROP TRIGGER {name}"))
    ids = list(session.scalars(doomed_ids))
    # Rows from before the chain began (never linked) and older than the cut go too.
    unlinked_old = list(session.scalars(
        select(AuditLog.id).where(AuditLog.at < before,
                                  ~select(AuditChain.seq).where(AuditChain.audit_id == AuditLog.id).exists())))
    session.execute(delete(AuditChain).where(AuditChain.seq < cut))
    gone = session.execute(delete(AuditLog).where(AuditLog.id.in_(ids + unlinked_old))).rowcount or 0
    if postgres:
        session.execute(text("ALTER TABLE audit_chain ENABLE TRIGGER audit_chain_no_change"))
        session.execute(text("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change"))
    else:
        for statement in _SQLITE_TRIGGERS.values():
            session.execute(text(statement))
    log.info("audit purge: %d rows before %s removed", gone, before.isoformat())
    return gone
