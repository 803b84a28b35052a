"""`central-api [--host 127.0.0.1] [--port 8765] [--demo] [--workers N]`."""
from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import date, datetime, timedelta, timezone

import uvicorn
from fastapi import FastAPI

from central_api.accounts import devices, service as accounts
from central_api.accounts.schemas import AccountCreate
from central_api.app import SCHEDULED_JOBS, build_services, create_app, prepare_database
from central_api.platform import audit_chain, db, db_roles
from central_api.platform.clock import Clock
from central_api.platform.config import Settings
from central_api.platform.deps import Principal
from central_api.platform.errors import ApiError
from central_api.platform.jobs import JobScheduler
from counter_app.domain.roles import Role
from counter_app.domain.timefmt import SHANGHAI

log = logging.getLogger("central_api")


def parse_start_instant(value: str) -> datetime:
    """CENTRAL_API_NOW: an ISO 8601 time that carries its UTC offset."""
    instant = datetime.fromisoformat(value)
    if instant.tzinfo is None:
        raise ValueError("CENTRAL_API_NOW must carry a UTC offset, e.g. 2026-11-25T09:00:00+08:00")
    return instant


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if args_list and args_list[0] in ADMIN_COMMANDS:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        return ADMIN_COMMANDS[args_list[0]](args_list[1:])
    parser = argparse.ArgumentParser(prog="central-api", description="Central API of the Nanjing counters",
                                     epilog="Also: central-api migrate | verify-audit | purge-audit | approve-device "
                                            "(see --help of each)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--demo", action="store_true", help="seed demo data into an empty database")
    parser.add_argument("--workers", type=int, default=1,
                        help="worker processes sharing the port (PostgreSQL; default 1)")
    parser.add_argument("--create-supervisor", metavar="USERNAME",
                        help="create the first supervisor account and exit (password from "
                             "CENTRAL_API_NEW_PASSWORD, or asked for); then sign in and manage accounts")
    parser.add_argument("--station", type=int, default=1, help="station of the new supervisor (default 1)")
    parser.add_argument("--role", default="supervisor",
                        choices=["supervisor", "sysadmin", "secadmin", "auditor"],
                        help="role of the account --create-supervisor creates (三员分立: the first "
                             "sysadmin and secadmin are created this way; default supervisor)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.create_supervisor:
        return create_supervisor(args.create_supervisor, args.station, args.role)

    clock = Clock()
    start = os.environ.get("CENTRAL_API_NOW")
    if start:
        if not args.demo:
            print("central-api: CENTRAL_API_NOW is honoured only with --demo (demo and training); "
                  "a production server runs on the real time.", file=sys.stderr)
            return 2
        try:
            clock.set(parse_start_instant(start))
        except ValueError as exc:
            print(f"central-api: invalid CENTRAL_API_NOW {start!r}: {exc}", file=sys.stderr)
            return 2
        log.warning("clock starts at %s (CENTRAL_API_NOW) and runs on from there", clock.now().isoformat())

    if args.demo:  # the demo PC's enrolment is approved at once: sign-in stays one step (a training
        # centre or a test that shows the approval sets CENTRAL_API_AUTO_APPROVE_DEVICES=0 itself)
        os.environ.setdefault("CENTRAL_API_AUTO_APPROVE_DEVICES", "1")
    settings = Settings()
    if args.workers < 1:
        print("central-api: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.workers > 1 and settings.database_url.startswith("sqlite"):
        print("central-api: --workers needs PostgreSQL (DATABASE_URL); SQLite has one writer", file=sys.stderr)
        return 2
    services = build_services(settings, clock)
    prepare_database(services, demo=args.demo)
    log.info("central API on http://%s:%d/api/v1 (database %s, %d worker(s))", args.host, args.port,
             services.engine.url.render_as_string(hide_password=True), args.workers)
    # The scheduled jobs run in this process only (and once across instances, see platform/jobs.py).
    scheduler = JobScheduler(services, settings.plate_job_interval_seconds, SCHEDULED_JOBS)
    scheduler.start()
    try:
        if args.workers == 1:
            uvicorn.run(create_app(services), host=args.host, port=args.port, log_level="warning")
        else:
            # Each worker process builds its own engine and pool; the clock's offset goes with it.
            os.environ[CLOCK_OFFSET_ENV] = str((clock.now() - datetime.now(timezone.utc)).total_seconds())
            uvicorn.run("central_api.cli:worker_app", factory=True, workers=args.workers, host=args.host,
                        port=args.port, log_level="warning")
    finally:
        scheduler.stop()
    return 0


CLOCK_OFFSET_ENV = "CENTRAL_API_CLOCK_OFFSET_SECONDS"


def worker_app() -> FastAPI:
    """The application of one `--workers` process: the database is already migrated and seeded."""
    clock = Clock()
    offset = float(os.environ.get(CLOCK_OFFSET_ENV) or 0)
    if offset:
        clock.advance(timedelta(seconds=offset))
    return create_app(build_services(Settings(), clock))


def create_supervisor(username: str, station_id: int, role: str = "supervisor") -> int:
    """Bootstrap a production database: without a first supervisor nobody can sign in."""
    password = os.environ.get("CENTRAL_API_NEW_PASSWORD") or getpass.getpass(f"Password for {username}: ")
    services = build_services(Settings(), Clock())
    prepare_database(services, demo=False)
    console = Principal(account_id=None, username="console", role=Role.SUPERVISOR,  # type: ignore[arg-type]
                       station_id=station_id, channel="console", token_id=0)
    body = AccountCreate(username=username, display_name="主管", role="supervisor", station_id=station_id,
                         password=password)
    try:
        with services.sessionmaker.begin() as session:
            account = accounts.create_account(session, services, console, body)
            account.role = role
            account.must_change_password = False  # the operator typed this password for the person at hand
    except ApiError as exc:
        print(f"central-api: {exc.code}: {exc.message}", file=sys.stderr)
        return 2
    print(f"central-api: {role} {username} created at station {station_id}")
    return 0


# --- the owner's commands (issue 11 item 10): run with the database owner's DATABASE_URL -------------
def migrate_command(argv: list[str]) -> int:
    """`central-api migrate [--service-role NAME]`: the schema to head as the owner, then the
    service role's grants (PostgreSQL)."""
    parser = argparse.ArgumentParser(prog="central-api migrate")
    parser.add_argument("--service-role", help="PostgreSQL role the service connects as (grants applied)")
    args = parser.parse_args(argv)
    engine = db.make_engine(Settings().database_url)
    try:
        db.upgrade(engine)
        if args.service_role:
            db_roles.grant_service_role(engine, args.service_role)
            print(f"central-api: schema at head; role {args.service_role} may only INSERT and SELECT the audit trail")
    finally:
        engine.dispose()
    return 0


def verify_audit_command(argv: list[str]) -> int:
    """`central-api verify-audit`: exit 0 and the head hash when the trail is unbroken, else 1
    and the first broken row."""
    argparse.ArgumentParser(prog="central-api verify-audit").parse_args(argv)
    engine = db.make_engine(Settings().database_url)
    try:
        with db.make_sessionmaker(engine)() as session:
            verdict = audit_chain.verify(session)
    finally:
        engine.dispose()
    print(f"central-api: {verdict.line()}")
    return 0 if verdict.intact else 1


def purge_audit_command(argv: list[str]) -> int:
    """`central-api purge-audit --before YYYY-MM-DD`: as the owner; refused for rows younger than 180 days."""
    parser = argparse.ArgumentParser(prog="central-api purge-audit")
    parser.add_argument("--before", required=True, type=date.fromisoformat, help="remove rows stamped before this day")
    args = parser.parse_args(argv)
    engine = db.make_engine(Settings().database_url)
    before = datetime.combine(args.before, datetime.min.time(), tzinfo=SHANGHAI)
    try:
        with db.make_sessionmaker(engine).begin() as session:
            gone = audit_chain.purge(session, Clock().now(), before)
    except audit_chain.PurgeRefused as exc:
        print(f"central-api: purge refused: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(f"central-api: {gone} audit rows before {args.before} purged")
    return 0


def approve_device_command(argv: list[str]) -> int:
    """`central-api approve-device CODE [--station N]`: the first PCs, approved at the server (the
    system administrator's own PC cannot be approved from a console nobody can sign in to yet)."""
    parser = argparse.ArgumentParser(prog="central-api approve-device")
    parser.add_argument("code", help="the 8-digit code the PC's sign-in window shows")
    parser.add_argument("--station", type=int, help="the station the PC stands at (default: the one it asked for)")
    args = parser.parse_args(argv)
    services = build_services(Settings(), Clock())
    # The audit row names the server's console, at no station (audit_log.station_id may be empty).
    console = Principal(account_id=None, username="console", role=Role.SYSADMIN,
                        station_id=None, channel="console", token_id=0)  # type: ignore[arg-type]
    try:
        with services.sessionmaker.begin() as session:
            device = devices.approve(session, services, console, code=args.code, station_id=args.station)
            name, station_id = device.name, device.station_id
    except ApiError as exc:
        print(f"central-api: {exc.code}: {exc.message}", file=sys.stderr)
        return 2
    finally:
        services.engine.dispose()
    print(f"central-api: PC {name} approved at station {station_id}")
    return 0


ADMIN_COMMANDS = {"migrate": migrate_command, "verify-audit": verify_audit_command, "purge-audit": purge_audit_command,
                  "approve-device": approve_device_command}


if __name__ == "__main__":
    sys.exit(main())
