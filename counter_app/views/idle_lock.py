"""Idle lock: after the idle time the window hides its work until the password is given again."""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from counter_app.services.context import AppContext
from counter_app.views.widgets import set_error

_ACTIVITY = {
    QEvent.Type.ShortcutOverride,  # comes before the KeyPress; an F-key's page is built during it
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    """Notices input and says when the clerk went idle: never before `idle_seconds` without
    input, at most one check interval after.

    An application-wide Python event filter runs for every event of every widget (~5 µs each:
    some 30 ms of a page's first build, issue 17). So the filter watches only until it sees the
    first input after a check, then steps aside; the next check counts that interval as active
    up to its end and watches again. It starts stepped aside: the window was just opened."""

    idle = Signal()

    def __init__(self, idle_seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self.last_activity = time.monotonic()
        self.armed = True
        self._seen = True  # the window was just opened
        self._watching = False
        self._timer = QTimer(self)
        self._timer.setInterval(int(min(5.0, max(0.2, idle_seconds / 4)) * 1000))
        self._timer.timeout.connect(self._check)
        self._timer.start()
        # Not watching until the first check: the window that creates the watcher has just been
        # opened by the clerk, which is activity; and its first page builds meanwhile (a Python
        # filter during a build also makes PySide create ~130 enum types at once: ~55 ms).

    def _watch(self) -> None:
        if not self._watching:
            QCoreApplication.instance().installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        """No more watching (the window closes)."""
        self._timer.stop()
        if self._watching:
            QCoreApplication.instance().removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY:
            self._seen = True
            # Qt allows removing a filter from within its own eventFilter().
            QCoreApplication.instance().removeEventFilter(self)
            self._watching = False
        return False

    def rearm(self) -> None:
        self.last_activity = time.monotonic()
        self.armed = True

    def _check(self) -> None:
        now = time.monotonic()
        if self._seen:  # input somewhere in the interval just ended: count it as at its end
            self.last_activity = now
            self._seen = False
        self._watch()
        if self.armed and now - self.last_activity >= self.idle_seconds:
            self.armed = False
            self.idle.emit()


class LockPanel(QWidget):
    """Shown in place of the work while the window is locked."""

    unlocked = Signal()
    sign_out = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lockPanel")
        self.heading = QLabel()
        self.heading.setObjectName("lockHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel()
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.sign_out_button = QPushButton()

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        out_row = QHBoxLayout()
        out_row.addStretch(1)
        out_row.addWidget(self.sign_out_button)
        out_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.who)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(out_row)
        layout.addStretch(3)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The window is locked"))
        login = self.ctx.login
        self.who.setText(self.tr("Signed in as {0}. Enter the password to continue.").format(
            f"{login.display_name}（{login.username}）" if login else ""))
        self.password.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.sign_out_button.setText(self.tr("Sign out"))

    def prepare(self) -> None:
        self.retranslate()
        set_error(self.message, "")
        self.password.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        if self.ctx.check_unlock_password(self.password.text()):
            self.password.clear()
            self.unlocked.emit()
        else:
            set_error(self.message, self.tr("Wrong password."))
            self.password.clear()
