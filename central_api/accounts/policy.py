"""The security administrator edits the security policy (三员分立, issue 11 item 17): lock-out,
password age and history, sign-in lifetime. The auditor may read it. The numbers' bounds are
counter_app/domain/security_policy.py (shared with the counter's form); the policy in force is
read through central_api/platform/security_policy.py (cached per process)."""
from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from central_api.accounts.schemas import SecurityPolicyPublic, SecurityPolicyUpdate
from central_api.models import SecurityPolicyRow
from central_api.platform import audit, security_policy
from central_api.platform.deps import Principal
from central_api.platform.errors import Unprocessable
from central_api.platform.services import Services
from counter_app.domain.security_policy import SecurityPolicy, policy_problems


def get_policy(session: Session, services: Services) -> SecurityPolicyPublic:
    """The policy in force, read now (not the cached copy: the administrator sees what is stored)."""
    row = session.get(SecurityPolicyRow, security_policy.POLICY_ROW_ID)
    policy = security_policy.read(session, services.settings)
    return SecurityPolicyPublic(**policy.as_dict(), stored=row is not None,
                                updated_at=row.updated_at if row else None,
                                updated_by=row.updated_by if row else None)


def put_policy(session: Session, services: Services, principal: Principal,
               body: SecurityPolicyUpdate) -> SecurityPolicyPublic:
    """Store the policy when every number is within its bounds (else 422 with the first broken
    bound's code, every broken field named, nothing stored); one audit row with old → new."""
    new = SecurityPolicy(**body.model_dump())
    problems = policy_problems(new)
    if problems:
        first = problems[0]
        raise Unprocessable(first.code, "；".join(p.message for p in problems),
                            fields=[p.field for p in problems], details=[p.facts() for p in problems])
    # Two saves at once (PostgreSQL): the row is inserted with the environment's values (the
    # policy while none is stored) if missing, without raising, then locked; the later save waits
    # and its "before" is the earlier one's "after" (no 500 on the key, no lost update).
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(SecurityPolicyRow).values(
        id=security_policy.POLICY_ROW_ID, **security_policy.from_settings(services.settings).as_dict(),
        updated_at=services.clock.now(), updated_by=principal.username).on_conflict_do_nothing(index_elements=["id"]))
    row = session.get(SecurityPolicyRow, security_policy.POLICY_ROW_ID, with_for_update=True, populate_existing=True)
    assert row is not None
    old = security_policy.from_row(row)
    for name, value in new.as_dict().items():
        setattr(row, name, value)
    row.updated_at = services.clock.now()
    row.updated_by = principal.username
    session.flush()
    changed = {name: value for name, value in new.as_dict().items() if old.as_dict()[name] != value}
    audit.by(session, services.clock, principal, action="security_policy_changed", entity="security_policy",
             entity_id=security_policy.POLICY_ROW_ID,
             detail={"before": {k: old.as_dict()[k] for k in changed}, "after": changed})
    security_policy.forget_when_committed(session, services)
    return SecurityPolicyPublic(**new.as_dict(), stored=True, updated_at=row.updated_at, updated_by=row.updated_by)
