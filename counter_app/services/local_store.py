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
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

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


# The tables as SQLAlchemy created them before (a PC keeps its file across upgrades): plain
# sqlite3 now, since SQLAlchemy cost the counter ~33 MB and ~0.5 s at every start (issue 17).
# (name, declared type, NOT NULL) per column; new columns go at the end and are nullable.
_OUTBOX_COLUMNS = (
    ("id", "INTEGER", True), ("created_at", "DATETIME", True), ("kind", "VARCHAR(32)", True),
    ("summary", "VARCHAR(255)", True), ("username", "VARCHAR(32)", True), ("method", "VARCHAR(8)", True),
    ("path", "VARCHAR(255)", True), ("body", "TEXT", True), ("idempotency_key", "VARCHAR(64)", True),
    ("status", "VARCHAR(16)", True), ("attempts", "INTEGER", True), ("last_error", "TEXT", False),
    ("error_code", "VARCHAR(64)", False), ("response", "TEXT", False), ("settled_at", "DATETIME", False),
    # The hall's queue ticket of the customer the write was made for (`A023@<called at>`).
    ("queue_ticket", "VARCHAR(64)", False),
    # A reference the counter gives at once to a write that may wait for the link (e.g. 临A0001).
    ("local_ref", "VARCHAR(32)", False),
)
# Reference data by kind and id (stations; the last vehicle list shown for a number; preferences).
_CACHE_COLUMNS = (("kind", "VARCHAR(32)", True), ("item_id", "VARCHAR(64)", True), ("payload", "TEXT", True),
                  ("updated_at", "DATETIME", True))
_TABLES = {"outbox": _OUTBOX_COLUMNS, "cache": _CACHE_COLUMNS}
_CONSTRAINTS = {"outbox": "PRIMARY KEY (id), UNIQUE (idempotency_key)", "cache": "PRIMARY KEY (kind, item_id)"}
_OUTBOX_FIELDS = ", ".join(name for name, _type, _nn in _OUTBOX_COLUMNS)


def _ddl(table: str) -> str:
    columns = ", ".join(f"{name} {kind}{' NOT NULL' if not_null else ''}" for name, kind, not_null in _TABLES[table])
    return f"CREATE TABLE IF NOT EXISTS {table} ({columns}, {_CONSTRAINTS[table]})"


def _stamp(when: datetime | None) -> str | None:
    """A naive UTC time as SQLAlchemy stored it in SQLite (`YYYY-MM-DD HH:MM:SS.ffffff`)."""
    return None if when is None else when.strftime("%Y-%m-%d %H:%M:%S.%f")


def _parse(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


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
    """One connection writes (BEGIN IMMEDIATE, under `_lock`), another reads (WAL: a read never
    waits for a write's fsync), a third only anchors the file (see `_ensure_file`)."""

    def __init__(self, path: Path, *, cipher: FieldCipher | None = None) -> None:
        private_dir(path.parent)
        self.path = path
        self.cipher = cipher or FieldCipher(load_key(path.parent)[0])
        self.incidents: list[str] = []  # messages for the clerk, taken by the app
        self._lock = threading.RLock()
        self._read_lock = threading.Lock()
        self._writer: sqlite3.Connection | None = None
        self._reader: sqlite3.Connection | None = None
        self._anchor: sqlite3.Connection | None = None
        try:
            self._open()
        except (sqlite3.DatabaseError, UnreadableSealError) as exc:
            log.error("the local store %s is unreadable (%s): moved aside", path.name, type(exc).__name__)
            self._close_quietly()
            aside = self._move_aside()
            self.incidents.append(MOVED_ASIDE.format(name=aside.name))
            self._open()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA secure_delete=ON")  # purged personal data is overwritten, not left in free pages
        return conn

    def _open(self) -> None:
        private_file(self.path)
        for suffix in ("-wal", "-shm"):
            tighten(self.path.with_name(self.path.name + suffix))
        # One connection held for the store's life: if the file is deleted under us, it still
        # reads the data (it keeps the file and, after its first read, the WAL open), and
        # `VACUUM INTO` writes them back (see `_ensure_file`).
        self._anchor = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._writer = self._connect()
        if self._writer.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
        with self._transaction() as conn:
            for table in _TABLES:
                conn.execute(_ddl(table))
            conn.execute("CREATE INDEX IF NOT EXISTS ix_outbox_status ON outbox (status)")
            self._add_missing_columns(conn)
        self._reader = self._connect()
        self._check_key()
        self._seal_clear_rows()
        self._anchor.execute("SELECT count(*) FROM outbox").fetchone()  # opens the WAL and keeps it
        self._identity = self._file_identity()

    def _close_quietly(self) -> None:
        for name in ("_writer", "_reader", "_anchor"):
            conn = getattr(self, name, None)
            if conn is not None:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
                setattr(self, name, None)

    def _move_aside(self, suffixes: tuple[str, ...] = ("", "-wal", "-shm")) -> Path:
        """Rename the unreadable file (and its WAL/SHM) with a timestamp; nothing is deleted."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        aside = self.path.with_name(f"{self.path.name}.unreadable-{stamp}")
        for suffix in suffixes:
            source = self.path.with_name(self.path.name + suffix)
            if source.exists():
                os.replace(source, aside.with_name(aside.name + suffix))
        return aside

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT on the writing connection (ROLLBACK on any error)."""
        with self._lock:
            if self._writer is None:  # closed: connect again, as a pooled engine would
                self._writer = self._connect()
            conn = self._writer
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _read(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        with self._read_lock:
            if self._reader is None:  # closed (sign-out, tests' teardown): connect again
                self._reader = self._connect()
            return self._reader.execute(sql, params).fetchall()

    def _check_key(self) -> None:
        """A sealed sentinel: this key opens this file (else UnreadableSealError at start)."""
        with self._transaction() as conn:
            row = conn.execute("SELECT payload FROM cache WHERE kind = 'meta' AND item_id = 'key_check'").fetchone()
            if row is None:
                conn.execute("INSERT INTO cache (kind, item_id, payload, updated_at) VALUES ('meta', 'key_check', ?, ?)",
                             (self.cipher.seal("ok", "key_check"), _stamp(_utcnow())))
            elif self.cipher.open(row[0], "key_check") != "ok":
                raise UnreadableSealError("key_check")

    def _seal_clear_rows(self) -> None:
        """An outbox written by an older version in clear is sealed in place at the first start."""
        sealed = 0
        with self._transaction() as conn:
            columns = ", ".join(_SEALED_OUTBOX)
            for row in conn.execute(f"SELECT id, {columns} FROM outbox WHERE body NOT LIKE 'enc1:%'").fetchall():
                values = [value if self.cipher.is_sealed(value) else self.cipher.seal(value, column)
                          for column, value in zip(_SEALED_OUTBOX, row[1:])]
                conn.execute(f"UPDATE outbox SET {', '.join(f'{c} = ?' for c in _SEALED_OUTBOX)} WHERE id = ?",
                             (*values, row[0]))
                sealed += 1
            for kind, item_id, payload in conn.execute(
                    "SELECT kind, item_id, payload FROM cache WHERE payload NOT LIKE 'enc1:%'").fetchall():
                conn.execute("UPDATE cache SET payload = ? WHERE kind = ? AND item_id = ?",
                             (self.cipher.seal(payload, "payload"), kind, item_id))
                sealed += 1
        if sealed:
            self._checkpoint()
            log.info("sealed %d rows written in clear by an older version", sealed)

    def _checkpoint(self) -> None:
        """Copy the WAL into the file and empty it (outside any transaction: on the anchor)."""
        with self._lock:
            if self._anchor is not None:
                self._anchor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

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
        with self._lock, self._read_lock:
            if self._file_identity() == self._identity:
                return
            log.error("the local store file was deleted or replaced under the running app: rebuilding it")
            for name in ("_writer", "_reader"):
                conn = getattr(self, name)
                if conn is not None:
                    conn.close()
                    setattr(self, name, None)
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
            self.incidents.append(REBUILT)

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """A write transaction on the file that is really at the path."""
        with self._lock:
            self._ensure_file()
            with self._transaction() as conn:
                yield conn

    def take_incidents(self) -> list[str]:
        """What the store had to do on its own since last asked (for a message to the clerk)."""
        with self._lock:
            taken, self.incidents = self.incidents, []
        return taken

    @staticmethod
    def _add_missing_columns(conn: sqlite3.Connection) -> None:
        """A PC keeps its outbox across upgrades: new columns are added, nothing is dropped."""
        for table, columns in _TABLES.items():
            have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            for name, kind, _not_null in columns:
                if name not in have:
                    conn.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {kind}')

    def close(self) -> None:
        with self._lock, self._read_lock:  # not under a read or a write of another thread
            self._close_quietly()

    # --- outbox -------------------------------------------------------------------------
    def _new_row(self, method: str, path: str, body: Any, *, kind: str, summary: str, username: str,
                 idempotency_key: str | None = None, queue_ticket: str | None = None,
                 created_at: datetime | None = None) -> tuple:
        seal = self.cipher.seal
        return (_stamp(created_at or _utcnow()), kind, seal(summary, "summary"), username, method, path,
                seal(json.dumps(body, ensure_ascii=False), "body"), idempotency_key or str(uuid.uuid4()),
                PENDING, 0, queue_ticket)

    _INSERT = ("INSERT INTO outbox (created_at, kind, summary, username, method, path, body, idempotency_key, "
               "status, attempts, queue_ticket) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")

    def enqueue(self, method: str, path: str, body: Any, *, kind: str = "write", summary: str = "",
                username: str = "", idempotency_key: str | None = None, queue_ticket: str | None = None,
                local_ref_prefix: str | None = None) -> OutboxItem:
        """Durably queue one write; returns only after the commit reached the disk — the file at
        the path, checked after the commit. With `local_ref_prefix` the write gets a local
        reference (prefix + its outbox number) in the same transaction, to print at once while
        the centre's own number is not known yet."""
        row = self._new_row(method, path, body, kind=kind, summary=summary, username=username,
                            idempotency_key=idempotency_key, queue_ticket=queue_ticket)
        key = row[7]
        with self._writing() as conn:
            new_id = conn.execute(self._INSERT, row).lastrowid
            if local_ref_prefix is not None:
                conn.execute("UPDATE outbox SET local_ref = ? WHERE id = ?", (f"{local_ref_prefix}{new_id:06d}", new_id))
        # Deleted or replaced while the transaction ran? Rebuild, then the row must be in the new file.
        self._ensure_file()
        stored = self._read(f"SELECT {_OUTBOX_FIELDS} FROM outbox WHERE idempotency_key = ?", (key,))
        if not stored:
            raise LocalStoreLost()
        return self._item(stored[0])

    def enqueue_many(self, writes: list[tuple[str, str, Any]], *, kind: str = "write", username: str = "") -> int:
        """Queue many writes of one account in one transaction (bulk loads and tests)."""
        now = _utcnow()
        rows = [self._new_row(m, p, b, kind=kind, summary="", username=username, created_at=now) for m, p, b in writes]
        with self._writing() as conn:
            conn.executemany(self._INSERT, rows)
        return len(writes)

    def pending_count(self, username: str | None = None) -> int:
        return self.count(PENDING, username=username)

    def count(self, status: str, *, username: str | None = None) -> int:
        if username is None:
            return self._read("SELECT count(id) FROM outbox WHERE status = ?", (status,))[0][0]
        return self._read("SELECT count(id) FROM outbox WHERE status = ? AND username = ?", (status, username))[0][0]

    def pending(self, limit: int = 100) -> list[OutboxItem]:
        """The oldest pending writes, in the order they were made."""
        return self.items(PENDING, limit=limit)

    def pending_for(self, username: str, limit: int = 100) -> list[OutboxItem]:
        """The oldest pending writes made by this account: the only ones it may replay."""
        return self.items(PENDING, limit=limit, username=username)

    def pending_owners(self) -> dict[str, int]:
        """Pending writes per account that made them ("" for writes of unknown origin)."""
        rows = self._read("SELECT username, count(id) FROM outbox WHERE status = ? GROUP BY username", (PENDING,))
        return {name or "": count for name, count in rows}

    def take_over(self, from_username: str, to_username: str, ids: list[int]) -> list[OutboxItem]:
        """Give these pending writes of another account to `to_username` (a supervisor's explicit
        act, audited at the centre by the caller before this runs). Returns the writes taken over."""
        marks = ", ".join("?" for _ in ids) or "NULL"
        with self._writing() as conn:
            rows = conn.execute(f"SELECT {_OUTBOX_FIELDS} FROM outbox WHERE status = ? AND username = ? "
                                f"AND id IN ({marks}) ORDER BY id", (PENDING, from_username, *ids)).fetchall()
            conn.executemany("UPDATE outbox SET username = ? WHERE id = ?", [(to_username, r[0]) for r in rows])
        return [replace(self._item(r), username=to_username) for r in rows]

    def items(self, *statuses: str, limit: int = 500, newest_first: bool = False,
              username: str | None = None) -> list[OutboxItem]:
        where = f"status IN ({', '.join('?' for _ in statuses) or 'NULL'})"
        params: list[Any] = list(statuses)
        if username is not None:
            where += " AND username = ?"
            params.append(username)
        order = "id DESC" if newest_first else "id"
        rows = self._read(f"SELECT {_OUTBOX_FIELDS} FROM outbox WHERE {where} ORDER BY {order} LIMIT ?",
                          (*params, limit))
        return [self._item(r) for r in rows]

    def referenced(self, limit: int = 200) -> list[OutboxItem]:
        """Writes saved with a local reference (offline registrations), newest first, until purged."""
        rows = self._read(f"SELECT {_OUTBOX_FIELDS} FROM outbox WHERE local_ref IS NOT NULL ORDER BY id DESC LIMIT ?",
                          (limit,))
        return [self._item(r) for r in rows]

    def get(self, item_id: int) -> OutboxItem | None:
        rows = self._read(f"SELECT {_OUTBOX_FIELDS} FROM outbox WHERE id = ?", (item_id,))
        return self._item(rows[0]) if rows else None

    def note_attempt(self, item_id: int, error: str | None = None) -> None:
        with self._writing() as conn:
            conn.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                         (self.cipher.seal(error, "last_error"), item_id))

    def mark_sent(self, item_id: int, response: Any) -> None:
        self._settle(item_id, SENT, response=self.cipher.seal(json.dumps(response, ensure_ascii=False), "response"))

    def mark_refused(self, item_id: int, code: str, message: str) -> None:
        self._settle(item_id, REFUSED, error_code=code, last_error=self.cipher.seal(message, "last_error"))

    def resolve(self, item_id: int) -> None:
        """A clerk dealt with a refused write (it stays for the record until purged)."""
        with self._writing() as conn:
            conn.execute("UPDATE outbox SET status = ?, settled_at = ? WHERE id = ? AND status = ?",
                         (RESOLVED, _stamp(_utcnow()), item_id, REFUSED))

    def _settle(self, item_id: int, status: str, **values: Any) -> None:
        assigned = "".join(f", {name} = ?" for name in values)  # names from this module only
        with self._writing() as conn:
            conn.execute(f"UPDATE outbox SET status = ?, settled_at = ?, attempts = attempts + 1{assigned} "
                         "WHERE id = ? AND status = ?",
                         (status, _stamp(_utcnow()), *values.values(), item_id, PENDING))

    def purge_settled(self, older_than: timedelta, now: datetime | None = None) -> int:
        """Forget sent and resolved writes settled longer ago than the retention period
        (`secure_delete` overwrites their bytes; the WAL is truncated after a purge)."""
        cutoff = (now or _utcnow()) - older_than
        with self._writing() as conn:
            purged = conn.execute("DELETE FROM outbox WHERE status IN (?, ?) AND settled_at < ?",
                                  (SENT, RESOLVED, _stamp(cutoff))).rowcount or 0
        if purged:
            self._checkpoint()
        return purged

    def _item(self, row: tuple) -> OutboxItem:
        (item_id, created_at, kind, summary, username, method, path, body, key, status, attempts, last_error,
         error_code, response, _settled_at, queue_ticket, local_ref) = row
        unseal = self.cipher.open
        answer = unseal(response, "response")
        return OutboxItem(
            id=item_id, kind=kind, summary=unseal(summary, "summary") or "", method=method, path=path,
            body=json.loads(unseal(body, "body") or "null"), idempotency_key=key,
            status=status, created_at=_parse(created_at), attempts=attempts or 0, error_code=error_code,
            last_error=unseal(last_error, "last_error"), response=json.loads(answer) if answer else None,
            queue_ticket=queue_ticket, local_ref=local_ref, username=username or "",
        )

    # --- reference cache ----------------------------------------------------------------
    def _kind(self, kind: str) -> str:
        """`vehicles:<ID number>` is stored as `vehicles:<keyed digest>`: no number in clear."""
        prefix, sep, rest = kind.partition(":")
        return f"{prefix}:{self.cipher.tag(rest)}" if sep else kind

    def put_cached(self, kind: str, items: list[dict[str, Any]], *, key: str = "id") -> None:
        """Replace the cached items of one kind in one transaction."""
        now = _stamp(_utcnow())
        kind = self._kind(kind)
        rows = [(kind, str(item[key]), self.cipher.seal(json.dumps(item, ensure_ascii=False), "payload"), now)
                for item in items]
        with self._writing() as conn:
            conn.execute("DELETE FROM cache WHERE kind = ?", (kind,))
            conn.executemany("INSERT INTO cache (kind, item_id, payload, updated_at) VALUES (?, ?, ?, ?)", rows)

    def remember(self, name: str, value: Any) -> None:
        """A small preference of this counter PC (e.g. the station it stands at)."""
        with self._writing() as conn:
            conn.execute("INSERT OR REPLACE INTO cache (kind, item_id, payload, updated_at) VALUES ('meta', ?, ?, ?)",
                         (name, self.cipher.seal(json.dumps(value), "payload"), _stamp(_utcnow())))

    def recall(self, name: str, default: Any = None) -> Any:
        rows = self._read("SELECT payload FROM cache WHERE kind = 'meta' AND item_id = ?", (name,))
        return default if not rows else json.loads(self.cipher.open(rows[0][0], "payload") or "null")

    def cached(self, kind: str) -> list[dict[str, Any]]:
        rows = self._read("SELECT payload FROM cache WHERE kind = ?", (self._kind(kind),))
        return [json.loads(self.cipher.open(r[0], "payload") or "null") for r in rows]


def open_store(data_dir: Path) -> LocalStore:
    return LocalStore(data_dir / "local.sqlite3")
