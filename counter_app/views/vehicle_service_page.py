"""What the pages of the article's other services share (issue 15): the search line, a message
line, writes through the outbox with their outcome, and printing a form through the preview."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from counter_app.domain.refused import Refused
from counter_app.services.api_client import ApiError, OfflineError
from counter_app.services.context import AppContext
from counter_app.services.exams import Clerk, print_pdf
from counter_app.services.printing import FormSpec
from counter_app.services.sync import Write
from counter_app.views.centre_messages import centre_message
from counter_app.views.print_preview import show_preview
from counter_app.views.widgets import set_error

log = logging.getLogger(__name__)
GREEN, RED = "#2e7d32", "#c62828"


class VehicleServicePage(QWidget):
    """A heading, one search box (plate, VIN or ID number), a message line; subclasses add the rest."""

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.login is not None
        self.ctx = ctx
        self.setObjectName(name)
        self.last_pdf: bytes | None = None
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.find_button = QPushButton()
        self.find_button.setObjectName(f"{name}Find")
        self.message = QLabel()
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(True)
        self.search_row = QHBoxLayout()
        self.search_row.addWidget(self.search, 1)
        self.search_row.addWidget(self.find_button)
        self.search.returnPressed.connect(self.find_button.click)
        self.find_button.clicked.connect(self.run_search)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text again (a subclass fills it in)."""

    # --- reading from the centre -----------------------------------------------------------------
    def fetch(self) -> Any:
        """The centre's answer for the text in the search box (runs off the UI thread)."""
        raise NotImplementedError

    def show_result(self, result: Any) -> None:
        raise NotImplementedError

    def run_search(self) -> None:
        if not self.search.text().strip():
            return
        set_error(self.message, "")
        self.message.setText(self.tr("Asking the central service..."))
        self.find_button.setEnabled(False)

        def ok(result: Any) -> None:
            self.find_button.setEnabled(True)
            self.message.setText("")
            self.show_result(result)

        def bad(exc: Exception) -> None:
            self.find_button.setEnabled(True)
            self.show_result(None)
            self.failed(exc)

        self.ctx.runner.submit(self.fetch, ok, bad)

    def refresh(self) -> None:
        """Ask again for what is shown (after a write changed it)."""
        if self.search.text().strip():
            self.ctx.runner.submit(self.fetch, self.show_result, self.failed)

    def failed(self, exc: Exception, where: QLabel | None = None) -> None:
        where = where or self.message
        if isinstance(exc, OfflineError):
            set_error(where, self.tr("The central service cannot be reached: these records are only kept there. "
                                     "Try again when the connection is back."))
        elif isinstance(exc, (ApiError, Refused)):
            set_error(where, centre_message(exc))
        else:
            log.exception("vehicle service request failed", exc_info=exc)
            set_error(where, self.tr("Unexpected error: {0}").format(exc))

    # --- writing -----------------------------------------------------------------------------------
    def submit(self, make: Callable[[], Write], result: QLabel, done: Callable[[Any], None]) -> None:
        """Build the write (its input checked by the pure rules), then hand it to the outbox."""
        try:
            write = make()
        except Refused as exc:
            set_error(result, centre_message(exc))
            return
        set_error(result, "")
        self.ctx.writes.submit(write, lambda outcome, payload: self._outcome(outcome, payload, result, done))

    def _outcome(self, outcome: str, payload: Any, result: QLabel, done: Callable[[Any], None]) -> None:
        if outcome == "queued":
            result.setText(self.tr("Saved on this PC; sending to the centre..."))
        elif outcome == "sent":
            result.setText("")
            done(payload)
        elif outcome == "pending":
            result.setText(self.tr("The centre cannot be reached now: this waits in the outbox (待同步) and is sent "
                                   "when the link returns; its outcome shows under Sync status."))
        else:  # refused, unavailable, error
            self.failed(payload, result)

    # --- printing ----------------------------------------------------------------------------------
    def clerk(self) -> Clerk:
        assert self.ctx.login is not None
        return Clerk.of(self.ctx.login, self.ctx.clock.now())

    def print_form(self, spec: FormSpec, title: str, file_name: str) -> None:
        self.ctx.runner.submit(lambda: print_pdf(spec), lambda pdf: self._preview(pdf, title, file_name),
                               self.failed)

    def _preview(self, pdf: bytes, title: str, file_name: str) -> None:
        self.last_pdf = pdf
        self.preview = show_preview(self, pdf, title, file_name, history=self.ctx.prints, now=self.ctx.clock.now())
