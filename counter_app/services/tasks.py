"""Background work for the views: a thread pool whose results come back on the UI thread.

A view calls `runner.submit(fn, on_success, on_error)`; `fn` runs on a pool thread (HTTP,
slow SQL), and the callbacks run on the UI thread through a queued signal. Widgets are
never touched from a worker.

One long-lived carrier per runner delivers every job's result: the callbacks wait in a dict
keyed by job id and are popped on delivery, so nothing of a finished job stays behind (a
carrier QObject per job, connected to closures over itself, was never freed: ~95 KB per
counter transaction, issue 17).
"""
from __future__ import annotations

import itertools
import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

OnSuccess = Callable[[Any], None]
OnError = Callable[[Exception], None]


class _Carrier(QObject):
    """Lives on the UI thread; emits from the workers are queued to it."""

    delivered = Signal(int, bool, object)  # job id, succeeded, result or exception


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], carrier: _Carrier) -> None:
        super().__init__()
        self.job_id = job_id
        self.fn = fn
        self.carrier = carrier

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the UI's error handler
            ok, payload = False, exc
        else:
            ok, payload = True, result
        self.fn = None  # type: ignore[assignment]  # let go of the closure before the pool does
        self.carrier.delivered.emit(self.job_id, ok, payload)


class TaskRunner(QObject):
    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._carrier = _Carrier(self)
        self._carrier.delivered.connect(self._deliver)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[OnSuccess | None, OnError | None]] = {}

    @property
    def pending(self) -> int:
        """Jobs submitted whose callbacks have not run yet."""
        return len(self._pending)

    def submit(self, fn: Callable[[], Any], on_success: OnSuccess | None = None,
               on_error: OnError | None = None) -> None:
        job_id = next(self._ids)
        self._pending[job_id] = (on_success, on_error)
        self.pool.start(_Job(job_id, fn, self._carrier))

    def _deliver(self, job_id: int, ok: bool, payload: Any) -> None:
        on_success, on_error = self._pending.pop(job_id, (None, None))
        if ok:
            if on_success is not None:
                on_success(payload)
        elif on_error is not None:
            on_error(payload)
        else:
            log.warning("background task failed: %s", payload)

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)
