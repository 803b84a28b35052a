"""Shared fixtures: a real PostgreSQL server, migrated databases, the real API, a Qt app.

PostgreSQL refuses to run as root, so as root the session starts a throwaway server as the
`postgres` user (runuser) in a temporary directory on a free loopback port; each test gets a
fresh database cloned from a migrated template (pytest-postgresql's DatabaseJanitor). The
PostgreSQL suite never skips: without the server binaries the tests fail and say why.
"""
from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A small plate segment (苏A0A00A–苏A0Z09Z: 5,760 plates) keeps each test's pool quick to load;
# tests/benchmarks that need the real 576,000-plate segment configure it explicitly.
os.environ.setdefault("CENTRAL_API_PLATE_SEGMENTS", "苏A:0L0DL")
os.environ.setdefault("CENTRAL_API_PLATE_POOL_MIN_AVAILABLE", "1000")
# Staff sign-in requires an enrolled PC's signature in production (issue 11). The counter's own
# client always signs (the view tests' `--demo` centre enrols it at once); the many tests and
# tools that sign in over plain HTTP with a password do so against centres started without the
# requirement. tests/security/ starts its centres with it.
os.environ.setdefault("CENTRAL_API_REQUIRE_DEVICE", "0")
# Likewise one session per account (issue 11, on in production): the suite's tests sign the same
# demo account in several times and use each token; tests/security/ turns it on.
os.environ.setdefault("CENTRAL_API_SINGLE_SESSION", "0")

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from pytest_postgresql.janitor import DatabaseJanitor  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402

from central_api.platform import db  # noqa: E402
from central_api.app import build_services, create_app, prepare_database  # noqa: E402
from central_api.platform.clock import Clock  # noqa: E402
from central_api.platform.config import Settings  # noqa: E402
from counter_app.services.embedded_api import free_port  # noqa: E402

from tests.helpers import T0  # noqa: E402

# Fast argon2 for tests; production uses the library's defaults.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)


# --- PostgreSQL ---------------------------------------------------------------------------
@dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    user: str

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.fail(
            "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin/initdb). "
            "Install Debian's `postgresql` package; `make test` does so when run as root.",
            pytrace=False,
        )
    return Path(found[-1]).parent


def _as_pg_user(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = _pg_bin()
    tmp = Path(tempfile.mkdtemp(prefix="counter-pg-"))
    datadir = tmp / "data"
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres", "postgres")
    port = free_port()
    subprocess.run(
        _as_pg_user([str(bindir / "initdb"), "-D", str(datadir), "-U", "postgres", "-A", "trust",
                     "-E", "UTF8", "--locale=C.UTF-8"]),
        check=True, capture_output=True,
    )
    opts = f"-p {port} -k {tmp} -h 127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200"
    subprocess.run(
        _as_pg_user([str(bindir / "pg_ctl"), "-D", str(datadir), "-o", opts, "-l", str(tmp / "log"), "-w", "start"]),
        check=True, capture_output=True,
    )
    try:
        yield PgServer(host="127.0.0.1", port=port, user="postgres")
    finally:
        subprocess.run(_as_pg_user([str(bindir / "pg_ctl"), "-D", str(datadir), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> Iterator[str]:
    """A database migrated to head, cloned by every PostgreSQL test."""
    janitor = DatabaseJanitor(user=pg_server.user, host=pg_server.host, port=pg_server.port,
                              dbname="counter_template", as_template=True)
    janitor.init()
    engine = create_engine(pg_server.url("counter_template"))
    db.upgrade(engine)
    engine.dispose()
    yield "counter_template"
    janitor.drop()


_db_numbers = itertools.count()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    engine = db.make_engine(f"sqlite:///{path}")
    db.upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated database: SQLite and a real PostgreSQL server."""
    if request.param == "sqlite":
        path = tmp_path / "central.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("pg_template")
    name = f"counter_test_{os.getpid()}_{next(_db_numbers)}"
    with DatabaseJanitor(user=server.user, host=server.host, port=server.port, dbname=name,
                         template_dbname=template):
        yield server.url(name)


# --- the central API in-process -------------------------------------------------------------
@pytest.fixture
def clock() -> Clock:
    return Clock(T0, frozen=True)


@pytest.fixture
def services(db_url: str, clock: Clock):  # noqa: ANN201
    # Device sign-in (issue 11) is tested in tests/security/test_devices.py; the other API tests
    # sign in with the password alone (the `--demo` centre of the view tests requires the device).
    svc = build_services(Settings(database_url=db_url, require_device=False), clock, hasher=FAST_HASHER)
    prepare_database(svc, demo=True)
    yield svc
    svc.engine.dispose()


@pytest.fixture
def client(services) -> Iterator[TestClient]:  # noqa: ANN001
    with TestClient(create_app(services)) as test_client:
        yield test_client


# --- the central API as a process on loopback (view tests) ---------------------------------
class LiveApi:
    """`central-api --demo` in a child process that a test can stop and start again."""

    def __init__(self, workdir: Path) -> None:
        from counter_app.services.embedded_api import EmbeddedApi

        self.embedded = EmbeddedApi(workdir)
        self.base_url = self.embedded.base_url

    def start(self, timeout: float = 60.0) -> None:
        import requests

        self.embedded.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.embedded.process.poll() is not None:
                log = (self.embedded.data_dir / "central-api.log").read_text(errors="replace")
                raise RuntimeError(f"central-api exited early:\n{log[-3000:]}")
            try:
                if requests.get(f"{self.base_url}/api/v1/health", timeout=1).ok:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise TimeoutError("central-api did not come up")

    def stop(self) -> None:
        self.embedded.stop()


@pytest.fixture
def live_api(tmp_path: Path) -> Iterator[LiveApi]:
    api = LiveApi(tmp_path / "api")
    api.start()
    yield api
    api.stop()


FIGURES: list[str] = []


@pytest.fixture
def report_figure(request: pytest.FixtureRequest):  # noqa: ANN201
    """Tests that measure something (kill trials, UI stalls) hand their figures to the final summary,
    so that CI prints them even though pytest captures the tests' output. They travel in the test's
    report (`user_properties`), so they reach the summary from pytest-xdist's workers too."""
    return lambda line: request.node.user_properties.append(("figure", str(line)))


# Tests whose figures or verdicts depend on having the machine to themselves (load, balancing,
# floods, UI-thread stalls, the soak's RSS curve): `make test` runs them alone after the parallel
# part. The kill trials and the server-only install count, they do not time: parallel part.
SERIAL = ("tests/scale/", "tests/views/test_ui_stalls.py", "tests/endurance/test_soak.py",
          "tests/views/test_clerk_day.py", "tests/views/test_login_and_status.py",
          "tests/security/test_login_flood.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.nodeid.startswith(SERIAL):
            item.add_marker(pytest.mark.serial)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "teardown":
        FIGURES.extend(value for name, value in report.user_properties if name == "figure")


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # noqa: ANN001, ANN201
    """The measured figures, and how many tests ran on the real PostgreSQL server."""
    if FIGURES:
        terminalreporter.section("figures measured by the tests")
        for line in FIGURES:
            terminalreporter.write_line(line)
    counts = {}
    for outcome in ("passed", "failed", "error", "skipped"):
        counts[outcome] = sum(
            1 for rep in terminalreporter.stats.get(outcome, [])
            if getattr(rep, "when", "call") in ("call", "setup") and "[postgresql" in getattr(rep, "nodeid", "")
            and (outcome != "passed" or rep.when == "call")
        )
    terminalreporter.write_line(
        "PostgreSQL suite: {passed} passed, {failed} failed, {error} errors, {skipped} skipped".format(**counts)
    )
    if os.environ.get("CI") and counts["skipped"]:
        terminalreporter.write_line("PostgreSQL tests were skipped in CI: that is a failure")
        terminalreporter._session.exitstatus = 1
