"""What the security tests share: the demo people and a few look-ups in the real database."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from central_api.models import VehicleRecord
from central_api.registration.demo import PEOPLE_FILE

PEOPLE = json.loads(PEOPLE_FILE.read_text(encoding="utf-8"))
ID = {c["name"]: c["id_number"] for c in PEOPLE["cards"]}


def count(services: Any, model: Any, **where: Any) -> int:
    with services.sessionmaker() as session:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return session.scalar(query)


def others_vehicles(services: Any, how_many: int) -> list[dict[str, str]]:
    """Vehicles of the demo crowd (not the named people), each with its owner's consent."""
    named = set(ID.values())
    with services.sessionmaker() as session:
        rows = session.execute(select(VehicleRecord.vin, VehicleRecord.owner_id_number)
                               .where(VehicleRecord.owner_kind == "person").order_by(VehicleRecord.id)).all()
    picked = [(vin, owner) for vin, owner in rows if owner not in named][:how_many]
    return [{"vin": vin, "owner_id_number": owner, "consent_way": "owner_present"} for vin, owner in picked]


def personal(name: str, mobile: str, user_type: str = "new_car_owner", others: list | None = None) -> dict:
    return {"user_type": user_type, "id_number": ID[name], "name": name, "mobile": mobile, "vins": [],
            "others": others or []}
