"""Shared parts of the fault-injection suite: distinct registrations and a server-side count."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from stdnum.cn import ric

from central_api.models import AuditLog, InternetUser
from counter_app.services.local_store import LocalStore


class Registrations:
    """Distinct new-car-owner registrations (valid ID numbers nobody else uses)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def batch(self, count: int) -> list[tuple[str, str, dict]]:
        writes = []
        while len(writes) < count:
            base = (f"320102{self.rng.randrange(1984, 2006)}{self.rng.randrange(1, 13):02d}"
                    f"{self.rng.randrange(1, 29):02d}{self.rng.randrange(1000):03d}")
            number = base + ric.calc_check_digit(base + "0")
            if number in self.used:
                continue
            self.used.add(number)
            writes.append(("POST", "/users/personal", {"user_type": "new_car_owner", "id_number": number,
                                                       "name": "测试", "mobile": "13912345678"}))
        return writes


def centre_counts(api_dir: Path, id_numbers: list[str]) -> tuple[int, int]:
    """(accounts, registration audit rows) the centre holds for these ID numbers."""
    engine = create_engine(f"sqlite:///{api_dir / 'central-demo.sqlite3'}")
    try:
        with engine.connect() as conn:
            users = conn.execute(select(InternetUser.id).where(InternetUser.id_number.in_(id_numbers))).scalars().all()
            audits = conn.scalar(select(func.count(AuditLog.id)).where(
                AuditLog.action == "user_registered", AuditLog.entity_id.in_([str(u) for u in users])))
            return len(users), audits
    finally:
        engine.dispose()


@pytest.fixture
def registrations() -> Registrations:
    return Registrations(seed=2026)


@pytest.fixture
def store(tmp_path: Path) -> LocalStore:
    s = LocalStore(tmp_path / "client" / "local.sqlite3")
    yield s
    s.close()


@pytest.fixture
def ram_dir(tmp_path: Path):  # noqa: ANN201
    """A directory in RAM (tmpfs) when the machine has one: fsync costs nothing there, and a
    killed process loses nothing the kernel already has, so the kill trials stay honest."""
    import shutil
    import tempfile

    shm = Path("/dev/shm")
    base = Path(tempfile.mkdtemp(prefix="counter-fault-", dir=shm if shm.is_dir() else tmp_path))
    yield base
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def live_api(ram_dir: Path):  # noqa: ANN201
    """The central API process, its SQLite file in RAM (overrides the suite-wide fixture)."""
    from tests.conftest import LiveApi

    api = LiveApi(ram_dir / "api")
    api.start()
    yield api
    api.stop()
