"""Demo camera violations (issue 15): 蒋涛's car has one unhandled (a window or the gateway may
handle and pay it) and one paid last year; the coach of 南京汇通客运 has one that must go to the
traffic-police brigade (a bus on road passenger transport)."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from central_api.inspection_labels.demo import vehicle_by_key
from central_api.models import TrafficViolation, ViolationPayment
from central_api.platform.services import Services
from counter_app.domain.timefmt import local

PARKING = ("1039", "机动车违反规定停放、临时停车，驾驶人不在现场或者虽在现场但拒绝立即驶离，妨碍其他车辆、行人通行的")


def seed_demo(session: Session, services: Services) -> None:
    car, bus = vehicle_by_key(session, "violation"), vehicle_by_key(session, "bus")
    if car is None or bus is None:
        return
    now = services.clock.now()
    year_ago = now - timedelta(days=380)
    session.add(TrafficViolation(
        vehicle_id=car.id, occurred_at=now - timedelta(days=21, hours=3), place="玄武区中山路与珠江路交叉口",
        code=PARKING[0], description=PARKING[1], points=0, fine_yuan=150, simple_procedure=True,
        status="unhandled"))
    paid = TrafficViolation(
        vehicle_id=car.id, occurred_at=year_ago, place="鼓楼区北京西路", code="1344",
        description="机动车违反禁令标志指示的", points=0, fine_yuan=100, simple_procedure=True, status="paid",
        licence_number=car.owner_id_number, driver_name=car.owner_name,
        decision_number=f"{services.settings.violation_office_code}{local(year_ago).year}00000001",
        handled_at=year_ago + timedelta(days=10), handled_channel="internet")
    session.add(paid)
    session.flush()
    session.add(ViolationPayment(violation_id=paid.id, bank="ICBC", bank_reference="ICBC-DEMO-000001",
                                 amount_fen=10000, status="confirmed", paid_at=paid.handled_at, channel="internet",
                                 confirmed_at=paid.handled_at + timedelta(hours=2)))
    session.add(TrafficViolation(
        vehicle_id=bus.id, occurred_at=now - timedelta(days=9, hours=5), place="雨花台区软件大道",
        code=PARKING[0], description=PARKING[1], points=0, fine_yuan=200, simple_procedure=True,
        status="unhandled"))
