"""Benchmark: allocate 100,000 exam requests over 1,000 sessions on SQLite and on PostgreSQL.

    .venv/bin/python benchmarks/allocation.py [--sessions 1000] [--per-session 100] [--capacity 50]

For each database it loads the data (candidates, sessions, requests), then runs the real
allocation job (`central_api.exams.allocation.allocate_due_plans`: up to `BATCH_SESSIONS` sessions
per transaction, ranking, seat updates, one SMS per request, one audit row per session) and checks that the
seats went where a pure in-memory ranking of the same data puts them. The baseline, measured
in the same run, is that in-memory ranking (`counter_app.domain.exams.allocate` over the same
requests); the ratio says what the database work costs on top of it.

PostgreSQL runs as a throwaway server started like tests/conftest.py does (initdb and pg_ctl
as the `postgres` user when run as root, a free loopback port, fsync off).
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import func, insert, select, text

from central_api.exams.allocation import allocate_due_plans
from central_api.app import build_services, prepare_database
from central_api.platform.clock import Clock
from central_api.platform.config import Settings
from central_api.models import Account, ExamBooking, ExamCandidate, ExamPlan, SmsOutbox
from central_api.platform.services import Services
from counter_app.domain.exams import ExamRules, RankRequest, allocate, booking_deadline
from counter_app.domain.timefmt import SHANGHAI
from pgserver import postgres_server
from results import machine, small

log = logging.getLogger("benchmark")
START = datetime(2026, 11, 25, 9, 0, tzinfo=SHANGHAI)
FIRST_EXAM = date(2026, 12, 7)
_RULES = ExamRules()


def make_data(sessions: int, per_session: int, seed: int = 2026) -> tuple[list[dict], list[dict], list[dict]]:
    """Sessions over December's working days at the three sites, and their requests."""
    rng = random.Random(seed)
    days = [FIRST_EXAM + timedelta(days=i) for i in range(24) if (FIRST_EXAM + timedelta(days=i)).weekday() < 5]
    slots = [(site, day, f"{hour:02d}:{minute:02d}") for day in days for site in (8, 9, 10)
             for hour in range(7, 18) for minute in (0, 30)]
    plans, candidates, bookings = [], [], []
    for plan_id, (site, day, start) in enumerate(slots[:sessions], start=1):
        plans.append({"id": plan_id, "site_id": site, "exam_date": day, "start_time": start, "subject": "k1",
                      "licence_class": "C1", "capacity": 0, "requested_count": per_session, "allocated_count": 0,
                      "published_at": START - timedelta(days=20), "published_by": "admin",
                      "booking_deadline": booking_deadline(day, _RULES).astimezone(timezone.utc)})
        for _ in range(per_session):
            n = len(candidates) + 1
            accepted = START - timedelta(minutes=rng.randrange(0, 200 * 24 * 60))
            candidates.append({"id": n, "id_number": f"320115{n:012d}", "name": f"考生{n}",
                               "mobile": f"13{n:09d}", "purpose": "learner", "licence_class": "C1",
                               "adds_to_car_licence": False, "application_accepted_at": accepted,
                               "created_at": START})
            bookings.append({"id": n, "plan_id": plan_id, "candidate_id": n, "subject": "k1", "status": "requested",
                             "open_slot": 1, "channel": "internet", "station_id": 1, "account_id": 1,
                             "requested_at": START - timedelta(seconds=rng.randrange(0, 20 * 86400)),
                             "ranking_time": accepted, "ranking_rule": 1, "id_checked": False})
    return plans, candidates, bookings


def in_memory(plans: list[dict], bookings: list[dict]) -> tuple[float, set[int]]:
    """The baseline: rank every session in memory with the domain's allocate()."""
    by_plan: dict[int, list[RankRequest]] = defaultdict(list)
    for b in bookings:
        by_plan[b["plan_id"]].append(RankRequest(b["id"], b["requested_at"], b["ranking_time"]))
    capacity = {p["id"]: p["capacity"] for p in plans}
    t0 = time.perf_counter()
    seated = {pl.booking_id for plan_id, reqs in by_plan.items() for pl in allocate(reqs, capacity[plan_id])
              if pl.allocated}
    return time.perf_counter() - t0, seated


def load(services: Services, plans: list[dict], candidates: list[dict], bookings: list[dict]) -> float:
    t0 = time.perf_counter()
    with services.sessionmaker.begin() as session:
        session.add(Account(id=1, username="admin", display_name="主管", role="supervisor", station_id=1,
                            password_hash="x", active=True, failed_logins=0, created_at=START))
        session.flush()
        for table, rows in ((ExamPlan, plans), (ExamCandidate, candidates), (ExamBooking, bookings)):
            for i in range(0, len(rows), 10000):
                session.execute(insert(table), rows[i:i + 10000])
        if session.bind.dialect.name == "postgresql":
            for table in ("exam_plan", "exam_candidate", "exam_booking"):
                session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))"))
    with services.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    return time.perf_counter() - t0


WINDOW_BASELINE = """
UPDATE exam_booking SET rank = ranked.rn,
       status = CASE WHEN ranked.rn <= ranked.capacity THEN 'allocated' ELSE 'not_allocated' END
FROM (SELECT b.id, p.capacity,
             row_number() OVER (PARTITION BY b.plan_id ORDER BY b.ranking_time, b.requested_at, b.id) AS rn
      FROM exam_booking b JOIN exam_plan p ON p.id = b.plan_id WHERE b.status = 'requested') AS ranked
WHERE exam_booking.id = ranked.id
"""


def window_baseline(services: Services) -> float:
    """The database's own floor: one window-function ranking of every request and one UPDATE
    of all of them, rolled back (no SMS, no audit, no locks)."""
    with services.engine.connect() as conn:
        trans = conn.begin()
        t0 = time.perf_counter()
        conn.execute(text(WINDOW_BASELINE))
        elapsed = time.perf_counter() - t0
        trans.rollback()
    if services.engine.dialect.name == "postgresql":
        with services.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE exam_booking"))
    return elapsed


def run(name: str, url: str, plans: list[dict], candidates: list[dict], bookings: list[dict],
        baseline: float, want: set[int]) -> dict:
    clock = Clock(START, frozen=True)
    services = build_services(Settings(database_url=url), clock, hasher=PasswordHasher(time_cost=1, memory_cost=8192))
    prepare_database(services, demo=False)
    loaded = load(services, plans, candidates, bookings)
    window = window_baseline(services)
    clock.set(datetime(2027, 1, 1, 0, 0, tzinfo=SHANGHAI), frozen=True)  # every deadline has passed
    t0 = time.perf_counter()
    done = allocate_due_plans(services)
    elapsed = time.perf_counter() - t0
    with services.sessionmaker() as session:
        seated = set(session.scalars(select(ExamBooking.id).where(ExamBooking.status == "allocated")))
        messages = session.scalar(select(func.count(SmsOutbox.id)))
    services.engine.dispose()
    assert len(done) == len(plans), (len(done), len(plans))
    assert seated == want, "the database allocation differs from the in-memory ranking"
    assert messages == len(bookings)
    print(f"{name:<11} load {loaded:6.2f} s | allocate {len(bookings):,} requests over {len(done):,} sessions "
          f"{elapsed:6.2f} s ({len(bookings) / elapsed:,.0f} requests/s, {elapsed / len(done) * 1000:.1f} ms/session)"
          f" | {elapsed / baseline:,.0f}x the in-memory ranking | window-query baseline {window:.2f} s, "
          f"ratio {elapsed / window:.1f}", flush=True)
    return {"requests": len(bookings), "sessions": len(done), "allocate_s": round(elapsed, 3),
            "window_s": round(window, 3), "in_memory_s": round(baseline, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100 if small() else 1000)
    parser.add_argument("--per-session", type=int, default=100)
    parser.add_argument("--capacity", type=int, default=50)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--label", help="also write benchmarks/allocation-<label>.json (central.py shows it; "
                                        "under BENCH_SMALL the label is always `small`)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    plans, candidates, bookings = make_data(args.sessions, args.per_session)
    if len(plans) < args.sessions:
        raise SystemExit(f"only {len(plans)} distinct session slots in December")
    for p in plans:
        p["capacity"] = args.capacity
    baseline, want = in_memory(plans, bookings)
    print(f"baseline    in-memory ranking of {len(bookings):,} requests over {len(plans):,} sessions: "
          f"{baseline * 1000:.0f} ms ({len(want):,} seats)")
    figures = {"machine": machine()}
    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory(prefix="bench-sqlite-") as tmp:
            figures["sqlite"] = run("SQLite", f"sqlite:///{tmp}/bench.sqlite3", plans, candidates, bookings,
                                    baseline, want)
    if args.only in (None, "postgresql"):
        with postgres_server() as url:
            figures["postgresql"] = run("PostgreSQL", url, plans, candidates, bookings, baseline, want)
    if args.label:
        args.label = "small" if small() else args.label
        (Path(__file__).with_name(f"allocation-{args.label}.json")).write_text(json.dumps(figures, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
