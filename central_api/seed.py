"""Reference data (the ten stations) and the demo data behind `--demo`."""
from __future__ import annotations

import logging
import random
from dataclasses import asdict, dataclass
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central_api import plate_pool
from central_api.calendar import load_calendar
from central_api.demo import load_people
from central_api.exam_seed import seed_exam_demo
from central_api.models import Account, PlateReservation, Station
from central_api.plate_reservations import blacklist_entry
from central_api.services import Services
from counter_app.domain.plates import (
    DeliveryWay,
    delivery_fee,
    make_notice_code,
    ready_date,
    reservation_deadline,
)
from counter_app.domain.roles import Role
from counter_app.domain.stations import STATIONS
from counter_app.domain.workdays import CalendarOutOfRange

log = logging.getLogger(__name__)

DEMO_PASSWORD = "Counter#2026"
DEMO_ACCOUNTS: tuple[tuple[str, str, Role, int], ...] = (
    ("admin", "系统管理员", Role.SUPERVISOR, 1),
    ("clerk01", "王警官", Role.CLERK, 1),
    ("clerk02", "李警官", Role.CLERK, 2),
    ("clerk08", "陈辅警", Role.CLERK, 8),
    ("phone01", "赵话务员", Role.PHONE_OPERATOR, 1),
    ("internet01", "122平台网关", Role.INTERNET, 1),
)


def seed_stations(session: Session, services: Services) -> int:
    """Insert the stations that are missing; never overwrite a supervisor's edits."""
    existing = set(session.scalars(select(Station.id)))
    added = 0
    for info in STATIONS:
        if info.id not in existing:
            session.add(Station(**asdict(info), updated_at=services.clock.now()))
            added += 1
    return added


def seed_demo(session: Session, services: Services) -> bool:
    """Demo accounts (all with DEMO_PASSWORD), only into a database that has no accounts."""
    if session.scalar(select(func.count(Account.id))):
        return False
    password_hash = services.hasher.hash(DEMO_PASSWORD)
    for username, display_name, role, station_id in DEMO_ACCOUNTS:
        session.add(
            Account(
                username=username, display_name=display_name, role=role.value, station_id=station_id,
                password_hash=password_hash, active=True, failed_logins=0, created_at=services.clock.now(),
            )
        )
    session.flush()
    seed_demo_plates(session, services)
    seed_exam_demo(session, services)
    log.info("demo data seeded: %d accounts, %d plate reservations, exam candidates and sessions",
             len(DEMO_ACCOUNTS), len(DEMO_RESERVATIONS))
    return True


# --- demo plates: reservations in every state, some plates already issued ----------------------
@dataclass(frozen=True)
class DemoReservation:
    name: str  # one of the demo people (resources/demo/demo_people.json)
    vin: str  # a new car (not in the central vehicle records yet)
    plate: str
    status: str  # reserved | confirmed | expired
    chosen_hours_ago: int

    @property
    def id_number(self) -> str:
        return _DEMO_IDS[self.name]


_DEMO_IDS = {card["name"]: card["id_number"] for card in load_people()["cards"]}
# Plates of the form 苏A0L0DL lie in the full first segment and in the small test segment.
DEMO_RESERVATIONS = (
    DemoReservation("赵磊", "LSVAU2185TS200001", "苏A0B01C", "reserved", 1),  # the new-car owner
    DemoReservation("张伟", "LFV2A2152TC300002", "苏A0K05M", "reserved", 26),
    DemoReservation("王芳", "LGBH52E06TW400003", "苏A0D07F", "reserved", 50),
    DemoReservation("陈静", "LVSHCAME8TN500004", "苏A0H03Q", "confirmed", 30),
    DemoReservation("李娜", "LSGPC52U0SA600005", "苏A0S09T", "expired", 24 * 14),  # now blacklisted
)
DEMO_ISSUED_PLATES = ("苏A0A00A", "苏A0A08A", "苏A0B06B", "苏A8A88A", "苏A6A66A", "苏A9A99A", "苏A1A11A")


def seed_demo_plates(session: Session, services: Services) -> None:
    """A few reservations a clerk can find and confirm, and plates that are already issued."""
    rng = random.Random(20261125)
    now = services.clock.now()
    for number in DEMO_ISSUED_PLATES:
        plate_pool.set_state(session, number, expected="available", new="issued")
    try:
        calendar = load_calendar(session)
        clerk = session.scalar(select(Account).where(Account.username == "clerk01"))
        for demo in DEMO_RESERVATIONS:
            chosen_at = now - timedelta(hours=demo.chosen_hours_ago)
            found = plate_pool.find(session, demo.plate)
            if found is None or found[0].state != "available":
                continue
            row = PlateReservation(
                plate_id=found[0].id, plate_number=demo.plate, selection_id=None, id_number=demo.id_number,
                owner_name=demo.name, vin=demo.vin, notice_code=make_notice_code(chosen_at, rng.randrange(10**6)),
                status=demo.status, chosen_at=chosen_at,
                deadline=reservation_deadline(calendar, chosen_at, services.settings.plate_reservation_working_days),
            )
            if demo.status == "confirmed":
                confirmed_at = chosen_at + timedelta(hours=2)
                row.confirmed_at, row.confirmed_by, row.confirmed_station_id = confirmed_at, clerk.id, 1
                row.document_checked, row.delivery_way, row.delivery_station_id = "sms_notice", "collect", 1
                row.fee_yuan = delivery_fee(DeliveryWay.COLLECT)
                row.ready_date = ready_date(confirmed_at, services.settings.plate_ready_days)
                plate_pool.set_state(session, demo.plate, expected="available", new="confirmed")
            elif demo.status == "reserved":
                plate_pool.set_state(session, demo.plate, expected="available", new="reserved")
            else:
                row.expired_at = now - timedelta(days=3)
            session.add(row)
            session.flush()
            if demo.status == "expired":
                session.add(blacklist_entry(row, row.expired_at, services.settings.plate_blacklist_years))
    except CalendarOutOfRange as exc:
        log.warning("demo plate reservations not seeded: %s", exc)
