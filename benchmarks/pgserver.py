"""A throwaway PostgreSQL server on loopback for the benchmarks, started like tests/conftest.py
does: initdb and pg_ctl as the `postgres` user when run as root, a free port, fsync off."""
from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from counter_app.services.embedded_api import free_port


def as_pg(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def pg_bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise SystemExit("PostgreSQL server binaries not found: apt-get install postgresql")
    return Path(found[-1]).parent


@contextlib.contextmanager
def postgres_server(max_connections: int = 100) -> Iterator[str]:
    """Yields the URL of an empty database `bench` on a fresh server; removes it all after."""
    bindir = pg_bindir()
    tmp = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres", "postgres")
    port = free_port()
    datadir = tmp / "data"
    subprocess.run(as_pg([str(bindir / "initdb"), "-D", str(datadir), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                           "--locale=C.UTF-8"]), check=True, capture_output=True)
    opts = (f"-p {port} -k {tmp} -h 127.0.0.1 -c fsync=off -c full_page_writes=off "
            f"-c max_connections={max_connections}")
    subprocess.run(as_pg([str(bindir / "pg_ctl"), "-D", str(datadir), "-o", opts, "-l", str(tmp / "log"), "-w",
                           "start"]), check=True, capture_output=True)
    try:
        subprocess.run(as_pg([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres",
                               "bench"]), check=True, capture_output=True)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/bench"
    finally:
        subprocess.run(as_pg([str(bindir / "pg_ctl"), "-D", str(datadir), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
