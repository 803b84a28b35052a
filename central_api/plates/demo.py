"""Demo plates behind `--demo`: reservations in every state, plates already issued."""
from __future__ import annotations

import functools
import logging
import random
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.calendar.service import load_calendar
from central_api.models import Account, PlateReservation
from central_api.plates import pool as plate_pool
from central_api.plates.reservations import blacklist_entry
from central_api.platform.services import Services
from central_api.registration.demo import load_people
from counter_app.domain.plates import DeliveryWay, delivery_fee, make_notice_code, ready_date, reservation_deadline
from counter_app.domain.workdays import CalendarOutOfRange

log = logging.getLogger(__name__)

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
        return _demo_ids()[self.name]


@functools.cache
def _demo_ids() -> dict[str, str]:
    """Read when demo data is wanted, not at import: a server without `--demo` never needs the file."""
    return {card["name"]: card["id_number"] for card in load_people()["cards"]}

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
