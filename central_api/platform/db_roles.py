"""The service's narrower PostgreSQL role (issue 11 item 10).

Migrations run as the database owner (`central-api migrate --service-role NAME`, with the
owner's DATABASE_URL); the service connects as NAME, which may read and write the business
tables but only INSERT and SELECT the audit trail and its chain: it can neither change nor
delete a row, nor disable or drop a trigger (only the owner may ALTER a table).
"""
from __future__ import annotations

import re

from sqlalchemy import Engine, text

APPEND_ONLY_TABLES = ("audit_log", "audit_chain")
_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def service_grants(role: str) -> list[str]:
    """The statements that give `role` what the service needs, and no more."""
    if not _ROLE.match(role):
        raise ValueError(f"not a plain role name: {role!r}")
    tables = ", ".join(APPEND_ONLY_TABLES)
    return [
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"REVOKE CREATE ON SCHEMA public FROM {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON {tables} FROM {role}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
    ]


def grant_service_role(engine: Engine, role: str) -> None:
    """Apply `service_grants` (idempotent; run after every migration, as the owner)."""
    if engine.dialect.name != "postgresql":
        raise ValueError("database roles exist on PostgreSQL only")
    with engine.begin() as conn:
        for statement in service_grants(role):
            conn.execute(text(statement))
