"""Builds the FastAPI application around one Services object."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from argon2 import PasswordHasher
from fastapi import FastAPI

from central_api import calendar, db, plate_pool, seed
from central_api import demo as demo_module
from central_api.clock import Clock
from central_api.config import Settings
from central_api.errors import install_handlers
from central_api.maintenance import maintenance_loop
from central_api.routes import accounts as account_routes
from central_api.routes import audit as audit_routes
from central_api.routes import auth as auth_routes
from central_api.routes import calendar as calendar_routes
from central_api.routes import candidates as candidate_routes
from central_api.routes import exam_bookings as exam_booking_routes
from central_api.routes import exam_plans as exam_plan_routes
from central_api.routes import health as health_routes
from central_api.routes import jobs as job_routes
from central_api.routes import plate_blacklist as plate_blacklist_routes
from central_api.routes import plate_pool as plate_pool_routes
from central_api.routes import plate_reservations as plate_reservation_routes
from central_api.routes import plate_selections as plate_selection_routes
from central_api.routes import records as record_routes
from central_api.routes import reports as report_routes
from central_api.routes import sms as sms_routes
from central_api.routes import stations as station_routes
from central_api.routes import users as user_routes
from central_api.inspection_labels import demo as label_demo
from central_api.inspection_labels import routes as label_routes
from central_api.points_study import demo as study_demo
from central_api.points_study import routes as study_routes
from central_api.services import Services
from central_api.violations import demo as violation_demo
from central_api.violations import routes as violation_routes

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"


def build_services(settings: Settings, clock: Clock, *, hasher: PasswordHasher | None = None) -> Services:
    engine = db.make_engine(settings.database_url)
    return Services(settings=settings, clock=clock, engine=engine,
                    sessionmaker=db.make_sessionmaker(engine), hasher=hasher or PasswordHasher())


def prepare_database(services: Services, *, demo: bool) -> None:
    """Migrate to head, seed the stations, and the demo data when asked."""
    db.upgrade(services.engine)
    with services.sessionmaker.begin() as session:
        seed.seed_stations(session, services)
        calendar.seed_calendar(session, services.clock)
        plate_pool.seed_segments(session, services)
        if demo and seed.seed_demo(session, services):
            demo_module.seed_records(session, services)
            for area_demo in (label_demo, violation_demo, study_demo):  # issue 15
                area_demo.seed_demo(session, services)


def create_app(services: Services) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
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
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.services = services
    install_handlers(app)
    for module in (health_routes, auth_routes, account_routes, station_routes, calendar_routes, record_routes,
                   user_routes, audit_routes, plate_selection_routes, plate_reservation_routes, plate_pool_routes,
                   plate_blacklist_routes, job_routes, candidate_routes, exam_plan_routes, exam_booking_routes,
                   sms_routes, report_routes, label_routes, violation_routes, study_routes):
        app.include_router(module.router, prefix=API_PREFIX)
    return app
