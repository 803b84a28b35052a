"""The counter PC's own SQLite: a cache of reference data and the outbox of writes.

The outbox is committed durably (WAL, synchronous=FULL, BEGIN IMMEDIATE) before the UI
says 已保存; `services/sync.py` replays it in order with each write's Idempotency-Key.
A write is `pending` until the centre answers, then `sent` (with the answer) or `refused`
(the 待处理 list, with the centre's message, until a clerk marks it `resolved`). Sent and
resolved writes are purged after the retention period: the PC keeps only what offline work
needs.

Issue 11: the folder is 0700 and the files 0600 (services/store_protection.py); the personal
fields (summary, body, answer, the centre's message, cached records) are sealed with AES-GCM;
`secure_delete` overwrites what is purged. Each write records the account that made it, and
`pending_for` gives the replay only that account's writes. The file's identity (device and
inode) is checked around every write: a file deleted or replaced under the running app is
rebuilt from the connection that still holds it (`VACUUM INTO`) before 已保存 is said; a file
that is not a readable outbox at start is moved aside with a timestamp and a new one begun.
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
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
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

from counter_app.services.api_client import ApiError
from counter_app.services.store_protection import (
    FieldCipher,
    UnreadableSealError,
    load_key,
    private_dir,
    private_file,
    tighten,
)

log = logging.getLogger(__name__)

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
    username: str = ""


class LocalStoreLost(ApiError):
    """The outbox file went away under the app and could not be rebuilt: the write is NOT saved.
    An ApiError so that every form shows its message as it shows a refusal."""

    def __init__(self) -> None:
        super().__init__("local_store_lost", "本机数据文件被删除或损坏，本次业务没有保存，请重新提交；如反复出现请联系信息科")


# What the clerk is told (Chinese, shown by the app) when the store had to act on its own.
MOVED_ASIDE = "本机待同步数据文件已损坏或无法解密，已改名保存为 {name}，并新建了数据文件；其中未发送的业务请联系信息科恢复"
REBUILT = "本机待同步数据文件被删除或替换，已从运行中的程序恢复，未丢失数据；请联系信息科检查本机"
_SEALED_OUTBOX = ("summary", "body", "response", "last_error")


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class LocalStore:
    def __init__(self, path: Path, *, cipher: FieldCipher | None = None) -> None:
        private_dir(path.parent)
        self.path = path
        self.cipher = cipher or FieldCipher(load_key(path.parent)[0])
        self.incidents: list[str] = []  # messages for the clerk, taken by the app
        self._lock = threading.RLock()
        try:
            self._open()
        except (DatabaseError, sqlite3.DatabaseError, UnreadableSealError) as exc:
            log.error("the local store %s is unreadable (%s): moved aside", path.name, type(exc).__name__)
            self._close_quietly()
            aside = self._move_aside()
            self.incidents.append(MOVED_ASIDE.format(name=aside.name))
            self._open()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _open(self) -> None:
        private_file(self.path)
        for suffix in ("-wal", "-shm"):
            tighten(self.path.with_name(self.path.name + suffix))
        self.engine = create_engine(f"sqlite:///{self.path}",
                                    connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(self.engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA secure_delete=ON")  # purged personal data is overwritten, not left in free pages
            cur.close()

        @event.listens_for(self.engine, "begin")
        def _begin(conn) -> None:  # noqa: ANN001
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        # One connection held for the store's life: if the file is deleted under us, it still
        # reads the data (it keeps the file and, after its first read, the WAL open), and
        # `VACUUM INTO` writes them back (see `_ensure_file`).
        self._anchor: sqlite3.Connection | None = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=30)
        with self.engine.connect() as conn:
            if conn.exec_driver_sql("PRAGMA quick_check").scalar() != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
        _Base.metadata.create_all(self.engine)
        self._add_missing_columns()
        self._check_key()
        self._seal_clear_rows()
        self._anchor.execute("SELECT count(*) FROM outbox").fetchone()  # opens the WAL and keeps it
        self._identity = self._file_identity()

    def _close_quietly(self) -> None:
        engine = getattr(self, "engine", None)
        if engine is not None:
            engine.dispose()
        if getattr(self, "_anchor", None) is not None:
            self._anchor.close()
            self._anchor = None

    def _move_aside(self, suffixes: tuple[str, ...] = ("", "-wal", "-shm")) -> Path:
        """Rename the unreadable file (and its WAL/SHM) with a timestamp; nothing is deleted."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        aside = self.path.with_name(f"{self.path.name}.unreadable-{stamp}")
        for suffix in suffixes:
            source = self.path.with_name(self.path.name + suffix)
            if source.exists():
                os.replace(source, aside.with_name(aside.name + suffix))
        return aside

    def _check_key(self) -> None:
        """A sealed sentinel: this key opens this file (else UnreadableSealError at start)."""
        with self._sessions_of().begin() as session:
            row = session.get(CacheRow, ("meta", "key_check"))
            if row is None:
                session.add(CacheRow(kind="meta", item_id="key_check", updated_at=_utcnow(),
                                     payload=self.cipher.seal("ok", "key_check")))
            elif self.cipher.open(row.payload, "key_check") != "ok":
                raise UnreadableSealError("key_check")

    def _seal_clear_rows(self) -> None:
        """An outbox written by an older version in clear is sealed in place at the first start."""
        sealed = 0
        with self._sessions_of().begin() as session:
            for row in session.scalars(select(OutboxRow).where(~OutboxRow.body.like("enc1:%"))):
                for column in _SEALED_OUTBOX:
                    value = getattr(row, column)
                    if not self.cipher.is_sealed(value):
                        setattr(row, column, self.cipher.seal(value, column))
                sealed += 1
            for cached in session.scalars(select(CacheRow).where(~CacheRow.payload.like("enc1:%"))):
                cached.payload = self.cipher.seal(cached.payload, "payload")
                sealed += 1
        if sealed:
            self._checkpoint()
            log.info("sealed %d rows written in clear by an older version", sealed)

    def _checkpoint(self) -> None:
        """Copy the WAL into the file and empty it (outside any transaction: on the anchor)."""
        with self._lock:
            if self._anchor is not None:
                self._anchor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def _sessions_of(self) -> sessionmaker:
        return sessionmaker(self.engine, expire_on_commit=False)

    # --- the file's identity (issue 11, item 13) ----------------------------------------
    def _file_identity(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except (FileNotFoundError, NotADirectoryError):
            return None
        return st.st_dev, st.st_ino

    def _ensure_file(self) -> None:
        """If the file was deleted or replaced, write the data the held connection still sees
        back to the path, then reopen there. Raises LocalStoreLost when that fails."""
        with self._lock:
            if self._file_identity() == self._identity:
                return
            log.error("the local store file was deleted or replaced under the running app: rebuilding it")
            self.engine.dispose()
            try:
                if self.path.exists():  # replaced by another file: keep it for the help desk
                    self._move_aside(("",))
                private_dir(self.path.parent)
                assert self._anchor is not None
                self._anchor.execute("VACUUM INTO ?", (str(self.path),))
                self._anchor.close()  # the last connection to the old file: removes its WAL by name
                self._anchor = None
                if any(self.path.with_name(self.path.name + x).exists() for x in ("-wal", "-shm")):
                    self._move_aside(("-wal", "-shm"))  # an old WAL must never be replayed into the new file
                self._open()
            except Exception as exc:  # noqa: BLE001 - whatever failed, the clerk must not hear 已保存
                log.error("rebuilding the local store failed: %s", type(exc).__name__)
                self._close_quietly()
                try:
                    self._open()  # a new, empty file, so that the next write may succeed
                except Exception:  # noqa: BLE001 - the folder itself is gone or not writable
                    log.exception("no local store can be opened at its path")
                    self._identity = None
                raise LocalStoreLost() from exc
            finally:
                self._sessions = sessionmaker(self.engine, expire_on_commit=False)
            self.incidents.append(REBUILT)

    @contextmanager
    def _writing(self) -> Iterator[Any]:
        """A write transaction on the file that is really at the path."""
        self._ensure_file()
        with self._sessions.begin() as session:
            yield session

    def take_incidents(self) -> list[str]:
        """What the store had to do on its own since last asked (for a message to the clerk)."""
        with self._lock:
            taken, self.incidents = self.incidents, []
        return taken

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
        self._close_quietly()

    # --- outbox -------------------------------------------------------------------------
    def enqueue(self, method: str, path: str, body: Any, *, kind: str = "write", summary: str = "",
                username: str = "", idempotency_key: str | None = None, queue_ticket: str | None = None,
                local_ref_prefix: str | None = None) -> OutboxItem:
        """Durably queue one write; returns only after the commit reached the disk — the file at
        the path, checked after the commit. With `local_ref_prefix` the write gets a local
        reference (prefix + its outbox number) in the same transaction, to print at once while
        the centre's own number is not known yet."""
        seal = self.cipher.seal
        row = OutboxRow(
            created_at=_utcnow(), kind=kind, summary=seal(summary, "summary"), username=username, method=method,
            path=path, body=seal(json.dumps(body, ensure_ascii=False), "body"),
            idempotency_key=idempotency_key or str(uuid.uuid4()), status=PENDING, attempts=0, queue_ticket=queue_ticket,
        )
        with self._writing() as session:
            session.add(row)
            if local_ref_prefix is not None:
                session.flush()
                row.local_ref = f"{local_ref_prefix}{row.id:06d}"
        # Deleted or replaced while the transaction ran? Rebuild, then the row must be in the new file.
        self._ensure_file()
        with self._sessions() as session:
            stored = session.scalar(select(OutboxRow).where(OutboxRow.idempotency_key == row.idempotency_key))
            if stored is None:
                raise LocalStoreLost()
            return self._item(stored)

    def enqueue_many(self, writes: list[tuple[str, str, Any]], *, kind: str = "write", username: str = "") -> int:
        """Queue many writes of one account in one transaction (bulk loads and tests)."""
        now = _utcnow()
        with self._writing() as session:
            session.add_all(
                OutboxRow(created_at=now, kind=kind, summary=self.cipher.seal("", "summary"), username=username,
                          method=m, path=p, body=self.cipher.seal(json.dumps(b, ensure_ascii=False), "body"),
                          idempotency_key=str(uuid.uuid4()), status=PENDING, attempts=0)
                for m, p, b in writes
            )
        return len(writes)

    def pending_count(self, username: str | None = None) -> int:
        return self.count(PENDING, username=username)

    def count(self, status: str, *, username: str | None = None) -> int:
        query = select(func.count(OutboxRow.id)).where(OutboxRow.status == status)
        if username is not None:
            query = query.where(OutboxRow.username == username)
        with self._sessions() as session:
            return session.scalar(query) or 0

    def pending(self, limit: int = 100) -> list[OutboxItem]:
        """The oldest pending writes, in the order they were made."""
        return self.items(PENDING, limit=limit)

    def pending_for(self, username: str, limit: int = 100) -> list[OutboxItem]:
        """The oldest pending writes made by this account: the only ones it may replay."""
        return self.items(PENDING, limit=limit, username=username)

    def pending_owners(self) -> dict[str, int]:
        """Pending writes per account that made them ("" for writes of unknown origin)."""
        with self._sessions() as session:
            rows = session.execute(select(OutboxRow.username, func.count(OutboxRow.id))
                                   .where(OutboxRow.status == PENDING).group_by(OutboxRow.username)).all()
            return {name or "": count for name, count in rows}

    def take_over(self, from_username: str, to_username: str, ids: list[int]) -> list[OutboxItem]:
        """Give these pending writes of another account to `to_username` (a supervisor's explicit
        act, audited at the centre by the caller before this runs). Returns the writes taken over."""
        with self._writing() as session:
            rows = session.scalars(select(OutboxRow).where(OutboxRow.status == PENDING,
                                                           OutboxRow.username == from_username,
                                                           OutboxRow.id.in_(ids))
                                   .order_by(OutboxRow.id)).all()
            for row in rows:
                row.username = to_username
            return [self._item(r) for r in rows]

    def items(self, *statuses: str, limit: int = 500, newest_first: bool = False,
              username: str | None = None) -> list[OutboxItem]:
        order = OutboxRow.id.desc() if newest_first else OutboxRow.id
        query = select(OutboxRow).where(OutboxRow.status.in_(statuses))
        if username is not None:
            query = query.where(OutboxRow.username == username)
        with self._sessions() as session:
            rows = session.scalars(query.order_by(order).limit(limit)).all()
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
        with self._writing() as session:
            session.execute(update(OutboxRow).where(OutboxRow.id == item_id)
                            .values(attempts=OutboxRow.attempts + 1, last_error=self.cipher.seal(error, "last_error")))

    def mark_sent(self, item_id: int, response: Any) -> None:
        self._settle(item_id, SENT, response=self.cipher.seal(json.dumps(response, ensure_ascii=False), "response"))

    def mark_refused(self, item_id: int, code: str, message: str) -> None:
        self._settle(item_id, REFUSED, error_code=code, last_error=self.cipher.seal(message, "last_error"))

    def resolve(self, item_id: int) -> None:
        """A clerk dealt with a refused write (it stays for the record until purged)."""
        with self._writing() as session:
            session.execute(update(OutboxRow).where(OutboxRow.id == item_id, OutboxRow.status == REFUSED)
                            .values(status=RESOLVED, settled_at=_utcnow()))

    def _settle(self, item_id: int, status: str, **values: Any) -> None:
        with self._writing() as session:
            session.execute(update(OutboxRow).where(OutboxRow.id == item_id, OutboxRow.status == PENDING)
                            .values(status=status, settled_at=_utcnow(), attempts=OutboxRow.attempts + 1, **values))

    def purge_settled(self, older_than: timedelta, now: datetime | None = None) -> int:
        """Forget sent and resolved writes settled longer ago than the retention period
        (`secure_delete` overwrites their bytes; the WAL is truncated after a purge)."""
        cutoff = (now or _utcnow()) - older_than
        with self._writing() as session:
            result = session.execute(delete(OutboxRow).where(
                OutboxRow.status.in_((SENT, RESOLVED)), OutboxRow.settled_at < cutoff))
            purged = result.rowcount or 0
        if purged:
            self._checkpoint()
        return purged

    def _item(self, row: OutboxRow) -> OutboxItem:
        unseal = self.cipher.open
        response = unseal(row.response, "response")
        return OutboxItem(
            id=row.id, kind=row.kind, summary=unseal(row.summary, "summary") or "", method=row.method, path=row.path,
            body=json.loads(unseal(row.body, "body") or "null"), idempotency_key=row.idempotency_key,
            status=row.status, created_at=row.created_at, attempts=row.attempts or 0, error_code=row.error_code,
            last_error=unseal(row.last_error, "last_error"), response=json.loads(response) if response else None,
            queue_ticket=row.queue_ticket, local_ref=row.local_ref, username=row.username or "",
        )

    # --- reference cache ----------------------------------------------------------------
    def _kind(self, kind: str) -> str:
        """`vehicles:<ID number>` is stored as `vehicles:<keyed digest>`: no number in clear."""
        prefix, sep, rest = kind.partition(":")
        return f"{prefix}:{self.cipher.tag(rest)}" if sep else kind

    def put_cached(self, kind: str, items: list[dict[str, Any]], *, key: str = "id") -> None:
        """Replace the cached items of one kind in one transaction."""
        now = _utcnow()
        kind = self._kind(kind)
        with self._writing() as session:
            session.execute(delete(CacheRow).where(CacheRow.kind == kind))
            session.add_all(
                CacheRow(kind=kind, item_id=str(item[key]), updated_at=now,
                         payload=self.cipher.seal(json.dumps(item, ensure_ascii=False), "payload"))
                for item in items
            )

    def remember(self, name: str, value: Any) -> None:
        """A small preference of this counter PC (e.g. the station it stands at)."""
        with self._writing() as session:
            session.merge(CacheRow(kind="meta", item_id=name, payload=self.cipher.seal(json.dumps(value), "payload"),
                                   updated_at=_utcnow()))

    def recall(self, name: str, default: Any = None) -> Any:
        with self._sessions() as session:
            row = session.get(CacheRow, ("meta", name))
            return default if row is None else json.loads(self.cipher.open(row.payload, "payload") or "null")

    def cached(self, kind: str) -> list[dict[str, Any]]:
        with self._sessions() as session:
            rows = session.scalars(select(CacheRow).where(CacheRow.kind == self._kind(kind))).all()
            return [json.loads(self.cipher.open(r.payload, "payload") or "null") for r in rows]


def open_store(data_dir: Path) -> LocalStore:
    return LocalStore(data_dir / "local.sqlite3")
