"""Benchmark: the central service under load, beside a bare endpoint measured in the same run.

    .venv/bin/python benchmarks/central.py [--label after] [--workers 1,2,4] [--seconds 10]
    BENCH_SMALL=1 .venv/bin/python benchmarks/central.py      # CI's sizes: a report, never a verdict

Scenarios (a throwaway PostgreSQL server as tests/conftest.py starts it, the load generator
benchmarks/loadgen.py on loopback, the servers as real processes):

* registrations: `POST /api/v1/users/personal` through the 122 gateway's account (auth,
  Idempotency-Key and audit on), 50 connections, at 1, 2, 4 workers; the baseline is
  benchmarks/bare_app.py (one INSERT per request) with the same workers and connections;
* overload: 100 and 200 connections for 15 s at 1 worker: every request must be answered and
  none with 500 (503 + Retry-After is the graceful answer);
* PostgreSQL itself: pgbench, one-row INSERT into the bare endpoint's table, 50 clients (what
  the database alone can take, to show whether it is the limit);
* SQLite (the embedded default): 10 connections, beside the bare endpoint on SQLite; and a busy
  office, 50 connections mixing reads and registrations for 10 s.

The figures go to benchmarks/central-<label>.json and to the section "Central service
(issue 13)" of benchmarks/RESULTS.md, the before figures (central-before.json) beside them.
"""
from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from stdnum.cn import ric

from bare_app import create_table
from loadgen import LoadResult, Request, load
from pgserver import as_pg, pg_bindir, postgres_server
from results import machine, small, write_section

from counter_app.services.embedded_api import free_port

log = logging.getLogger("benchmark")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PASSWORD = "Counter#2026"  # central_api.accounts.demo.DEMO_PASSWORD
SECTION = "Central service (issue 13)"


# --- requests -------------------------------------------------------------------------------------
_serial = itertools.count(1)


def id_number(n: int) -> str:
    """A valid resident ID number (Nanjing Jiangning, born 1960 onwards), distinct for each n."""
    born = date(1960, 1, 1) + timedelta(days=n // 900)
    body = f"320115{born:%Y%m%d}{100 + n % 900:03d}"
    return body + ric.calc_check_digit(body + "0")


def registration(token: str, run: str) -> "callable":
    """Online registrations of learners, each with its own person and Idempotency-Key."""
    def make(_n: int) -> Request:
        n = next(_serial)
        body = json.dumps({"user_type": "learner", "id_number": id_number(n), "name": "压测考生",
                           "mobile": f"139{n % 10**8:08d}"}).encode()
        return ("POST", "/api/v1/users/personal",
                {"Authorization": f"Bearer {token}", "Idempotency-Key": f"{run}-{n}"}, body)
    return make


def bare_insert(_n: int) -> Request:
    n = next(_serial)
    return ("POST", "/bare", {}, json.dumps({"id_number": id_number(n), "name": "压测考生"}).encode())


def checked_vin(vin: str) -> str:
    """`vin` with the check digit (9th character) that the centre's validator accepts."""
    from counter_app.domain.identity import FieldError, validate_vin

    for digit in "0123456789X":
        candidate = vin[:8] + digit + vin[9:]
        try:
            return validate_vin(candidate)
        except FieldError:
            continue
    raise ValueError(vin)


LOOKUP_VIN = checked_vin("LSVAU2A37N2183945")  # a look-up that finds nothing, with a valid check digit


def office_mix(token: str, run: str) -> "callable":
    """A busy office: four reads (user search, open record, vehicle look-up) per registration."""
    write = registration(token, run)
    auth = {"Authorization": f"Bearer {token}"}

    def make(n: int) -> Request:
        kind = n % 5
        if kind == 0:
            return write(n)
        if kind == 1:
            return ("GET", f"/api/v1/users?id_number={id_number(max(1, n // 2))}", auth, None)
        if kind == 2:
            return ("GET", f"/api/v1/vehicles?vin={LOOKUP_VIN}", auth, None)
        if kind == 3:
            return ("GET", "/api/v1/stations", auth, None)
        return ("GET", f"/api/v1/users?registration_no=R20261125{n % 1000:06d}", auth, None)
    return make


# --- servers --------------------------------------------------------------------------------------
def _wait_up(url: str, proc: subprocess.Popen, logfile: Path, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited early:\n{logfile.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not come up")


@contextmanager
def server(cmd: list[str], env: dict[str, str], ready: str, logdir: Path) -> Iterator[None]:
    logfile = logdir / f"server-{next(_serial)}.log"
    with open(logfile, "wb") as out:
        proc = subprocess.Popen(cmd, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    try:
        _wait_up(ready, proc, logfile)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def has_workers_option() -> bool:
    out = subprocess.run([sys.executable, "-m", "central_api", "--help"], capture_output=True, text=True, cwd=ROOT)
    return "--workers" in out.stdout


def bare_server(url: str, port: int, workers: int, logdir: Path):  # noqa: ANN201
    cmd = [sys.executable, "-m", "uvicorn", "bare_app:app", "--app-dir", str(HERE), "--host", "127.0.0.1",
           "--port", str(port), "--log-level", "warning", "--workers", str(workers)]
    return server(cmd, {"DATABASE_URL": url}, f"http://127.0.0.1:{port}/docs", logdir)


def central_server(url: str, port: int, workers: int, logdir: Path, env: dict[str, str] | None = None):  # noqa: ANN201
    cmd = [sys.executable, "-m", "central_api", "--demo", "--host", "127.0.0.1", "--port", str(port)]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    # The busy office signs clerks in with a password alone (the PC signature of issue 11 is a
    # sign-in cost, not a per-request one; the registrations go through the gateway's account).
    env = {"DATABASE_URL": url, "CENTRAL_API_PLATE_SEGMENTS": "苏A:0L0DL",
           "CENTRAL_API_PLATE_POOL_MIN_AVAILABLE": "1000", "CENTRAL_API_REQUIRE_DEVICE": "0", **(env or {})}
    return server(cmd, env, f"http://127.0.0.1:{port}/api/v1/health", logdir)


def login(port: int, username: str = "internet01") -> str:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/auth/login", method="POST",
                                 data=json.dumps({"username": username, "password": PASSWORD}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.load(resp)["access_token"]


# --- the run --------------------------------------------------------------------------------------
def warm_up(port: int, make, connections: int) -> None:  # noqa: ANN001
    """Every worker process compiles its caches on its first requests: not part of the figure."""
    load("127.0.0.1", port, make, connections=connections, duration=3.0, max_requests=5_000, timeout=60.0)


def measure(name: str, port: int, make, connections: int, seconds: float, figures: dict) -> LoadResult:  # noqa: ANN001
    # Bounded in time (the duration, then at most 60 s for the answers) and in count.
    result = load("127.0.0.1", port, make, connections=connections, duration=seconds, max_requests=200_000,
                  timeout=60.0)
    figures[name] = result.as_dict()
    print(f"{name:<44} {result.summary()}", flush=True)
    return result


PGBENCH = "pgbench one-row INSERT, 50 clients"


def pgbench(url: str, seconds: float, figures: dict) -> None:
    """PostgreSQL alone: pgbench's one-row INSERT into the bare endpoint's table, 50 clients."""
    port = url.rsplit(":", 1)[1].split("/")[0]
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as script:
        script.write("INSERT INTO bare_insert (payload, created_at) VALUES ('pgbench', now());\n")
    os.chmod(script.name, 0o644)  # read by the postgres user when run as root
    try:
        proc = subprocess.run(as_pg([str(pg_bindir() / "pgbench"), "-h", "127.0.0.1", "-p", port, "-U", "postgres",
                                      "-n", "-c", "50", "-j", "2", "-T", str(max(1, int(seconds))), "-f", script.name,
                                      "bench"]), capture_output=True, text=True, timeout=seconds + 120)
    finally:
        os.unlink(script.name)
    tps = [line for line in proc.stdout.splitlines() if line.startswith("tps = ")]
    if proc.returncode != 0 or not tps:
        log.warning("pgbench failed: %s", proc.stderr[-500:])
        return
    figures[PGBENCH] = {"tps": float(tps[0].split()[2])}
    print(f"{PGBENCH}: {figures[PGBENCH]['tps']:,.0f} tps", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", default="small" if small() else "after",
                        help="before | after | small (which JSON file to write)")
    parser.add_argument("--workers", default="1,2" if small() else "1,2,4")
    parser.add_argument("--seconds", type=float, default=3.0 if small() else 10.0)
    parser.add_argument("--overload-seconds", type=float, default=5.0 if small() else 15.0)
    parser.add_argument("--only", choices=("postgresql", "sqlite"))
    parser.add_argument("--merge", action="store_true", help="keep the label's other figures from an earlier run")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    workers = [int(w) for w in args.workers.split(",")]
    multi = has_workers_option()
    out = HERE / f"central-{args.label}.json"
    figures: dict = json.loads(out.read_text()) if args.merge and out.exists() else {}
    figures.update({"machine": machine(), "label": args.label})
    print(figures["machine"], flush=True)
    run = f"bench{int(time.time())}"
    with tempfile.TemporaryDirectory(prefix="bench-central-") as tmpdir, \
            postgres_server(max_connections=400) as pg:
        tmp = Path(tmpdir)
        create_table(pg)
        if args.only != "sqlite":
            pgbench(pg, args.seconds, figures)
        for w in workers if args.only != "sqlite" else []:
            port = free_port()
            with bare_server(pg, port, w, tmp):
                warm_up(port, bare_insert, 50)
                measure(f"bare PostgreSQL, 50 connections, {w} worker(s)", port, bare_insert, 50, args.seconds,
                        figures)
                if w == 1:
                    measure("bare PostgreSQL, 100 connections, 1 worker", port, bare_insert, 100,
                            args.overload_seconds, figures)
                    measure("bare PostgreSQL, 200 connections, 1 worker", port, bare_insert, 200,
                            args.overload_seconds, figures)
            if w > 1 and not multi:
                print(f"central-api has no --workers option: {w} workers not measured", flush=True)
                continue
            port = free_port()
            with central_server(pg, port, w, tmp):
                token = login(port)
                warm_up(port, registration(token, run), 50)
                measure(f"registrations PostgreSQL, 50 connections, {w} worker(s)", port,
                        registration(token, run), 50, args.seconds, figures)
                if w == 1:
                    measure("registrations PostgreSQL, 100 connections, 1 worker", port,
                            registration(token, run), 100, args.overload_seconds, figures)
                    measure("registrations PostgreSQL, 200 connections, 1 worker", port,
                            registration(token, run), 200, args.overload_seconds, figures)
        if args.only != "postgresql":
            lite = f"sqlite:///{tmp / 'bare.sqlite3'}"
            create_table(lite)
            port = free_port()
            with bare_server(lite, port, 1, tmp):
                warm_up(port, bare_insert, 10)
                measure("bare SQLite, 10 connections, 1 worker", port, bare_insert, 10, args.seconds, figures)
            port = free_port()
            with central_server(f"sqlite:///{tmp / 'central.sqlite3'}", port, 1, tmp):
                token = login(port)
                warm_up(port, registration(token, run), 10)
                measure("registrations SQLite, 10 connections, 1 worker", port, registration(token, run), 10,
                        args.seconds, figures)
                clerk = login(port, "clerk01")
                measure("busy office SQLite, 50 connections, 1 worker", port, office_mix(clerk, run), 50,
                        args.seconds, figures)
    out.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n")
    write_section(SECTION, render())
    return 0


# --- RESULTS.md -----------------------------------------------------------------------------------
ROWS = [  # (what, scenario, baseline scenario)
    ("registrations, 50 connections, 1 worker", "registrations PostgreSQL, 50 connections, 1 worker(s)",
     "bare PostgreSQL, 50 connections, 1 worker(s)"),
    ("same, 2 workers", "registrations PostgreSQL, 50 connections, 2 worker(s)",
     "bare PostgreSQL, 50 connections, 2 worker(s)"),
    ("same, 4 workers", "registrations PostgreSQL, 50 connections, 4 worker(s)",
     "bare PostgreSQL, 50 connections, 4 worker(s)"),
    ("100 connections, 1 worker", "registrations PostgreSQL, 100 connections, 1 worker",
     "bare PostgreSQL, 100 connections, 1 worker"),
    ("200 connections, 1 worker", "registrations PostgreSQL, 200 connections, 1 worker",
     "bare PostgreSQL, 200 connections, 1 worker"),
    ("SQLite (embedded default), 10 connections", "registrations SQLite, 10 connections, 1 worker",
     "bare SQLite, 10 connections, 1 worker"),
    ("busy office on SQLite: 50 connections, 4 reads per registration", "busy office SQLite, 50 connections, 1 worker",
     None),
]


def _cell(fig: dict | None) -> str:
    if not fig:
        return "not measured"
    statuses = ", ".join(f"{n} × {s}" for s, n in fig["statuses"].items())
    unanswered = f", **{fig['unanswered']} unanswered**" if fig["unanswered"] else ""
    return f"{fig['rate']:,.0f} req/s, p50 {fig['p50_ms']:,.0f} ms, p99 {fig['p99_ms']:,.0f} ms ({statuses}{unanswered})"


def _ratio(fig: dict | None, base: dict | None) -> str:
    if not fig or not base or not base["rate"]:
        return "—"
    return f"{fig['rate'] / base['rate']:.2f}"


def _allocation_rows(label: str) -> list[str]:
    path = HERE / f"allocation-{label}.json"
    if not path.exists():
        return []
    fig = json.loads(path.read_text())
    rows = []
    for db in ("postgresql", "sqlite"):
        if db in fig:
            f = fig[db]
            rows.append(f"| allocation of {f['requests']:,} requests over {f['sessions']:,} sessions, {db} "
                        f"(`allocation.py --label {label}`, {fig['machine'][:16]}) | {f['allocate_s']:.2f} s | "
                        f"one window-function ranking + one UPDATE of all requests: {f['window_s']:.2f} s | "
                        f"{f['allocate_s'] / f['window_s']:.1f}× |")
    return rows


def _batched_allocation_rows() -> list[str]:
    """Allocation in batches (docs/DECISIONS.md): the one-transaction-per-session job and the
    batched one, run one after the other on each database, each beside its own window-query
    baseline (allocation-batched-before.json, allocation-batched.json: per database, with the
    run's machine line)."""
    runs = [(what, json.loads((HERE / f"allocation-{label}.json").read_text()))
            for label, what in (("batched-before", "before (one transaction per session)"),
                                ("batched", "after (batched)")) if (HERE / f"allocation-{label}.json").exists()]
    if not runs:
        return []
    out = ["### allocation in batches", "",
           "| what | allocation | baseline: one window-function ranking + one UPDATE of all requests | ratio |",
           "|---|---|---|---|"]
    for db in ("postgresql", "sqlite"):
        for what, fig in runs:
            if db in fig:
                f = fig[db]
                out.append(f"| {what}: {f['requests']:,} requests over {f['sessions']:,} sessions, {db}, "
                           f"{f['machine']} | {f['allocate_s']:.2f} s | {f['window_s']:.2f} s | "
                           f"{f['allocate_s'] / f['window_s']:.1f}× |")
    return out + [""]


def render() -> str:
    runs = {}
    # "final": the last code on an idle machine (issue 13's last round), beside the loaded "after".
    for label in ("before", "after", "final", "small"):
        path = HERE / f"central-{label}.json"
        if path.exists():
            runs[label] = json.loads(path.read_text())
    out = ["`benchmarks/central.py` (load generator benchmarks/loadgen.py on loopback after 3 s of warm-up load on each server (before figures: without warm-up), a throwaway PostgreSQL "
           "as the tests start it, servers as real processes; baseline = benchmarks/bare_app.py, one INSERT per "
           "request, same workers and connections, same run). Ratio = throughput / baseline throughput. "
           "Throughput counts 2xx answers over the whole run including the wait for the last answers.", ""]
    for label, figures in runs.items():
        out += [f"### {label}: {figures['machine']}", "",
                "| what | central service | baseline (bare endpoint) | ratio |", "|---|---|---|---|"]
        for what, key, base in ROWS:
            out.append(f"| {what} | {_cell(figures.get(key))} | {_cell(figures.get(base)) if base else '—'} | "
                       f"{_ratio(figures.get(key), figures.get(base))} |")
        if PGBENCH in figures:
            out.append(f"| PostgreSQL itself ({PGBENCH}) | — | {figures[PGBENCH]['tps']:,.0f} tps | — |")
        out += _allocation_rows(label)
        out.append("")
    out += _batched_allocation_rows()
    notes = HERE / "central-notes.md"
    if notes.exists():
        out += [notes.read_text().strip(), ""]
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
