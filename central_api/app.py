"""Builds the FastAPI application around one Services object."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from argon2 import PasswordHasher
from fastapi import FastAPI

from central_api.accounts import demo as accounts_demo, routes as accounts_routes
from central_api.board import routes as board_routes
from central_api.calendar import routes as calendar_routes, service as calendar_service
from central_api.exams import demo as exams_demo, routes as exams_routes
from central_api.exams.allocation import allocate_due_plans
from central_api.exams.service import no_show_job
from central_api.inspection_labels import demo as labels_demo, routes as labels_routes
from central_api.plates import demo as plates_demo, pool as plate_pool, routes as plates_routes
from central_api.plates.expiry import plate_expiry_job
from central_api.points_study import demo as points_study_demo, routes as points_study_routes
from central_api.platform import audit, db, routes as platform_routes
from central_api.platform.clock import Clock
from central_api.platform.config import Settings
from central_api.platform.errors import install_handlers
from central_api.platform.jobs import ScheduledJob
from central_api.platform.limits import RequestLimitsMiddleware
from central_api.platform.maintenance import maintenance_loop
from central_api.platform.services import Services
from central_api.registration import demo as registration_demo, routes as registration_routes
from central_api.reports import routes as reports_routes
from central_api.stations import routes as stations_routes, service as stations_service
from central_api.updates import routes as updates_routes
from central_api.violations import demo as violations_demo, routes as violations_routes

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"


def build_services(settings: Settings, clock: Clock, *, hasher: PasswordHasher | None = None) -> Services:
    engine = db.make_engine(settings.database_url, pool_size=settings.concurrency + 4,
                            pool_timeout=settings.pool_timeout_seconds)
    return Services(settings=settings, clock=clock, engine=engine,
                    sessionmaker=db.make_sessionmaker(engine), hasher=hasher or PasswordHasher())


def prepare_database(services: Services, *, demo: bool) -> None:
    """Migrate to head, seed the stations, and the demo data when asked."""
    db.upgrade(services.engine)
    with services.sessionmaker.begin() as session:
        stations_service.seed_stations(session, services)
        calendar_service.seed_calendar(session, services.clock)
        plate_pool.seed_segments(session, services)
        if demo and accounts_demo.seed_demo_accounts(session, services):
            plates_demo.seed_demo_plates(session, services)
            exams_demo.seed_exam_demo(session, services)
            log.info("demo data seeded: %d accounts, %d plate reservations, exam candidates and sessions",
                     len(accounts_demo.DEMO_ACCOUNTS), len(plates_demo.DEMO_RESERVATIONS))
            registration_demo.seed_records(session, services)
            for area_demo in (labels_demo, violations_demo, points_study_demo):  # issue 15
                area_demo.seed_demo(session, services)


def create_app(services: Services) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # More threads than admitted requests: a request holding a connection never waits
        # for a thread (transaction.py).
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = max(limiter.total_tokens, services.settings.concurrency + 8)
        task = asyncio.create_task(maintenance_loop(services))
        try:
            yield
        finally:
            task.cancel()

    app = FastAPI(
        lifespan=lifespan,
        title="南京车管所柜台中心服务 (central API)",
        version="1.0",
        openapi_url=f"{API_PREFIX}/openapi.json",
        # No documentation page: FastAPI's loads its scripts from a public CDN, which a government
        # network must not depend on (issue 11 item 18; docs/DECISIONS.md). The spec is served whole.
        docs_url=None,
        redoc_url=None,
    )
    app.state.services = services
    app.add_middleware(audit.QueueTicketMiddleware)
    app.add_middleware(RequestLimitsMiddleware)  # outermost: oversize bodies and NULs never reach a route
    install_handlers(app)
    for module in (platform_routes, accounts_routes, stations_routes, calendar_routes, registration_routes,
                   plates_routes, exams_routes, reports_routes, updates_routes,
                   labels_routes, violations_routes, points_study_routes,  # issue 15
                   board_routes):  # issue 12
        app.include_router(module.router, prefix=API_PREFIX)
    return app


# What the service's timer runs, in this order, every `plate_job_interval_seconds` (central-api).
SCHEDULED_JOBS: tuple[ScheduledJob, ...] = (
    ScheduledJob("plate expiry", plate_expiry_job),
    ScheduledJob("exam allocation", allocate_due_plans),
    ScheduledJob("exam no-shows", no_show_job),
)
