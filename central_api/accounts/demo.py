"""The demo accounts behind `--demo` (all with DEMO_PASSWORD)."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central_api.models import Account
from central_api.platform.services import Services
from counter_app.domain.roles import Role

DEMO_PASSWORD = "Counter#2026"
DEMO_ACCOUNTS: tuple[tuple[str, str, Role, int], ...] = (
    ("admin", "业务主管", Role.SUPERVISOR, 1),  # a business supervisor (三员分立, issue 11)
    ("clerk01", "王警官", Role.CLERK, 1),
    ("clerk02", "李警官", Role.CLERK, 2),
    ("clerk08", "陈辅警", Role.CLERK, 8),
    ("phone01", "赵话务员", Role.PHONE_OPERATOR, 1),
    ("internet01", "122平台网关", Role.INTERNET, 1),
    ("sysadmin01", "系统管理员", Role.SYSADMIN, 1),
    ("secadmin01", "安全管理员", Role.SECADMIN, 1),
    ("auditor01", "审计管理员", Role.AUDITOR, 1),
)


def seed_demo_accounts(session: Session, services: Services) -> bool:
    """Demo accounts (all with DEMO_PASSWORD), only into a database that has no accounts. Their
passwords carry no change date, so they never expire: a training clock may jump years."""
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
