"""Demo vehicles of the article's other services (issue 15), named in README.md:
林晓's car may have this year's label; 蒋涛's car has an unhandled camera violation (refused
with the list until it is handled and paid); 南京汇通客运's coach is a bus on road passenger
transport, whose violation may not be handled online. ID numbers, VINs and the USCC are valid.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import InspectionLabel, VehicleInsurance, VehicleRecord
from central_api.platform.services import Services
from counter_app.domain.timefmt import local


@dataclass(frozen=True)
class DemoVehicle:
    key: str
    owner_name: str
    owner_id_number: str
    owner_kind: str
    mobile: str
    plate: str
    vin: str
    vehicle_type: str
    use_nature: str
    brand: str
    registered_days_ago: int
    insurance_days_left: int


DEMO_VEHICLES: tuple[DemoVehicle, ...] = (
    DemoVehicle("eligible", "林晓", "320102198807160312", "person", "13905170011", "苏AM7Q26", "LSVAU21802N215003",
                "小型轿车", "非营运", "上汽大众", 3 * 365 + 40, 200),
    DemoVehicle("violation", "蒋涛", "320104197903050525", "person", "13905170012", "苏AK5H81", "LHGRU58303P216004",
                "小型普通客车", "非营运", "广汽本田", 4 * 365 + 10, 120),
    DemoVehicle("bus", "南京汇通客运有限公司", "91320100MA1NJ2K3XR", "unit", "13905170013", "苏AB6Z30",
                "LZYTAGE402K100805", "大型普通客车", "公路客运", "宇通客车", 3 * 365, 90),
)


def vehicle_by_key(session: Session, key: str) -> VehicleRecord | None:
    demo = next(d for d in DEMO_VEHICLES if d.key == key)
    return session.scalars(select(VehicleRecord).where(VehicleRecord.vin == demo.vin)).first()


def seed_demo(session: Session, services: Services) -> None:
    """The vehicles, their compulsory insurance, and last year's label of 林晓's car."""
    if session.scalars(select(VehicleRecord).where(VehicleRecord.vin == DEMO_VEHICLES[0].vin)).first():
        return
    now = services.clock.now()
    today = local(now).date()
    for d in DEMO_VEHICLES:
        row = VehicleRecord(vin=d.vin, plate=d.plate, owner_kind=d.owner_kind, owner_id_number=d.owner_id_number,
                            owner_name=d.owner_name, mobile=d.mobile, vehicle_type=d.vehicle_type,
                            use_nature=d.use_nature, brand=d.brand, status="正常",
                            registered_on=today - timedelta(days=d.registered_days_ago))
        session.add(row)
        session.flush()
        session.add(VehicleInsurance(vehicle_id=row.id, policy_number=f"PDZA{today.year}3201{row.id:08d}",
                                     valid_until=today + timedelta(days=d.insurance_days_left)))
        if d.key == "eligible":
            session.add(InspectionLabel(
                vehicle_id=row.id, label_year=today.year - 1, channel="counter", status="issued",
                serial=f"JS{today.year - 1}A0000001", environmental_label=True,
                issued_at=now - timedelta(days=330), station_id=1))
