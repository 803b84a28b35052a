"""The plate pool with the real 苏A0A00A–苏A9Z99Z segment (576,000 plates) on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/plate_pool.py [--no-pg] [--runs 300]

For each database: the time to load the segment, then per operation (mean of many, in ms)
and as a ratio to a baseline measured in the same run (a primary-key lookup of one plate):
checking one plate by number, holding it and putting it back, a draw of 5, and — for
comparison — the naive `ORDER BY random() LIMIT 5` this design avoids. The draw is also
measured on a small pool (5,760 plates): a ratio near 1 means the draw does not grow with
the pool. PostgreSQL is a throwaway server started for the run (as the tests do).
"""
from __future__ import annotations

import argparse
import contextlib
import glob
import logging
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import create_engine, select, text  # noqa: E402

from central_api.platform import db  # noqa: E402
from central_api.plates import pool as plate_pool  # noqa: E402
from central_api.app import build_services  # noqa: E402
from central_api.platform.clock import Clock  # noqa: E402
from central_api.platform.config import Settings  # noqa: E402
from central_api.models import Plate, PlateSelection  # noqa: E402
from counter_app.domain.plates import FIRST_SEGMENT  # noqa: E402
from counter_app.services.embedded_api import free_port  # noqa: E402

log = logging.getLogger("benchmark")
FAST = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)


@contextlib.contextmanager
def throwaway_postgresql(*names: str) -> Iterator[list[str]]:
    """initdb + pg_ctl in a temp directory (as the `postgres` user when run as root)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise SystemExit("PostgreSQL server binaries not found; pass --pg-url or --no-pg")
    bindir = Path(found[-1]).parent
    as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    tmp = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres", "postgres")
    port = free_port()
    subprocess.run([*as_pg, str(bindir / "initdb"), "-D", str(tmp / "data"), "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--locale=C.UTF-8"], check=True, capture_output=True)
    subprocess.run([*as_pg, str(bindir / "pg_ctl"), "-D", str(tmp / "data"), "-l", str(tmp / "log"), "-w",
                    "-o", f"-p {port} -k {tmp} -h 127.0.0.1", "start"], check=True, capture_output=True)
    try:
        admin = create_engine(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f"CREATE DATABASE {name}"))
        admin.dispose()
        yield [f"postgresql+psycopg://postgres@127.0.0.1:{port}/{name}" for name in names]
    finally:
        subprocess.run([*as_pg, str(bindir / "pg_ctl"), "-D", str(tmp / "data"), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


def mean_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm up
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.fmean(samples) * 1000


def measure(url: str, segments: str, runs: int) -> dict[str, float]:
    clock = Clock()
    services = build_services(Settings(database_url=url, plate_initial_segments=segments,
                                       plate_pool_min_available=0), clock, hasher=FAST)
    db.upgrade(services.engine)
    started = time.perf_counter()
    with services.sessionmaker.begin() as session:
        plate_pool.seed_segments(session, services)  # enumerate, bulk insert, ANALYZE, commit
    results = {"load_s": time.perf_counter() - started}
    rng = random.Random(7)
    with services.sessionmaker() as session:
        numbers = list(session.scalars(select(Plate.number).order_by(Plate.id).limit(200_000)))
        results["plates"] = session.scalar(text("SELECT count(*) FROM plate"))
        ids = list(session.scalars(select(Plate.id).limit(5000)))
    with services.sessionmaker.begin() as session:
        now = clock.now()
        selection = PlateSelection(
            id_number="320102199001010018", owner_name="测试", vin="LSVAU2185TS200001", vehicle_type="small_car",
            vehicle_use="non_commercial", invoice_code="132001922010", invoice_number="00000001",
            invoice_photo_sha256="0" * 64, invoice_photo_bytes=67, invoice_photo_type="png", status="open",
            custom_used=0, draws_used=0, custom_closed=False, created_at=now, updated_at=now)
        session.add(selection)
        session.flush()
        selection_id = selection.id
    until = clock.now() + timedelta(minutes=20)

    def in_tx(fn: Callable) -> Callable[[], object]:  # each operation in its own rolled-back transaction
        def run() -> object:
            with services.sessionmaker() as session:
                result = fn(session)
                session.rollback()
                return result
        return run

    results["baseline_ms"] = mean_ms(in_tx(lambda s: s.get(Plate, rng.choice(ids))), runs)
    results["check_ms"] = mean_ms(in_tx(lambda s: plate_pool.find(s, rng.choice(numbers))), runs)
    results["hold_ms"] = mean_ms(in_tx(lambda s: plate_pool.hold(s, rng.choice(numbers), selection_id=selection_id,
                                                                 until=until)), runs)
    results["draw_ms"] = mean_ms(in_tx(lambda s: plate_pool.draw(s, selection_id=selection_id, count=5,
                                                                 until=until)), runs)
    results["naive_ms"] = mean_ms(in_tx(lambda s: s.execute(text(
        "SELECT id FROM plate WHERE state = 'available' ORDER BY random() LIMIT 5")).all()), max(5, runs // 20))
    services.engine.dispose()
    return results


def report(name: str, big: dict[str, float], small: dict[str, float]) -> None:
    base = big["baseline_ms"]
    print(f"\n{name}: {int(big['plates']):,} plates loaded in {big['load_s']:.2f} s "
          f"({big['plates'] / big['load_s']:,.0f} plates/s, committed)")
    print(f"  {'operation':<34}{'ms':>9}{'× baseline':>12}")
    for key, label in (("baseline_ms", "baseline: one plate by primary key"), ("check_ms", "check one plate by number"),
                       ("hold_ms", "hold one plate (conditional UPDATE)"), ("draw_ms", "draw 5 (indexed random key)"),
                       ("naive_ms", "naive ORDER BY random() LIMIT 5")):
        print(f"  {label:<34}{big[key]:>9.3f}{big[key] / base:>12.1f}")
    print(f"  draw of 5 on {int(big['plates']):,} vs {int(small['plates']):,} plates: "
          f"{big['draw_ms'] / small['draw_ms']:.2f}× (≈1: the draw does not grow with the pool)")
    print(f"  naive random on the big pool costs {big['naive_ms'] / big['draw_ms']:.0f}× the indexed draw")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    full, small = str(FIRST_SEGMENT), "苏A:0L0DL"
    with tempfile.TemporaryDirectory() as tmp:
        report("SQLite", measure(f"sqlite:///{tmp}/big.sqlite3", full, args.runs),
               measure(f"sqlite:///{tmp}/small.sqlite3", small, args.runs))
    if args.no_pg:
        return 0
    with throwaway_postgresql("bench_big", "bench_small") as (url_big, url_small):
        report("PostgreSQL", measure(url_big, full, args.runs), measure(url_small, small, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
