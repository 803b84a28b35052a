"""Parts the exam booking and cancellation pages share: the candidate lookup, tables, printing."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from counter_app.services.api_client import ApiError
from counter_app.services.context import AppContext
from counter_app.services.exams import Clerk, ExamDesk
from counter_app.views.print_preview import show_preview
from counter_app.views.record_table import RecordTableModel
from counter_app.views.widgets import set_error

ID_NUMBER = re.compile(r"^\d{17}[\dXx]$")
MOBILE = re.compile(r"^1[3-9]\d{9}$")
GREEN, RED = "#2e7d32", "#c62828"


def make_table(model: RecordTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def fit_columns(view: QTableView, padding: int = 28) -> None:
    """Size the columns to their contents, with room for the theme's bold capitalised headers."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        view.setColumnWidth(column, view.columnWidth(column) + padding)


def selected(view: QTableView, model: RecordTableModel) -> dict[str, Any] | None:
    rows = view.selectionModel().selectedRows()
    return model.record(rows[0].row()) if rows else None


class CandidateLookup(QWidget):
    """ID number (and, for a phone operator, the caller's mobile) with a search button."""

    def __init__(self, phone: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phone = phone
        self.id_label = QLabel()
        self.id_number = QLineEdit()
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
        self.mobile_label.setVisible(phone)
        self.mobile.setVisible(phone)
        self.id_number.returnPressed.connect(self.find_button.click)
        self.mobile.returnPressed.connect(self.find_button.click)
        self.retranslate()

    def retranslate(self) -> None:
        self.id_label.setText(self.tr("ID number"))
        self.mobile_label.setText(self.tr("Caller's mobile"))
        self.mobile.setPlaceholderText(self.tr("as the caller states it"))
        self.find_button.setText(self.tr("Find"))

    def values(self) -> tuple[str, str | None] | str:
        """(id number, mobile) or the problem to show."""
        id_number = self.id_number.text().strip().upper()
        mobile = self.mobile.text().strip() or None
        if not ID_NUMBER.match(id_number):
            return self.tr("Enter the 18-character ID number.")
        if self.phone and not (mobile and MOBILE.match(mobile)):
            return self.tr("Ask the caller for the registered mobile number (11 digits).")
        return id_number, mobile if self.phone else None


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
        self.message = QLabel()
        self.message.setObjectName("examMessage")
        self.message.setWordWrap(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text again (a subclass fills it in)."""

    def _clerk(self) -> Clerk:
        """Who prints, where, and when."""
        assert self.ctx.login is not None
        return Clerk.of(self.ctx.login, self.ctx.clock.now())

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
        show_preview(self, pdf, title, name)

    def _failed(self, exc: Exception) -> None:
        message = exc.message if isinstance(exc, ApiError) else self.tr("Unexpected error: {0}").format(exc)
        set_error(self.message, message)
