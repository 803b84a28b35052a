"""Log-in: station, user, password (and the language of the interface)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from counter_app.views.widgets import ConnectionBadge, add_rows, set_error

if TYPE_CHECKING:  # the services arrive after the window is painted (issue 17: a fast start)
    from counter_app.services.context import AppContext


class LoginDialog(QDialog):
    """Painted before the counter's services exist (`ctx` None: the start imports and opens them
    on a worker thread meanwhile); `attach` connects them. Sign-in waits for both the services
    and the centre."""

    language_chosen = Signal(str)

    def __init__(self, ctx: AppContext | None, stations: list[dict[str, Any]], language: str,
                 parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self._station_touched = False
        self.setObjectName("loginDialog")
        self.setMinimumWidth(460)

        self.title = QLabel()
        self.title.setObjectName("loginTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel()
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.station = QComboBox()
        self.set_stations(stations, None)
        self.station.activated.connect(lambda _i: setattr(self, "_station_touched", True))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(32)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(128)
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

        self.form = QFormLayout()
        self.labels = add_rows(self.form, self.station, self.username, self.password, self.language)

        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.badge = ConnectionBadge()
        # The first start waits for the (embedded) centre: a progress line, not 「无法连接」.
        self.waiting = QProgressBar()
        self.waiting.setObjectName("loginWaiting")
        self.waiting.setRange(0, 0)
        self.waiting.setTextVisible(False)
        self.waiting.setFixedHeight(6)
        self.login_button = QPushButton()
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.badge)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.waiting)
        layout.addLayout(buttons)

        self.login_button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        self._signing_in = False
        self.badge.set_online(None)
        self.retranslate()
        self._link_changed(None)
        self.username.setFocus()
        if ctx is not None:
            self.attach(ctx, stations)

    def set_stations(self, stations: list[dict[str, Any]], preferred: int | None) -> None:
        """The stations to choose from; the preferred one (the last signed in here) selected,
        unless the clerk chose one already."""
        current = self.station.currentData()
        self.station.clear()
        for st in sorted(stations, key=lambda s: s["id"]):
            self.station.addItem(st["name"], st["id"])
        chosen = current if self._station_touched else preferred
        self.station.setCurrentIndex(max(0, self.station.findData(chosen)))

    def attach(self, ctx: AppContext, stations: list[dict[str, Any]]) -> None:
        """The counter's services are ready: the last station, the link, why the last session ended."""
        self.ctx = ctx
        # A counter PC stands at one station: start from the one signed in last time.
        self.set_stations(stations, ctx.store.recall("station_id"))
        ctx.monitor.online_changed.connect(self.badge.set_online)
        ctx.monitor.online_changed.connect(self._link_changed)
        self.badge.set_online(ctx.monitor.online)
        self._link_changed(ctx.monitor.online)
        if ctx.sign_in_notice:  # why the last session ended (issue 11: signed in elsewhere)
            set_error(self.message, ctx.sign_in_notice)
            ctx.sign_in_notice = ""

    def _online(self) -> bool:
        return self.ctx is not None and self.ctx.monitor.online is True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in - Nanjing vehicle office counter"))
        self.title.setText(self.tr("Nanjing Vehicle Office Counter System"))
        self.subtitle.setText(self.tr("Sign in with your station account"))
        labels = (self.tr("Station"), self.tr("User name"), self.tr("Password"), self.tr("Language"))
        for label, text in zip(self.labels, labels):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("e.g. clerk01"))
        self.login_button.setText(self.tr("&Sign in"))
        self.badge.retranslate()
        if not self._online() and not self._signing_in:
            self.message.setText(self.tr("Waiting for the central service to start... (the first start takes a few "
                                         "seconds)"))

    def _link_changed(self, online: bool | None) -> None:
        """Sign-in needs the centre: wait for it with a progress line instead of refusing."""
        waiting = online is not True or self.ctx is None
        self.waiting.setVisible(waiting)
        if self._signing_in:
            return
        self.login_button.setEnabled(not waiting)
        if waiting:
            set_error(self.message, "")
            self.message.setText(self.tr("Waiting for the central service to start... (the first start takes a few "
                                         "seconds)"))
        elif self.message.property("error") is not True:
            self.message.clear()

    def submit(self) -> None:
        if self.ctx is None:
            return  # the button is disabled until the services are attached; Enter lands here
        from counter_app.services.context import unlock_hash

        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            set_error(self.message, self.tr("Enter the user name and the password."))
            return
        station_id = self.station.currentData()
        self._signing_in = True
        self.login_button.setEnabled(False)
        set_error(self.message, "")
        self.message.setText(self.tr("Signing in..."))
        # The unlock hash is computed with the sign-in on the worker, not on the UI thread.
        self.ctx.runner.submit(
            lambda: (self.ctx.api.login(username, password, station_id), unlock_hash(password)),
            lambda answer: self._signed_in(answer, password),
            self._failed,
        )

    def _signed_in(self, answer, password: str) -> None:  # noqa: ANN001
        info, password_hash = answer
        self._signing_in = False
        self.ctx.signed_in(info, password, password_hash)
        store, station_id = self.ctx.store, info.station["id"]
        # A durable write (fsync): on the worker, not on the UI thread at sign-in.
        self.ctx.runner.submit(lambda: store.remember("station_id", station_id))
        self.password.clear()
        self.login_button.setEnabled(True)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._signing_in = False
        from counter_app.services.api_client import ApiError
        from counter_app.views.centre_messages import centre_message  # with the domain's checks: not at start

        self.login_button.setEnabled(self._online())
        message = centre_message(exc) if isinstance(exc, ApiError) else self.tr("Sign-in failed: unexpected error.")
        set_error(self.message, message)
        self.password.clear()
        self.password.setFocus()
