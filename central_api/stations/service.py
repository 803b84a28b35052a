"""The stations: reference data from the domain, inserted once and then a supervisor's."""
from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.models import Station
from central_api.platform.services import Services
from counter_app.domain.stations import STATIONS


def seed_stations(session: Session, services: Services) -> int:
    """Insert the stations that are missing; never overwrite a supervisor's edits."""
    existing = set(session.scalars(select(Station.id)))
    added = 0
    for info in STATIONS:
        if info.id not in existing:
            session.add(Station(**asdict(info), updated_at=services.clock.now()))
            added += 1
    return added


def list_stations(session: Session) -> list[Station]:
    return list(session.scalars(select(Station).order_by(Station.id)))
