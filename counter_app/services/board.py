"""The live board (issue 12): this PC's heartbeat to the centre, and the supervisors' board.

Every signed-in counter reports, every half minute and whenever its outbox moves, who is signed
in here and how many writes wait in its outbox (pending, and refused ones waiting for the clerk).
The report runs on a worker; one at a time (a slow link never piles them up); a failed one is
simply the next one's job. The PC's id is a random UUID kept in its local store.
"""
from __future__ import annotations

import logging
import socket
import uuid
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from counter_app import __version__
from counter_app.services.api_client import ApiClient, ApiError
from counter_app.services.local_store import REFUSED, LocalStore
from counter_app.services.tasks import TaskRunner

log = logging.getLogger(__name__)


def device_id(store: LocalStore) -> str:
    """This PC's id on the board (made once, kept in the local store)."""
    known = store.recall("device_id")
    if known:
        return str(known)
    made = str(uuid.uuid4())
    store.remember("device_id", made)
    return made


def fetch_board(api: ApiClient) -> dict[str, Any]:
    return api.get("/board")


class Heartbeat(QObject):
    """Reports this PC to the centre while someone is signed in (start at sign-in, stop at sign-out)."""

    reported = Signal(bool)  # whether the last report reached the centre

    def __init__(self, api: ApiClient, store: LocalStore, runner: TaskRunner, *, interval_ms: int = 30000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.store = store
        self.runner = runner
        self.hostname = socket.gethostname()[:64] or "counter"
        self._device_id: str | None = None
        self._in_flight = False
        self._again = False
        self.sent = 0  # reports the centre accepted (for the diagnostics and tests)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.beat)

    def start(self) -> None:
        self._timer.start()
        self.beat()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def beat(self) -> None:
        """Report now (on a worker); a beat asked for while one runs follows it."""
        if not self.active:
            return
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        self.runner.submit(self._send, self._done, self._failed)

    def _send(self) -> dict[str, Any]:
        if self._device_id is None:
            self._device_id = device_id(self.store)
        body = {"hostname": self.hostname, "version": __version__, "pending_writes": self.store.pending_count(),
                "refused_writes": self.store.count(REFUSED)}
        # A PUT: a repeat only refreshes the same row; no key, no retry (the next beat is the retry).
        return self.api.request("PUT", f"/counters/{self._device_id}/heartbeat", json=body, retry=False)

    def _done(self, _answer: Any) -> None:
        self.sent += 1
        self._finish(True)

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, ApiError):
            log.warning("heartbeat failed: %s", exc)
        self._finish(False)

    def _finish(self, ok: bool) -> None:
        self._in_flight = False
        self.reported.emit(ok)
        if self._again:
            self._again = False
            self.beat()
