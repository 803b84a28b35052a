"""The baseline of the central-service benchmark: a bare FastAPI endpoint doing one INSERT.

    DATABASE_URL=... uvicorn bare_app:app --app-dir benchmarks [--workers N]

No auth, no idempotency, no audit, no validation beyond the JSON body: what one request
costs the same stack (uvicorn, FastAPI, SQLAlchemy, the same database) at its cheapest.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone

from fastapi import FastAPI
from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, create_engine, event, insert

metadata = MetaData()
bare_insert = Table(
    "bare_insert", metadata,
    Column("id", Integer, primary_key=True),
    Column("payload", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)


def make_engine(url: str):  # noqa: ANN201
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _wal(dbapi_conn, _record) -> None:  # noqa: ANN001
            dbapi_conn.execute("PRAGMA journal_mode=WAL")
            dbapi_conn.execute("PRAGMA synchronous=FULL")

        return engine
    # As many connections as the thread pool can use at once (40), so nothing waits on the pool.
    return create_engine(url, pool_size=40, max_overflow=10)


def create_table(url: str) -> None:
    engine = make_engine(url)
    metadata.create_all(engine)
    engine.dispose()


app = FastAPI()
_engine = make_engine(os.environ.get("DATABASE_URL", "sqlite:///bare.sqlite3"))


@app.post("/bare", status_code=201)
def bare(body: dict) -> dict:
    with _engine.begin() as conn:
        new_id = conn.execute(insert(bare_insert).values(payload=str(body)[:200],
                                                         created_at=datetime.now(timezone.utc))
                              .returning(bare_insert.c.id)).scalar_one()
    return {"id": new_id}
