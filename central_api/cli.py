"""`central-api [--host 127.0.0.1] [--port 8765] [--demo]`."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import datetime

import uvicorn

from central_api.app import build_services, create_app, prepare_database
from central_api.clock import Clock
from central_api.config import Settings
from central_api.jobs import JobScheduler

log = logging.getLogger("central_api")


def parse_start_instant(value: str) -> datetime:
    """CENTRAL_API_NOW: an ISO 8601 time that carries its UTC offset."""
    instant = datetime.fromisoformat(value)
    if instant.tzinfo is None:
        raise ValueError("CENTRAL_API_NOW must carry a UTC offset, e.g. 2026-11-25T09:00:00+08:00")
    return instant


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="central-api", description="Central API of the Nanjing counters")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--demo", action="store_true", help="seed demo data into an empty database")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

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

    settings = Settings()
    services = build_services(settings, clock)
    prepare_database(services, demo=args.demo)
    app = create_app(services)
    log.info("central API on http://%s:%d/api/v1 (database %s)", args.host, args.port,
             services.engine.url.render_as_string(hide_password=True))
    scheduler = JobScheduler(services, settings.plate_job_interval_seconds)
    scheduler.start()
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    finally:
        scheduler.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
