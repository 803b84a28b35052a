"""Background work for the views: a thread pool whose results come back on the UI thread.

A view calls `runner.submit(fn, on_success, on_error)`; `fn` runs on a pool thread (HTTP,
slow SQL), and the callbacks run on the UI thread through a queued signal. Widgets are
never touched from a worker.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Carrier(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], carrier: _Carrier) -> None:
        super().__init__()
        self.fn = fn
        self.carrier = carrier

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the UI's error handler
            self.carrier.failed.emit(exc)
        else:
            self.carrier.succeeded.emit(result)


class TaskRunner(QObject):
    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._live: set[_Carrier] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        carrier = _Carrier()  # lives on the UI thread; emits from the worker are queued
        self._live.add(carrier)

        def done_ok(result: Any) -> None:
            self._live.discard(carrier)
            if on_success is not None:
                on_success(result)

        def done_err(exc: Exception) -> None:
            self._live.discard(carrier)
            if on_error is not None:
                on_error(exc)
            else:
                log.warning("background task failed: %s", exc)

        carrier.succeeded.connect(done_ok)
        carrier.failed.connect(done_err)
        self.pool.start(_Job(fn, carrier))

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)
