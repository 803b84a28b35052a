"""What the pages of the article's other services share (issue 15): the search line, a message
line, writes through the outbox with their outcome, and printing a form through the preview."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from counter_app.domain.refused import Refused
from counter_app.services.context import AppContext
from counter_app.services.exams import Clerk, print_pdf
from counter_app.services.printing import FormSpec
from counter_app.services.sync import Write
from counter_app.views.centre_messages import centre_message
from counter_app.views.customer import CounterPage
from counter_app.views.print_preview import show_preview
from counter_app.views.widgets import named_button, set_error

GREEN, RED = "#2e7d32", "#c62828"
HOOKS = ("fetch", "show_result", "retranslate")


class VehicleServicePage(CounterPage):
    """A heading, one search box (plate, VIN or ID number), a message line; subclasses add the rest.

    A subclass must define `fetch`, `show_result` and `retranslate` (checked when it is defined).
    One customer at a time: a new search clears what the previous one showed before the answer
    arrives (`show_result(None)`), and 下一位 empties the page.
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        missing = [hook for hook in HOOKS if getattr(cls, hook) is getattr(VehicleServicePage, hook)]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, name, f"{name}Message", parent, message=QLabel())
        self.last_pdf: bytes | None = None
        self._asked = 0  # the newest question to the centre: older answers are dropped
        self.searched = ""  # the search text of the answer shown
        self.shown: Any = None  # the answer shown (shown again in a new language)
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.find_button = named_button(f"{name}Find")
        self.search_row = QHBoxLayout()
        self.search_row.addWidget(self.search, 1)
        self.search_row.addWidget(self.find_button)
        self.search.returnPressed.connect(self.find_button.click)
        self.find_button.clicked.connect(self.run_search)

    def first_field(self) -> QWidget:
        return self.search

    def next_customer(self) -> None:
        """下一位: the page as it was before the first customer (an answer on its way is dropped)."""
        self._asked += 1
        self.searched = ""
        self.search.clear()
        self.find_button.setEnabled(True)
        set_error(self.message, "")
        self._show(None)

    # --- reading from the centre -----------------------------------------------------------------
    def fetch(self, text: str) -> Any:
        """The centre's answer for the search text (runs off the UI thread: the text is read before)."""

    def show_result(self, result: Any) -> None:
        """Show the answer; None empties the page (no result, or a new search under way)."""

    def _show(self, result: Any) -> None:
        self.shown = result
        self.show_result(result)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)  # the page's own texts (retranslate)
        if event.type() == QEvent.Type.LanguageChange and self.shown is not None:
            self.show_result(self.shown)  # the same answer in the new language

    def run_search(self) -> None:
        if not self.search.text().strip():
            return
        self._show(None)  # nothing of the previous customer stays armed while this one is looked up
        set_error(self.message, "")
        self.message.setText(self.tr("Asking the central service..."))
        self.find_button.setEnabled(False)
        self._asked += 1
        asked, text = self._asked, self.search.text()

        def ok(result: Any) -> None:
            if asked != self._asked:
                return  # 下一位 came meanwhile
            self.find_button.setEnabled(True)
            self.message.setText("")
            self.searched = text
            self._show(result)

        def bad(exc: Exception) -> None:
            if asked != self._asked:
                return
            self.find_button.setEnabled(True)
            self._show(None)
            self.failed(exc)

        self.ctx.runner.submit(lambda: self.fetch(text), ok, bad)

    def refresh(self) -> None:
        """Ask again for what is shown (after a write changed it); dropped if the clerk moved on."""
        if not self.searched.strip():
            return
        asked, text = self._asked, self.searched

        def ok(result: Any) -> None:
            if asked == self._asked:
                self._show(result)

        def bad(exc: Exception) -> None:
            if asked == self._asked:
                self.failed(exc)

        self.ctx.runner.submit(lambda: self.fetch(text), ok, bad)

    def failed(self, exc: Exception, where: QLabel | None = None) -> None:
        set_error(where or self.message, self.failure_text(exc, self.tr(
            "The central service cannot be reached: these records are only kept there. "
            "Try again when the connection is back.")))

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
