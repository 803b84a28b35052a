"""The counter PC's own SQLite: a cache of reference data and the outbox of writes.

The outbox is committed durably (WAL, synchronous=FULL, BEGIN IMMEDIATE) before the UI
says 已保存; `services/sync.py` replays it in order with each write's Idempotency-Key.
A write is `pending` until the centre answers, then `sent` (with the answer) or `refused`
(the 待处理 list, with the centre's message, until a clerk marks it `resolved`). Sent and
resolved writes are purged after the retention period: the PC keeps only what offline work
needs.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    DateTime,
    Integer,
    String,
    Text,
    create_engine,
    delete,
    event,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

PENDING, SENT, REFUSED, RESOLVED = "pending", "sent", "refused", "resolved"


class _Base(DeclarativeBase):
    pass


class OutboxRow(_Base):
    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(32), default="write")
    summary: Mapped[str] = mapped_column(String(255), default="")
    username: Mapped[str] = mapped_column(String(32), default="")
    method: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(16), default=PENDING, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    error_code: Mapped[str | None] = mapped_column(String(64))
    response: Mapped[str | None] = mapped_column(Text)
    settled_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The hall's queue ticket of the customer the write was made for (`A023@<called at>`).
    queue_ticket: Mapped[str | None] = mapped_column(String(64))
    # A reference the counter gives at once to a write that may wait for the link (e.g. 临A0001).
    local_ref: Mapped[str | None] = mapped_column(String(32))


class CacheRow(_Base):
    """Reference data by kind and id (stations now; more kinds as workflows need them)."""

    __tablename__ = "cache"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


@dataclass(frozen=True)
class OutboxItem:
    id: int
    kind: str
    summary: str
    method: str
    path: str
    body: Any
    idempotency_key: str
    status: str
    created_at: datetime
    attempts: int = 0
    error_code: str | None = None
    last_error: str | None = None
    response: Any = None
    queue_ticket: str | None = None
    local_ref: str | None = None


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class LocalStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(self.engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()

        @event.listens_for(self.engine, "begin")
        def _begin(conn) -> None:  # noqa: ANN001
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        _Base.metadata.create_all(self.engine)
        self._add_missing_columns()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _add_missing_columns(self) -> None:
        """A PC keeps its outbox across upgrades: new columns are added, nothing is dropped."""
        with self.engine.begin() as conn:
            for table in _Base.metadata.sorted_tables:
                have = {c["name"] for c in inspect(conn).get_columns(table.name)}
                for column in table.columns:
                    if column.name not in have:
                        kind = column.type.compile(dialect=conn.dialect)
                        conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'))

    def close(self) -> None:
        self.engine.dispose()

    # --- outbox -------------------------------------------------------------------------
    def enqueue(self, method: str, path: str, body: Any, *, kind: str = "write", summary: str = "",
                username: str = "", idempotency_key: str | None = None, queue_ticket: str | None = None,
                local_ref_prefix: str | None = None) -> OutboxItem:
        """Durably queue one write; returns only after the commit reached the disk. With
        `local_ref_prefix` the write gets a local reference (prefix + its outbox number) in the
        same transaction, to print at once while the centre's own number is not known yet."""
        row = OutboxRow(
            created_at=_utcnow(), kind=kind, summary=summary[:255], username=username, method=method, path=path,
            body=json.dumps(body, ensure_ascii=False), idempotency_key=idempotency_key or str(uuid.uuid4()),
            status=PENDING, attempts=0, queue_ticket=queue_ticket,
        )
        with self._sessions.begin() as session:
            session.add(row)
            if local_ref_prefix is not None:
                session.flush()
                row.local_ref = f"{local_ref_prefix}{row.id:06d}"
        return self._item(row)

    def enqueue_many(self, writes: list[tuple[str, str, Any]], *, kind: str = "write") -> int:
        """Queue many writes in one transaction (bulk loads and tests)."""
        now = _utcnow()
        with self._sessions.begin() as session:
            session.add_all(
                OutboxRow(created_at=now, kind=kind, summary="", username="", method=m, path=p,
                          body=json.dumps(b, ensure_ascii=False), idempotency_key=str(uuid.uuid4()), status=PENDING,
                          attempts=0)
                for m, p, b in writes
            )
        return len(writes)

    def pending_count(self) -> int:
        return self.count(PENDING)

    def count(self, status: str) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count(OutboxRow.id)).where(OutboxRow.status == status)) or 0

    def pending(self, limit: int = 100) -> list[OutboxItem]:
        """The oldest pending writes, in the order they were made."""
        return self.items(PENDING, limit=limit)

    def items(self, *statuses: str, limit: int = 500, newest_first: bool = False) -> list[OutboxItem]:
        order = OutboxRow.id.desc() if newest_first else OutboxRow.id
        with self._sessions() as session:
            rows = session.scalars(
                select(OutboxRow).where(OutboxRow.status.in_(statuses)).order_by(order).limit(limit)
            ).all()
            return [self._item(r) for r in rows]

    def referenced(self, limit: int = 200) -> list[OutboxItem]:
        """Writes saved with a local reference (offline registrations), newest first, until purged."""
        with self._sessions() as session:
            rows = session.scalars(select(OutboxRow).where(OutboxRow.local_ref.is_not(None))
                                   .order_by(OutboxRow.id.desc()).limit(limit)).all()
            return [self._item(r) for r in rows]

    def get(self, item_id: int) -> OutboxItem | None:
        with self._sessions() as session:
            row = session.get(OutboxRow, item_id)
            return None if row is None else self._item(row)

    def note_attempt(self, item_id: int, error: str | None = None) -> None:
        with self._sessions.begin() as session:
            session.execute(update(OutboxRow).where(OutboxRow.id == item_id)
                            .values(attempts=OutboxRow.attempts + 1, last_error=error))

    def mark_sent(self, item_id: int, response: Any) -> None:
        self._settle(item_id, SENT, response=json.dumps(response, ensure_ascii=False))

    def mark_refused(self, item_id: int, code: str, message: str) -> None:
        self._settle(item_id, REFUSED, error_code=code, last_error=message)

    def resolve(self, item_id: int) -> None:
        """A clerk dealt with a refused write (it stays for the record until purged)."""
        with self._sessions.begin() as session:
            session.execute(update(OutboxRow).where(OutboxRow.id == item_id, OutboxRow.status == REFUSED)
                            .values(status=RESOLVED, settled_at=_utcnow()))

    def _settle(self, item_id: int, status: str, **values: Any) -> None:
        with self._sessions.begin() as session:
            session.execute(update(OutboxRow).where(OutboxRow.id == item_id, OutboxRow.status == PENDING)
                            .values(status=status, settled_at=_utcnow(), attempts=OutboxRow.attempts + 1, **values))

    def purge_settled(self, older_than: timedelta, now: datetime | None = None) -> int:
        """Forget sent and resolved writes settled longer ago than the retention period."""
        cutoff = (now or _utcnow()) - older_than
        with self._sessions.begin() as session:
            result = session.execute(delete(OutboxRow).where(
                OutboxRow.status.in_((SENT, RESOLVED)), OutboxRow.settled_at < cutoff))
            return result.rowcount or 0

    @staticmethod
    def _item(row: OutboxRow) -> OutboxItem:
        return OutboxItem(
            id=row.id, kind=row.kind, summary=row.summary, method=row.method, path=row.path,
            body=json.loads(row.body), idempotency_key=row.idempotency_key, status=row.status,
            created_at=row.created_at, attempts=row.attempts or 0, error_code=row.error_code,
            last_error=row.last_error, response=json.loads(row.response) if row.response else None,
            queue_ticket=row.queue_ticket, local_ref=row.local_ref,
        )

    # --- reference cache ----------------------------------------------------------------
    def put_cached(self, kind: str, items: list[dict[str, Any]], *, key: str = "id") -> None:
        """Replace the cached items of one kind in one transaction."""
        now = _utcnow()
        with self._sessions.begin() as session:
            session.execute(delete(CacheRow).where(CacheRow.kind == kind))
            session.add_all(
                CacheRow(kind=kind, item_id=str(item[key]), payload=json.dumps(item, ensure_ascii=False),
                         updated_at=now)
                for item in items
            )

    def remember(self, name: str, value: Any) -> None:
        """A small preference of this counter PC (e.g. the station it stands at)."""
        with self._sessions.begin() as session:
            session.merge(CacheRow(kind="meta", item_id=name, payload=json.dumps(value), updated_at=_utcnow()))

    def recall(self, name: str, default: Any = None) -> Any:
        with self._sessions() as session:
            row = session.get(CacheRow, ("meta", name))
            return default if row is None else json.loads(row.payload)

    def cached(self, kind: str) -> list[dict[str, Any]]:
        with self._sessions() as session:
            rows = session.scalars(select(CacheRow).where(CacheRow.kind == kind)).all()
            return [json.loads(r.payload) for r in rows]


def open_store(data_dir: Path) -> LocalStore:
    return LocalStore(data_dir / "local.sqlite3")
