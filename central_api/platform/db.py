"""Engine and session factory. The schema comes from Alembic migrations, never create_all."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, Select, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from central_api.platform import audit_chain
from central_api.platform.errors import NotFound

log = logging.getLogger(__name__)

T = TypeVar("T")

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"
# `session.connection(execution_options=READ_ONLY)`: on SQLite the transaction begins deferred
# and takes no write lock (reads see a WAL snapshot); every other transaction is a writer.
READ_ONLY = {"central_read_only": True}


def make_engine(url: str, *, pool_size: int = 20, pool_timeout: float = 30.0) -> Engine:
    """Bound parameters never appear in errors or logs (`hide_parameters`: they hold ID numbers,
    mobiles and password hashes; issue 11 item 8). `pool_size` connections (never fewer than the requests admitted at once, see
    transaction.py), a few more for the scheduled jobs; waiting longer than `pool_timeout`
    for one raises, and the API answers that 503."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               pool_size=pool_size, max_overflow=4, pool_timeout=pool_timeout,
                               hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
            # Let SQLAlchemy, not pysqlite, open transactions, so that BEGIN IMMEDIATE works.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn) -> None:  # noqa: ANN001
            # One writer at a time: a writer takes the write lock at BEGIN, not at its first
            # write, so that a check followed by a write cannot interleave with another request.
            # A read-only transaction takes no lock at all.
            if conn.get_execution_options().get("central_read_only"):
                conn.exec_driver_sql("BEGIN")
            else:
                conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    # No pre-ping (one round trip per request): a connection found dead is invalidated by
    # SQLAlchemy and its request answered 503 (errors.is_busy), which the client retries.
    return create_engine(url, pool_size=pool_size, max_overflow=4, pool_timeout=pool_timeout,
                         hide_parameters=True)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose commits link their audit rows into the hash chain (audit_chain.py)."""
    maker = sessionmaker(bind=engine, expire_on_commit=False)
    audit_chain.install(maker)
    return maker


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(engine: Engine) -> None:
    """Apply every migration; on PostgreSQL under an advisory lock so instances may race."""
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7320100)")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("database schema is at head")


def found(row: T | None, code: str, message: str) -> T:
    """`row`, or the API's 404 with `code` and the clerk's `message` when the lookup found nothing."""
    if row is None:
        raise NotFound(code, message)
    return row


def first_or_404(session: Session, query: Select[tuple[T]], code: str, message: str, *, lock: bool = False) -> T:
    """The first object `query` selects (locked FOR UPDATE when `lock`), or the API's 404."""
    if lock:
        query = query.with_for_update()
    return found(session.scalars(query).first(), code, message)
