"""First start: the centre's address for this PC, checked before it is saved."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.services import station_setup
from counter_app.services.station_setup import AddressError
from counter_app.services.tasks import TaskRunner
from counter_app.views.widgets import add_rows, set_error


class StationSetupDialog(QDialog):
    """Asks for the address, checks it in the background (form, then a centre answering
    /health) and saves it for this user; the PC enrols at that centre at its first sign-in."""

    def __init__(self, initial: str = "", message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationSetupDialog")
        self.setMinimumWidth(560)
        self.address: str | None = None
        self.runner = TaskRunner(max_threads=1, parent=self)
        self.setWindowTitle(self.tr("Set up this counter PC"))
        heading = QLabel(self.tr("Connect this PC to the central service"))
        heading.setObjectName("loginTitle")
        explain = QLabel(self.tr(
            "Enter the address of the central service given by the IT department (e.g. "
            "https://centre.example:8443). It is checked before it is saved; the installer may "
            "also have written it for all users of this PC."))
        explain.setWordWrap(True)
        self.url = QLineEdit(initial)
        self.url.setObjectName("centreAddress")
        self.url.setPlaceholderText("https://")
        self.url.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        form = QFormLayout()
        add_rows(form, self.url)[0].setText(self.tr("Central service address"))
        self.message = QLabel()
        self.message.setObjectName("setupMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = self.buttons.addButton(self.tr("Check and save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.check_button.setObjectName("checkAddress")
        self.check_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        if message:
            set_error(self.message, message)

    def check(self) -> None:
        text = self.url.text()
        try:
            station_setup.normalise_address(text)
        except AddressError as exc:
            set_error(self.message, exc.message)
            return
        set_error(self.message, "")
        self.message.setText(self.tr("Checking the address..."))
        self.check_button.setEnabled(False)
        self.runner.submit(lambda: station_setup.check_address(text), self._checked, self._refused)

    def _checked(self, address: str) -> None:
        self.check_button.setEnabled(True)
        # The PC enrols at this centre at its first sign-in (the sign-in dialog shows the code).
        station_setup.save_api_url(address)
        self.address = address
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.check_button.setEnabled(True)
        set_error(self.message, exc.message if isinstance(exc, AddressError)
                  else self.tr("Unexpected error: {0}").format(exc))

    def done(self, result: int) -> None:  # noqa: D102 - wait for a running check before closing
        self.runner.wait(10000)
        super().done(result)
