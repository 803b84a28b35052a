"""The idle lock's watcher (issue 17): input keeps the window unlocked, the lock comes no sooner
than the idle time after the last key, and the application-wide filter steps aside once it has
seen input in a check interval (so a page built after a key press pays nothing for it)."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from counter_app.views.idle_lock import IdleWatcher

IDLE = 1.0  # seconds; the watcher checks every IDLE / 4


class _Count(QObject):
    """Counts the events the application delivers while installed (to compare with the watcher)."""

    def __init__(self) -> None:
        super().__init__()
        self.events = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        self.events += 1
        return False


def test_typing_keeps_it_unlocked_and_the_lock_never_comes_early(qtbot):  # noqa: ANN001
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    locked_at: list[float] = []
    watcher = IdleWatcher(IDLE)
    watcher.idle.connect(lambda: locked_at.append(time.monotonic()))
    try:
        last_key = time.monotonic()
        for _ in range(8):  # 8 keys 0.3 s apart: never IDLE without input
            qtbot.keyClick(field, Qt.Key.Key_A)
            last_key = time.monotonic()
            qtbot.wait(300)
        assert locked_at == [], "locked while the clerk was typing"
        qtbot.waitUntil(lambda: bool(locked_at), timeout=5000)
        assert locked_at[0] - last_key >= IDLE, "locked sooner than the idle time after the last key"
    finally:
        watcher.stop()


def test_the_filter_steps_aside_after_the_first_key_of_an_interval(qtbot):  # noqa: ANN001
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = IdleWatcher(4.0)  # checks every second; it starts watching at the first check
    seen_by_application = _Count()
    calls = 0
    original = watcher.eventFilter

    def counted(watched: QObject, event: QEvent) -> bool:
        nonlocal calls
        calls += 1
        return original(watched, event)

    watcher.eventFilter = counted  # type: ignore[method-assign]
    try:
        qtbot.wait(1150)  # past the first check: watching now, until the next one at 2 s
        QApplication.instance().installEventFilter(seen_by_application)
        qtbot.keyClick(field, Qt.Key.Key_A)  # the first input of the interval
        assert calls >= 1, "the watcher was not watching after its first check"
        before = calls
        for _ in range(20):
            qtbot.keyClick(field, Qt.Key.Key_B)
        assert seen_by_application.events > 40, "the application did deliver events meanwhile"
        assert calls == before, "the watcher kept filtering every event after it had seen input"
    finally:
        QApplication.instance().removeEventFilter(seen_by_application)
        watcher.stop()
