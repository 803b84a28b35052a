"""The one injectable clock (one on the server, one on the client).

Every deadline, lock-out and expiry is computed from ``Clock.now()``; nothing in the
service calls ``datetime.now()`` directly. Tests ``set()`` it; ``CENTRAL_API_NOW`` starts
it at a given instant and lets it run on from there (demo and training only).
"""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone


def _real_now() -> datetime:
    return datetime.now(timezone.utc)


class Clock:
    """Wall clock shifted by an offset; aware UTC datetimes only."""

    def __init__(self, start: datetime | None = None, *, frozen: bool = False) -> None:
        self._lock = threading.Lock()
        self._offset = timedelta(0)
        self._frozen_at: datetime | None = None
        if start is not None:
            self.set(start, frozen=frozen)

    def now(self) -> datetime:
        with self._lock:
            if self._frozen_at is not None:
                return self._frozen_at
            return _real_now() + self._offset

    def set(self, instant: datetime, *, frozen: bool = False) -> None:
        """Jump to ``instant``; with ``frozen`` the clock stays there until moved again."""
        if instant.tzinfo is None:
            raise ValueError("clock instants must carry a UTC offset")
        instant = instant.astimezone(timezone.utc)
        with self._lock:
            if frozen:
                self._frozen_at = instant
            else:
                self._frozen_at = None
                self._offset = instant - _real_now()

    def advance(self, delta: timedelta) -> None:
        """Move the clock on (frozen or running)."""
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at += delta
            else:
                self._offset += delta
