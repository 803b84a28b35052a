"""What a running service instance holds: settings, clock, database. No per-user state."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from central_api.platform.clock import Clock
from central_api.platform.config import Settings
from central_api.platform.sms import OutboxSmsGateway, SmsGateway


@dataclass
class Services:
    settings: Settings
    clock: Clock
    engine: Engine
    sessionmaker: sessionmaker[Session]
    hasher: PasswordHasher
    sms: SmsGateway = field(default_factory=OutboxSmsGateway)
    # Per-process copies of values read from the database (e.g. the security policy).
    caches: dict[str, Any] = field(default_factory=dict)
