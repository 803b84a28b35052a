"""打印: reprint what this counter printed since sign-in, and the clerk's end-of-day summary."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.domain.timefmt import format_local, local
from counter_app.services import daily_summary
from counter_app.services.api_client import ApiError, OfflineError
from counter_app.services.context import AppContext
from counter_app.services.printing import render_pdf
from counter_app.views.centre_messages import centre_message
from counter_app.views.print_preview import PrintPreviewDialog, show_preview
from counter_app.views.customer import keyboard_table
from counter_app.views.widgets import DictTableModel, make_table, set_error


class PrintingPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_preview: PrintPreviewDialog | None = None
        heading = QLabel(self.tr("Printing"))
        heading.setObjectName("pageHeading")

        history_box = QGroupBox(self.tr("Printed since sign-in"))
        self.history = DictTableModel([
            (self.tr("Printed at"), lambda d: format_local(d.printed_at, seconds=True)),
            (self.tr("Document"), lambda d: d.title),
            (self.tr("File"), lambda d: d.file_name),
        ], parent=self)
        self.history_view = keyboard_table(make_table(self.history, "printHistory"))
        self.reprint_button = QPushButton(self.tr("Print &again"))
        self.reprint_button.setAutoDefault(True)
        self.reprint_button.setObjectName("reprintButton")
        history_buttons = QHBoxLayout()
        history_buttons.addStretch(1)
        history_buttons.addWidget(self.reprint_button)
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_view, 1)
        history_layout.addLayout(history_buttons)

        summary_box = QGroupBox(self.tr("End-of-day summary"))
        self.day = QDateEdit()
        self.day.setObjectName("summaryDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = local(ctx.clock.now()).date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.summary_button = QPushButton(self.tr("Print my &summary"))
        self.summary_button.setAutoDefault(True)
        self.last_report: dict | None = None
        self.summary_button.setObjectName("summaryButton")
        self.summary_note = QLabel(self.tr(
            "The business this account did on the day, from the centre's audit trail, for signature."))
        self.summary_note.setWordWrap(True)
        summary_row = QHBoxLayout()
        summary_row.addWidget(QLabel(self.tr("Day")))
        summary_row.addWidget(self.day)
        summary_row.addWidget(self.summary_button)
        summary_row.addStretch(1)
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.summary_note)
        summary_layout.addLayout(summary_row)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(history_box, 1)
        layout.addWidget(summary_box)
        layout.addWidget(self.message)

        ctx.prints.changed.connect(lambda: self.history.set_rows(ctx.prints.documents))
        self.history.set_rows(ctx.prints.documents)
        self.reprint_button.clicked.connect(self.reprint)
        self.history_view.doubleClicked.connect(lambda _index: self.reprint())
        self.summary_button.clicked.connect(self.print_summary)

    def first_field(self) -> QWidget:
        return self.history_view

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        """The summary's day is today in Nanjing by the centre's clock (the client's follows it)."""
        super().showEvent(event)
        today = local(self.ctx.clock.now()).date()
        if not self.day.hasFocus():
            self.day.setDate(QDate(today.year, today.month, today.day))

    def reprint(self) -> None:
        rows = self.history_view.selectionModel().selectedRows()
        if not rows:
            set_error(self.message, self.tr("Select a document first."))
            return
        document = self.history.row(rows[0].row())
        set_error(self.message, "")
        self.last_preview = show_preview(self, document.pdf, document.title, document.file_name)

    def print_summary(self) -> None:
        qdate = self.day.date()
        day = date(qdate.year(), qdate.month(), qdate.day())
        now = self.ctx.clock.now()
        self.summary_button.setEnabled(False)
        set_error(self.message, "")

        def work() -> tuple[dict, bytes]:
            report = daily_summary.fetch(self.ctx.api, day)
            return report, render_pdf(daily_summary.summary_form(report, printed_at=now))

        def shown(answer: tuple[dict, bytes]) -> None:
            self.last_report, pdf = answer
            self.summary_button.setEnabled(True)
            self.last_preview = show_preview(self, pdf, self.tr("End-of-day summary"), f"summary-{day}.pdf",
                                             history=self.ctx.prints, now=now)

        def failed(exc: Exception) -> None:
            self.summary_button.setEnabled(True)
            if isinstance(exc, OfflineError):
                set_error(self.message, self.tr("The summary is made from the centre's records: it needs the link."))
            else:
                set_error(self.message, centre_message(exc) if isinstance(exc, ApiError) else str(exc))

        self.ctx.runner.submit(work, shown, failed)
