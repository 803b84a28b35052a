"""Issue 11 item 10: the audit trail cannot be rewritten unnoticed.

Before: the service's own database login could disable the triggers and rewrite or forge rows,
and nothing could tell. Now the service runs as a role that may only INSERT and SELECT the
trail (PostgreSQL), every row is linked into a hash chain at commit, `central-api verify-audit`
names the first broken row, and the purge keeps 180 days.
"""
from __future__ import annotations

import itertools
import os
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import DBAPIError

from central_api import cli
from central_api.app import build_services, create_app
from central_api.models import AuditChain, AuditLog
from central_api.platform import audit_chain, db_roles
from central_api.platform.config import Settings
from tests.conftest import FAST_HASHER
from tests.helpers import login_headers
from tests.security.support import personal

_roles = itertools.count()


def _write_some(client, register: bool = True) -> None:  # noqa: ANN001
    """A log-in, a registration (when asked) and a log-out: audit rows of three kinds."""
    clerk = login_headers(client, "clerk01")
    if register:
        created = client.post("/api/v1/users/personal", json=personal("赵磊", "13912345678"), headers=clerk)
        assert created.status_code == 201, created.text
    assert client.post("/api/v1/auth/logout", headers=clerk).status_code == 204


def _verify_cli(db_url: str, capsys) -> tuple[int, str]:  # noqa: ANN001
    previous = os.environ.get("DATABASE_URL")
    os.environ["DATABASE_URL"] = db_url
    try:
        code = cli.main(["verify-audit"])
    finally:
        if previous is None:
            os.environ.pop("DATABASE_URL")
        else:
            os.environ["DATABASE_URL"] = previous
    return code, capsys.readouterr().out


def _owner_changes(engine, audit_id: int) -> None:  # noqa: ANN001
    """What the review did with the owner's login: lift the trigger, rewrite a row, put it back."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"))
            conn.execute(text("UPDATE audit_log SET username = 'someone' WHERE id = :id"), {"id": audit_id})
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change"))
        else:
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("UPDATE audit_log SET username = 'someone' WHERE id = :id"), {"id": audit_id})


def test_every_row_is_chained_and_verify_audit_names_the_row_the_owner_changed(client, services, db_url, capsys,
                                                                                report_figure):
    _write_some(client)
    with services.sessionmaker() as session:
        rows = session.scalar(select(func.count()).select_from(AuditLog))
        links = session.scalar(select(func.count()).select_from(AuditChain))
        target = session.scalars(select(AuditLog.id).where(AuditLog.action == "user_registered")
                                 .order_by(AuditLog.id)).first() or session.scalar(select(func.max(AuditLog.id)))
    assert rows > 0 and links == rows
    code, out = _verify_cli(db_url, capsys)
    assert code == 0 and "intact" in out, out

    _owner_changes(services.engine, target)
    code, out = _verify_cli(db_url, capsys)
    assert code == 1, out
    assert f"BROKEN at row {target}: the row was changed" in out
    database = "PostgreSQL" if db_url.startswith("postgresql") else "SQLite"
    report_figure(f"verify-audit on {database} detects a row changed by the owner role: {out.strip()}")


def test_a_deleted_or_slipped_in_row_is_named(client, services, db_url):
    _write_some(client)
    with services.sessionmaker() as session:
        first, last = session.execute(select(func.min(AuditLog.id), func.max(AuditLog.id))).one()
    with services.engine.begin() as conn:  # a forged row written past the service, as the owner
        conn.execute(text("INSERT INTO audit_log (at, username, channel, action, entity, detail) "
                          "VALUES (:at, 'admin', 'window', 'forged', 'x', '{}')"),
                     {"at": "2026-01-01 00:00:00+00:00" if services.engine.dialect.name == "postgresql"
                      else "2026-01-01 00:00:00.000000"})
    with services.sessionmaker() as session:
        verdict = audit_chain.verify(session)
    assert not verdict.intact and verdict.broken_row == last + 1 and "not in the chain" in verdict.reason
    assert first < last


def test_the_purge_keeps_180_days(client, services, clock):
    _write_some(client)
    clock.advance(timedelta(days=100))
    _write_some(client, register=False)
    with services.sessionmaker() as session:
        total = session.scalar(select(func.count()).select_from(AuditLog))
        young = session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.at >= clock.now()))
    now = clock.now() + timedelta(days=150)  # the first rows are 250 days old, the second 150
    with pytest.raises(audit_chain.PurgeRefused):
        with services.sessionmaker.begin() as session:
            audit_chain.purge(session, now, clock.now())  # 150 days ago: too young
    with services.sessionmaker.begin() as session:
        gone = audit_chain.purge(session, now, now - timedelta(days=200))
    assert gone == total - young and gone > 0
    with services.sessionmaker() as session:
        verdict = audit_chain.verify(session)
        assert verdict.intact and verdict.chained == young, verdict.line()


@pytest.mark.postgresql
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_service_role_may_only_insert_and_select_the_trail(db_url, clock):
    """The service as a second, real PostgreSQL role with the grants of `migrate --service-role`."""
    role = f"central_service_{os.getpid()}_{next(_roles)}"
    owner = create_engine(db_url)
    with owner.begin() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN"))
    try:
        db_roles.grant_service_role(owner, role)
        service_url = db_url.replace("postgresql+psycopg://postgres@", f"postgresql+psycopg://{role}@")
        services = build_services(Settings(database_url=service_url), clock, hasher=FAST_HASHER)
        from central_api.app import prepare_database

        prepare_database(services, demo=True)  # already at head: the service role migrates nothing
        with TestClient(create_app(services)) as client:
            _write_some(client)
        with services.sessionmaker() as session:
            assert audit_chain.verify(session).intact
        refused = [
            "UPDATE audit_log SET username = 'x'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change",
            "DROP TRIGGER audit_log_no_change ON audit_log",
            "UPDATE audit_chain SET row_hash = 'x'",
            "ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_no_change",
            "CREATE TABLE sneaky (id int)",
        ]
        for statement in refused:
            with pytest.raises(DBAPIError) as raised, services.engine.begin() as conn:
                conn.execute(text(statement))
            assert "permission denied" in str(raised.value) or "must be owner" in str(raised.value), statement
        with services.engine.begin() as conn:  # and what it needs works
            assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() > 0
            conn.execute(text("DELETE FROM idempotency_record WHERE false"))
        services.engine.dispose()
    finally:
        with owner.begin() as conn:
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
        owner.dispose()
