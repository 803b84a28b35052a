"""The demo accounts behind `--demo` (all with DEMO_PASSWORD)."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central_api.models import Account
from central_api.platform.services import Services
from counter_app.domain.roles import Role

DEMO_PASSWORD = "Counter#2026"
DEMO_ACCOUNTS: tuple[tuple[str, str, Role, int], ...] = (
    ("admin", "系统管理员", Role.SUPERVISOR, 1),
    ("clerk01", "王警官", Role.CLERK, 1),
    ("clerk02", "李警官", Role.CLERK, 2),
    ("clerk08", "陈辅警", Role.CLERK, 8),
    ("phone01", "赵话务员", Role.PHONE_OPERATOR, 1),
    ("internet01", "122平台网关", Role.INTERNET, 1),
)


def seed_demo_accounts(session: Session, services: Services) -> bool:
    """Demo accounts (all with DEMO_PASSWORD), only into a database that has no accounts."""
    if session.scalar(select(func.count(Account.id))):
        return False
    password_hash = services.hasher.hash(DEMO_PASSWORD)
    for username, display_name, role, station_id in DEMO_ACCOUNTS:
        session.add(
            Account(
                username=username, display_name=display_name, role=role.value, station_id=station_id,
                password_hash=password_hash, active=True, failed_logins=0, created_at=services.clock.now(),
            )
        )
    session.flush()
    return True
