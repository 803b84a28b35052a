"""Watches the link to the centre off the UI thread and says when it changes.

The probe is one long-lived job started again on every tick (no QRunnable, closure or
callback entry per tick): an idle counter probes every 1.5 s all day.
"""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QTimer, Signal

from counter_app.services.api_client import ApiClient
from counter_app.services.tasks import TaskRunner

log = logging.getLogger(__name__)


class _ProbeSignals(QObject):
    answered = Signal(object)  # the health body
    failed = Signal(object)  # the exception


class _ProbeJob(QRunnable):
    """Reused for every probe (autoDelete off): the pool never owns or frees it."""

    def __init__(self, api: ApiClient, timeout: float, signals: _ProbeSignals) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.api = api
        self.timeout = timeout
        self.signals = signals

    def run(self) -> None:
        try:
            body = self.api.health(self.timeout)
        except Exception as exc:  # noqa: BLE001 - any failure means "not reachable now"
            self.signals.failed.emit(exc)
        else:
            self.signals.answered.emit(body)


class ConnectivityMonitor(QObject):
    online_changed = Signal(bool)
    server_time = Signal(object)  # datetime of the centre's clock at the last probe

    def __init__(self, api: ApiClient, runner: TaskRunner, *, interval_ms: int = 1500,
                 timeout: float = 1.5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.runner = runner
        self.timeout = timeout
        self.online: bool | None = None  # unknown until the first probe answers
        self._in_flight = False
        self._signals = _ProbeSignals(self)
        self._signals.answered.connect(self._ok)
        self._signals.failed.connect(self._failed)
        self._job = _ProbeJob(api, timeout, self._signals)
        self._timeouts = 0  # probes in a row that timed out
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.probe)

    def start(self) -> None:
        self._timer.start()
        self.probe()

    def stop(self) -> None:
        self._timer.stop()

    def probe(self) -> None:
        if self._in_flight:
            return
        self._in_flight = True
        self.runner.pool.start(self._job)

    def _ok(self, body: dict[str, Any]) -> None:
        self._in_flight = False
        self._timeouts = 0
        self.server_time.emit(datetime.fromisoformat(body["time"]))
        self._set(True)

    def _failed(self, exc: Exception) -> None:
        """A refused connection means down at once; a probe that timed out may be a busy machine,
        so two in a row are needed, the second sent at once rather than at the next tick: a frozen
        centre is called offline at most one interval and two probe timeouts after it froze
        (4.5 s with the defaults), so a lookup waiting on it ends before its own 5 s read timeout."""
        self._in_flight = False
        timed_out = getattr(exc, "detail", "") == "timeout"
        self._timeouts = self._timeouts + 1 if timed_out else 0
        if not timed_out or self._timeouts >= 2:
            self._set(False)
        elif self._timer.isActive():
            self.probe()

    def _set(self, online: bool) -> None:
        self.api.known_offline = not online  # requests fail at once while the centre is known down
        if online != self.online:
            log.info("central API is now %s", "online" if online else "offline")
            self.online = online
            self.online_changed.emit(online)
