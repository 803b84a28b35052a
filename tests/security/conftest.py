"""Fixtures of the security tests (issue 11): a centre that requires the device signature, a
hasher that counts its verifies (the cost of a sign-in, without a stopwatch)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from central_api.app import build_services, create_app, prepare_database
from central_api.platform.config import Settings
from tests.views.conftest import languages, make_counter  # noqa: F401 - the security tests that drive a page


class CountingHasher(PasswordHasher):
    """The real argon2 hasher (test parameters), counting verifies: each one is the cost."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=8 * 1024, parallelism=1)
        self.verifies = 0

    def verify(self, hash, password):  # noqa: A002, ANN001, ANN201
        self.verifies += 1
        return super().verify(hash, password)


@pytest.fixture
def hasher() -> CountingHasher:
    return CountingHasher()


@pytest.fixture
def strict_services(db_url: str, clock, hasher):  # noqa: ANN001, ANN201
    """The production setting: staff sign in with an enrolled PC's signature."""
    svc = build_services(Settings(database_url=db_url, require_device=True, single_session=True), clock,
                         hasher=hasher)
    prepare_database(svc, demo=True)
    yield svc
    svc.engine.dispose()


@pytest.fixture
def strict_client(strict_services) -> Iterator[TestClient]:  # noqa: ANN001
    with TestClient(create_app(strict_services)) as test_client:
        yield test_client


@pytest.fixture
def counted(db_url: str, clock, hasher):  # noqa: ANN001, ANN201
    """A centre (password-only sign-in) whose hasher counts its verifies."""
    svc = build_services(Settings(database_url=db_url, require_device=False), clock, hasher=hasher)
    prepare_database(svc, demo=True)
    with TestClient(create_app(svc)) as test_client:
        yield test_client, svc
    svc.engine.dispose()


@pytest.fixture
def session_client(db_url: str, clock, hasher):  # noqa: ANN001, ANN201
    """A centre with one session per account (the production setting), password-only sign-in."""
    svc = build_services(Settings(database_url=db_url, require_device=False, single_session=True), clock,
                         hasher=hasher)
    prepare_database(svc, demo=True)
    with TestClient(create_app(svc)) as test_client:
        yield test_client
    svc.engine.dispose()
