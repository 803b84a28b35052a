"""How long the UI thread went without turning its event loop (the clerk's "frozen window").

A QTimer ticks every few milliseconds; the longest gap between two ticks, less the interval,
is the longest stall while the meter ran. Used by the view tests and benchmarks/client.py to
print what the clerk would feel; it never asserts a time itself.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer


class StallMeter(QObject):
    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest_ms = 0.0

    def start(self) -> StallMeter:
        self.longest_ms = 0.0
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def stop(self) -> float:
        """Stop and return the longest stall in ms (the gap up to now counts too)."""
        self._tick()
        self._timer.stop()
        return self.longest_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000 - self.interval_ms
        if gap > self.longest_ms:
            self.longest_ms = gap
        self._last = now
