"""Parts the exam booking and cancellation pages share: the candidate lookup, tables, printing."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from counter_app.domain.identity import FieldError, validate_id_number, validate_mobile
from counter_app.domain.timefmt import local
from counter_app.services.api_client import ApiError, OfflineError
from counter_app.services.context import AppContext
from counter_app.services.exams import Clerk, ExamDesk
from counter_app.views.centre_messages import centre_message
from counter_app.views.customer import Lookup, MessageLine, chain_tab_order, scanner_field, set_shown
from counter_app.views.names import field_message
from counter_app.views.print_preview import show_preview
from counter_app.views.record_table import RecordTableModel
from counter_app.views.widgets import set_error

GREEN, RED = "#2e7d32", "#c62828"


def selected(view: QTableView, model: RecordTableModel) -> dict[str, Any] | None:
    rows = view.selectionModel().selectedRows()
    return model.record(rows[0].row()) if rows else None


class CandidateLookup(QWidget):
    """ID number (and, for a phone operator, the caller's mobile) with a search button."""

    def __init__(self, phone: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phone = phone
        self.id_label = QLabel()
        self.id_number = scanner_field(QLineEdit())
        self.id_number.setObjectName("examIdNumber")
        self.id_number.setMaxLength(18)
        self.id_number.setMinimumWidth(220)
        self.mobile_label = QLabel()
        self.mobile = QLineEdit()
        self.mobile.setObjectName("examCallerMobile")
        self.mobile.setMaxLength(11)
        self.mobile.setMaximumWidth(160)
        self.find_button = QPushButton()
        self.find_button.setObjectName("examFindButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.id_label)
        row.addWidget(self.id_number)
        row.addSpacing(12)
        row.addWidget(self.mobile_label)
        row.addWidget(self.mobile)
        row.addWidget(self.find_button)
        row.addStretch(1)
        set_shown(self.mobile_label, phone)
        set_shown(self.mobile, phone)
        self.id_label.setBuddy(self.id_number)
        self.mobile_label.setBuddy(self.mobile)
        chain_tab_order(self.id_number, self.mobile, self.find_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.id_label.setText(self.tr("&ID number"))
        self.mobile_label.setText(self.tr("Caller's &mobile"))
        self.mobile.setPlaceholderText(self.tr("as the caller states it"))
        self.find_button.setText(self.tr("&Find"))

    def values(self, today: date) -> tuple[str, str | None] | str:
        """(id number, mobile) or the problem to show, checked as the centre will check them."""
        try:
            id_number = validate_id_number(self.id_number.text(), today)
        except FieldError as exc:
            return field_message(exc)
        if not self.phone:
            return id_number, None
        if not self.mobile.text().strip():
            return self.tr("Ask the caller for the registered mobile number (11 digits).")
        try:
            return id_number, validate_mobile(self.mobile.text())
        except FieldError as exc:
            return field_message(exc)


class ExamPage(QWidget):
    """A page of the exam workflow: the desk, the centre's clock, a message line, printing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.login is not None
        self.ctx = ctx
        self.desk = ExamDesk(ctx.api)
        self.phone = ctx.login.role == "phone_operator"
        self.last_pdf: bytes | None = None
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.message = MessageLine()
        self.message.setObjectName("examMessage")
        self.message.setWordWrap(True)
        self.lookup = CandidateLookup(self.phone)
        self.lookup_values: tuple[str, str | None] | None = None
        self.busy = Lookup(ctx, self, self.lookup.find_button)
        self.busy.on_click(self.find)
        self.busy.cancelled.connect(lambda: self.message.setText(self.tr("Lookup cancelled.")))
        # Enter in the ID field finds (the phone desk's ID field moves on to the mobile first).
        self.lookup.id_number.returnPressed.connect(
            self.lookup.mobile.setFocus if self.phone else self.find)
        self.lookup.mobile.returnPressed.connect(self.find)

    def find(self) -> None:
        """Look the candidate up (a subclass says what to fetch and show)."""

    def first_field(self) -> QWidget:
        return self.lookup.id_number

    def clear_person(self) -> None:
        """Forget everything shown of the previous person (a subclass clears its tables)."""
        self.lookup_values = None

    def next_customer(self) -> None:
        """下一位: the page as it was before the first customer."""
        self.busy.forget()
        self.lookup.id_number.clear()
        self.lookup.mobile.clear()
        set_error(self.message, "")
        self.clear_person()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text again (a subclass fills it in)."""

    def today(self) -> date:
        return local(self.ctx.clock.now()).date()

    def look_up(self, fetch: Callable[[str, str | None], Any], shown: Callable[[Any], None],
                failed: Callable[[Exception], None]) -> None:
        """Check the lookup fields, then fetch from the centre off the UI thread."""
        values = self.lookup.values(self.today())
        if isinstance(values, str):
            self.clear_person()  # nothing of the previous person stays beside a wrong number
            set_error(self.message, values)
            return
        id_number, mobile = values
        if self.lookup_values is None or self.lookup_values[0] != id_number:
            self.clear_person()  # someone else: clear before the answer arrives
        set_error(self.message, "")
        self.message.setText(self.tr("Looking up... (Esc cancels)"))

        def ok(result: Any) -> None:
            self.message.clear()
            self.lookup_values = values
            shown(result)

        self.busy.run(lambda: fetch(id_number, mobile), ok, failed)

    def _clerk(self, queue_ticket: str = "") -> Clerk:
        """Who prints, where, when, and for which queue ticket."""
        assert self.ctx.login is not None
        return Clerk.of(self.ctx.login, self.ctx.clock.now(), queue_ticket)

    def _write_outcome(self, outcome: str, payload: Any, result: QLabel, done: Callable[[Any], None],
                       settled: Callable[[], None]) -> None:
        """What a booking or cancellation write reports back from the outbox and the centre."""
        if outcome == "queued":
            result.setText(self.tr("Saved on this PC; sending to the centre..."))
            return
        if outcome == "sent":
            done(payload)
        elif outcome == "pending":
            result.setText(self.tr(
                "The centre cannot be reached now: the request waits in the outbox (待同步) and is sent when the "
                "link returns; its outcome shows under Sync status."))
        else:  # refused, unavailable (offline before queueing), error
            result.clear()
            self._failed(payload)
        settled()

    def _preview(self, pdf: bytes, title: str, name: str) -> None:
        self.last_pdf = pdf
        show_preview(self, pdf, title, name, history=self.ctx.prints, now=self.ctx.clock.now())

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, OfflineError):
            message = self.tr("The central service cannot be reached now; try again when the link is back.")
        else:
            message = centre_message(exc) if isinstance(exc, ApiError) else self.tr("Unexpected error: {0}").format(exc)
        set_error(self.message, message)
