"""Benchmark: the opening morning. A new plate segment opens at 09:00 and thousands of people
open a selection and draw at once through the 122 gateway.

    .venv/bin/python benchmarks/opening_morning.py [--people 2000] [--draws 2] [--workers 1,2,4]
    BENCH_SMALL=1 .venv/bin/python benchmarks/opening_morning.py      # 200 people, 1 and 2 workers

Each person (one of `--connections` at a time, all started within the first minute as fast
as the service lets them) opens a selection (`POST /plate-selections`) and draws `--draws`
times (`POST /plate-selections/{id}/draws`). Reported per worker count: how long it took,
requests/s, p50/p99, every status that came back; checked: no plate is held by two
selections, and the pool's top-up held (the first segment, 57,600 plates, falls below the
minimum available, set at 57,600 - 2 × people, the scheduled job, every 5 s, releases the
next one; no draw ever finds the pool empty).
"""
from __future__ import annotations

import argparse
import asyncio
import base64
import json
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, func, select
from stdnum.cn import ric
from vininfo import Vin

from central import central_server, login
from loadgen import LoadResult, _encode, _read_response
from pgserver import postgres_server
from results import machine, small, write_section

from central_api.models import Plate, PlateSegment
from counter_app.services.embedded_api import free_port

HERE = Path(__file__).resolve().parent
SECTION = "Central service (issue 13): the opening morning"
PNG_1X1 = base64.b64encode(base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")).decode()
FIRST_SEGMENT = 57_600  # 苏A1LDDL: 1, a letter, two digits, a letter


def env(people: int) -> dict[str, str]:
    return {"CENTRAL_API_PLATE_SEGMENTS": "苏A:1LDDL,苏A:2LDDL,苏A:3LDDL",
            "CENTRAL_API_PLATE_POOL_MIN_AVAILABLE": str(FIRST_SEGMENT - 2 * people),
            "CENTRAL_API_PLATE_JOB_INTERVAL_SECONDS": "5"}


def _vin(n: int) -> str:
    first16 = f"LSVAU218TS{n:06d}"
    for digit in "0123456789X":
        vin = first16[:8] + digit + first16[8:]
        if Vin(vin).verify_checksum():
            return vin
    raise ValueError(n)


def person(n: int) -> dict:
    born = date(1970, 1, 1) + timedelta(days=n // 900)
    body = f"320106{born:%Y%m%d}{100 + n % 900:03d}"
    return {"id_number": body + ric.calc_check_digit(body + "0"), "name": "选号市民", "vin": _vin(n),
            "vehicle_type": "small_car", "vehicle_use": "non_commercial", "new_vehicle": True,
            "invoice_code": "132001922010", "invoice_number": f"{n % 10**8:08d}", "invoice_photo": PNG_1X1}


async def morning(port: int, token: str, people: range, draws: int, connections: int, timeout: float) -> tuple[
        LoadResult, dict[int, list[str]]]:
    """Every person: open, then draw; `connections` people at a time on keep-alive connections."""
    result = LoadResult(connections=connections, elapsed=0.0)
    held: dict[int, list[str]] = {}
    queue = list(people)
    auth = {"Authorization": f"Bearer {token}"}

    async def call(conn: list, method: str, path: str, body: dict | None, key: str) -> tuple[int, dict]:
        payload = _encode("127.0.0.1", (method, path, {**auth, "Idempotency-Key": key},
                                        json.dumps(body).encode() if body is not None else b"{}"))
        t0 = time.perf_counter()
        try:
            if conn[0] is None:
                conn[0], conn[1] = await asyncio.open_connection("127.0.0.1", port)
            conn[1].write(payload)
            status, _headers, raw = await asyncio.wait_for(_read_response(conn[0]), timeout)
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError):
            result.unanswered += 1
            if conn[1] is not None:
                conn[1].close()
            conn[0] = conn[1] = None
            return 0, {}
        result.latencies.append(time.perf_counter() - t0)
        result.statuses[status] += 1
        return status, (json.loads(raw) if raw else {})

    async def worker() -> None:
        conn: list = [None, None]
        while queue:
            n = queue.pop()
            status, selection = await call(conn, "POST", "/api/v1/plate-selections", person(n), f"open-{n}")
            if status != 201:
                continue
            for d in range(draws):
                status, answer = await call(conn, "POST", f"/api/v1/plate-selections/{selection['id']}/draws", None,
                                            f"draw-{n}-{d}")
                if status == 200:
                    held[selection["id"]] = answer["held"]
        if conn[1] is not None:
            conn[1].close()

    t0 = time.monotonic()
    await asyncio.gather(*(worker() for _ in range(connections)))
    result.elapsed = time.monotonic() - t0
    return result, held


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200 if small() else 2000)
    parser.add_argument("--draws", type=int, default=2)
    parser.add_argument("--connections", type=int, default=100)
    parser.add_argument("--workers", default="1,2" if small() else "1,2,4")
    args = parser.parse_args(argv)
    rows = []
    print(machine(), flush=True)
    for w in [int(x) for x in args.workers.split(",")]:
        with tempfile.TemporaryDirectory(prefix="bench-morning-") as tmp, postgres_server(max_connections=300) as pg:
            port = free_port()
            with central_server(pg, port, w, Path(tmp), env=env(args.people)):
                token = login(port)
                result, held = asyncio.run(morning(port, token, range(1, args.people + 1), args.draws,
                                                   args.connections, 60.0))
                time.sleep(6)  # one more round of the scheduled job
            engine = create_engine(pg)
            with engine.connect() as conn:
                holders = dict(conn.execute(select(Plate.number, Plate.selection_id)
                                            .where(Plate.state == "held")).all())
                available = conn.scalar(select(func.count(Plate.id)).where(Plate.state == "available"))
                released = conn.scalar(select(func.count(PlateSegment.id)).where(PlateSegment.released_at.is_not(None)))
            engine.dispose()
        plates = [p for ps in held.values() for p in ps]
        twice = len(plates) - len(set(plates))
        wrong_holder = sum(1 for sid, ps in held.items() for p in ps if holders.get(p) != sid)
        errors = {s: n for s, n in result.statuses.items() if s not in (200, 201)}
        line = (f"{w} worker(s): {args.people:,} people × (open + {args.draws} draws) in {result.elapsed:.1f} s, "
                f"{result.answered / result.elapsed:,.0f} req/s, p50 {result.percentile(50):,.0f} ms, "
                f"p99 {result.percentile(99):,.0f} ms; statuses {dict(sorted(result.statuses.items()))}, "
                f"{result.unanswered} unanswered; plates held twice: {twice}, held by another selection: "
                f"{wrong_holder}; segments released {released} of 3, {available:,} plates available after")
        print(line, flush=True)
        rows.append(f"| {w} | {result.elapsed:.1f} s | {result.answered / result.elapsed:,.0f} | "
                    f"{result.percentile(50):,.0f} / {result.percentile(99):,.0f} ms | {errors or 'none'} "
                    f"({result.unanswered} unanswered) | {twice} | {released} of 3, {available:,} available |")
        assert twice == 0 and wrong_holder == 0, "a plate was given twice"
    write_section(SECTION, "\n".join([
        f"`benchmarks/opening_morning.py`: {args.people:,} people each open a selection and draw {args.draws} times "
        f"through the gateway account, {args.connections} at a time, on PostgreSQL; the first segment (57,600 "
        "plates) falls below the minimum available (57,600 - 2 × people) and the scheduled job (every 5 s) "
        "releases the next.",
        "", f"{machine()}", "",
        "| workers | all done in | req/s | p50 / p99 | errors | plates given twice | top-up |",
        "|---|---|---|---|---|---|---|", *rows]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
