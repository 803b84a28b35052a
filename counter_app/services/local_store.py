"""The counter PC's own SQLite: a cache of reference data and the outbox of writes.

The outbox is committed durably (WAL, synchronous=FULL, BEGIN IMMEDIATE) before the UI
says 已保存; the sync service replays it in order with each write's Idempotency-Key.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    DateTime,
    Integer,
    String,
    Text,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class _Base(DeclarativeBase):
    pass


class OutboxRow(_Base):
    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    method: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    # pending -> sent | refused (the centre said no: it goes to the 待处理 list)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


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
    method: str
    path: str
    body: Any
    idempotency_key: str
    status: str


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class LocalStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
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
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    # --- outbox -------------------------------------------------------------------------
    def enqueue(self, method: str, path: str, body: Any, *, idempotency_key: str | None = None) -> OutboxItem:
        """Durably queue one write; returns only after the commit reached the disk."""
        row = OutboxRow(
            created_at=_utcnow(), method=method, path=path, body=json.dumps(body, ensure_ascii=False),
            idempotency_key=idempotency_key or str(uuid.uuid4()), status="pending", attempts=0,
        )
        with self._sessions.begin() as session:
            session.add(row)
        return self._item(row)

    def pending_count(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count(OutboxRow.id)).where(OutboxRow.status == "pending")) or 0

    def pending(self, limit: int = 100) -> list[OutboxItem]:
        with self._sessions() as session:
            rows = session.scalars(
                select(OutboxRow).where(OutboxRow.status == "pending").order_by(OutboxRow.id).limit(limit)
            ).all()
            return [self._item(r) for r in rows]

    @staticmethod
    def _item(row: OutboxRow) -> OutboxItem:
        return OutboxItem(id=row.id, method=row.method, path=row.path, body=json.loads(row.body),
                          idempotency_key=row.idempotency_key, status=row.status)

    # --- reference cache ----------------------------------------------------------------
    def put_cached(self, kind: str, items: list[dict[str, Any]], *, key: str = "id") -> None:
        """Replace the cached items of one kind in one transaction."""
        now = _utcnow()
        with self._sessions.begin() as session:
            session.query(CacheRow).filter(CacheRow.kind == kind).delete()
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

