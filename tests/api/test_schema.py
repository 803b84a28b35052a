"""The schema comes from migrations; the models must agree with them; the audit log only grows."""
from datetime import datetime, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from central_api.models import Base


def test_models_match_migrations(db_url):
    engine = create_engine(db_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_audit_log_refuses_update_and_delete(services):
    from central_api.platform import audit

    with services.sessionmaker.begin() as session:
        row = audit.record(session, services.clock, action="test", entity="x", entity_id=1,
                           username="t", channel="window")
        session.flush()
        row_id = row.id
    for statement in ("UPDATE audit_log SET action = 'forged' WHERE id = :id", "DELETE FROM audit_log WHERE id = :id"):
        with pytest.raises(DBAPIError, match="append-only"):
            with services.engine.begin() as conn:
                conn.execute(text(statement), {"id": row_id})
    with services.engine.connect() as conn:
        assert conn.execute(text("SELECT action FROM audit_log WHERE id = :id"), {"id": row_id}).scalar() == "test"


def test_times_come_back_as_utc(services):
    from central_api.models import Station

    with services.sessionmaker() as session:
        station = session.get(Station, 1)
    assert station.updated_at.tzinfo is not None
    assert station.updated_at.utcoffset() == timezone.utc.utcoffset(datetime.now())
