"""取消预约: find the candidate's bookings, cancel one with the reason, print the receipt.

Before the booking deadline any channel cancels. After it only a window of a station that
may cancel late, with the candidate's ID checked (the clerk ticks it; the centre audits it),
up to the last working day before the exam. The centre decides; the page explains.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.services.context import AppContext
from counter_app.services.exams import STATUS_NAMES, cancel_write, cancellation_receipt, print_pdf, when
from counter_app.views.customer import chain_tab_order, keyboard_table, set_shown
from counter_app.views.names import service_name, subject_name
from counter_app.views.exam_widgets import GREEN, ExamPage, selected
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.widgets import make_table, set_error

OPEN = ("requested", "allocated")


class ExamCancelPage(ExamPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.last_cancelled: dict[str, Any] | None = None
        self.cancelled_for: str | None = None  # the ID number the last cancellation was made for
        self.cancelled_ticket = ""

        self.bookings = RecordTableModel(self._columns(), parent=self)
        self.bookings_view = keyboard_table(make_table(self.bookings, "examBookings"))
        self.bookings_box = QGroupBox()
        box = QVBoxLayout(self.bookings_box)
        box.addWidget(self.bookings_view)

        self.reason_self = QRadioButton()
        self.reason_self.setObjectName("cancelReasonSelf")
        self.reason_self.setChecked(True)
        self.reason_other = QRadioButton()
        self.reason_other.setObjectName("cancelReasonNotSelf")
        self.reasons = QButtonGroup(self)
        self.reasons.addButton(self.reason_self)
        self.reasons.addButton(self.reason_other)
        self.id_checked = QCheckBox()
        self.id_checked.setObjectName("cancelIdChecked")
        set_shown(self.id_checked, not self.phone)  # the hotline never sees an ID card
        self.rule_hint = QLabel()
        self.rule_hint.setObjectName("cancelRuleHint")
        self.rule_hint.setWordWrap(True)
        self.cancel_box = QGroupBox()
        form = QVBoxLayout(self.cancel_box)
        reason_row = QHBoxLayout()
        self.reason_label = QLabel()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason_self)
        reason_row.addWidget(self.reason_other)
        reason_row.addStretch(1)
        form.addLayout(reason_row)
        form.addWidget(self.id_checked)
        form.addWidget(self.rule_hint)

        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        self.confirm_label = QLabel()
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("cancelConfirmButton")
        self.back_button = QPushButton()
        self.receipt_button = QPushButton()
        self.receipt_button.setObjectName("cancelReceiptButton")
        self.result = QLabel()
        self.result.setObjectName("cancelResult")
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        for widget in (self.cancel_button, self.confirm_label, self.confirm_button, self.back_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.receipt_button)

        layout = self.page_layout(self.lookup)
        layout.addWidget(self.bookings_box, 1)
        layout.addWidget(self.cancel_box)
        layout.addWidget(self.result)
        layout.addLayout(buttons)

        for button in (self.cancel_button, self.confirm_button, self.back_button, self.receipt_button):
            button.setAutoDefault(True)  # Enter on a focused button presses it
        chain_tab_order(self.lookup.find_button, self.bookings_view, self.reason_self, self.reason_other,
                        self.id_checked, self.cancel_button, self.confirm_button, self.back_button,
                        self.receipt_button)
        self.bookings_view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.cancel_button.clicked.connect(lambda: self._confirming(True))
        self.back_button.clicked.connect(lambda: self._confirming(False))
        self.confirm_button.clicked.connect(self.cancel)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.retranslate()
        self._confirming(False)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Cancel booking"))
        self.lookup.retranslate()
        self.bookings_box.setTitle(self.tr("The candidate's bookings"))
        self.cancel_box.setTitle(self.tr("Cancellation"))
        self.reason_label.setText(self.tr("Reason"))
        self.reason_self.setText(self.tr("The candidate's &own reasons"))
        self.reason_other.setText(self.tr("&Not the candidate's own reasons"))
        self.id_checked.setText(self.tr("The candidate's ID card has been &checked in person"))
        self.cancel_button.setText(self.tr("C&ancel the selected booking"))
        self.confirm_label.setText(self.tr("Cancel this booking?"))
        self.confirm_button.setText(self.tr("&Yes, cancel it"))
        self.back_button.setText(self.tr("N&o"))
        self.receipt_button.setText(self.tr("&Print cancellation receipt"))
        self.bookings.set_columns(self._columns())
        self._update()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Booking no."), lambda r: str(r["id"]), align_center=True),
            Column(self.tr("Subject"), lambda r: subject_name(r["subject"], r["subject_name"])),
            Column(self.tr("Exam"), lambda r: f"{r['plan']['exam_date']} {r['plan']['start_time']}"),
            Column(self.tr("Exam site"), lambda r: r["plan"]["site_name"]),
            Column(self.tr("Status"), lambda r: service_name("booking_status", r["status"], STATUS_NAMES),
                   color=lambda r: GREEN if r["status"] == "allocated" else None),
            Column(self.tr("Ranks by"), lambda r: self.tr("{0} (rule {1})").format(
                when(r["ranking_time"]), r["ranking_rule"])),
            Column(self.tr("Rank"), lambda r: "" if r["rank"] is None else str(r["rank"]), align_center=True),
            Column(self.tr("Booking closes"), lambda r: when(r["plan"]["booking_deadline"])),
        ]

    # --- finding ------------------------------------------------------------------------------
    def find(self) -> None:
        self.look_up(self.desk.bookings, self._show, self._lookup_failed)

    def clear_person(self) -> None:
        super().clear_person()
        self.bookings.set_rows([])
        self.result.clear()
        self.last_cancelled = None
        self.cancelled_for = None
        self.cancelled_ticket = ""
        self.id_checked.setChecked(False)
        self.reason_self.setChecked(True)
        self._confirming(False)
        self._update()

    def _show(self, bookings: list[dict[str, Any]]) -> None:
        self.bookings.set_rows(bookings)
        first_open = next((i for i, b in enumerate(bookings) if b["status"] in OPEN), -1)
        if first_open >= 0:
            self.bookings_view.selectRow(first_open)
        elif not bookings:
            self.message.setText(self.tr("This candidate has no bookings."))
        self._update()

    # --- cancelling ---------------------------------------------------------------------------
    def _selected_open(self) -> dict[str, Any] | None:
        booking = selected(self.bookings_view, self.bookings)
        return booking if booking and booking["status"] in OPEN else None

    def _update(self) -> None:
        booking = self._selected_open()
        self.cancel_button.setEnabled(booking is not None)
        # The receipt belongs to the person it was made for: only while that person is shown.
        shown = self.lookup_values[0] if self.lookup_values else None
        self.receipt_button.setEnabled(self.last_cancelled is not None and self.cancelled_for == shown
                                       and not self.busy.busy)
        if booking is None:
            self.rule_hint.setText(self.tr("Select a booking that is not yet cancelled or sat."))
        elif booking["plan"]["status"] == "open":
            self.rule_hint.setText(self.tr("Booking is still open (until {0}): it may be cancelled now.").format(
                when(booking["plan"]["booking_deadline"])))
        elif self.phone:
            self.rule_hint.setText(self.tr(
                "Booking has closed: only the candidate in person, with the ID card, at the 南京市车管所 or 江北分所 "
                "window, no later than the last working day before the exam."))
        else:
            self.rule_hint.setText(self.tr(
                "Booking has closed: check the candidate's ID card in person and tick the box; possible until the "
                "last working day before the exam, never on the exam day."))

    def _confirming(self, on: bool) -> None:
        set_shown(self.cancel_button, not on)
        for widget in (self.confirm_label, self.confirm_button, self.back_button):
            set_shown(widget, on)
        if on:
            self.confirm_button.setFocus()
        elif self.cancel_button.hasFocus() is False and self.confirm_button.hasFocus():
            self.cancel_button.setFocus()

    def cancel(self) -> None:
        booking = self._selected_open()
        self._confirming(False)
        if booking is None or self.lookup_values is None:
            return
        _id_number, mobile = self.lookup_values
        reason = "self" if self.reason_self.isChecked() else "not_self"
        id_checked = self.id_checked.isChecked() and not self.phone
        self.cancel_button.setEnabled(False)
        id_number, ticket = self.lookup_values[0], self.ctx.queue_ticket

        def cancelled(done: dict[str, Any]) -> None:
            if self.lookup_values is None or self.lookup_values[0] != id_number:
                return  # the clerk moved on to the next customer
            self.cancelled_for, self.cancelled_ticket = id_number, ticket
            self._cancelled(done)

        self.ctx.writes.submit(cancel_write(booking, reason, id_checked, mobile, now=self.ctx.clock.now()),
                               lambda outcome, payload: self._write_outcome(
                                   outcome, payload, self.result, cancelled, self._update))

    def _cancelled(self, booking: dict[str, Any]) -> None:
        self.last_cancelled = booking
        set_error(self.message, "")
        self.bookings.update_row(booking)
        text = self.tr("Booking {0} cancelled at {1}.").format(booking["id"], when(booking["cancelled_at"]))
        if booking.get("refilled_booking_id"):
            text += " " + self.tr("The freed seat went to the next candidate in rank, who is told by SMS.")
        self.result.setText(text)
        self.id_checked.setChecked(False)
        self._update()

    def print_receipt(self) -> None:
        booking = self.last_cancelled
        if booking is None or not self.receipt_button.isEnabled():
            return
        spec = cancellation_receipt(booking, self._clerk(self.cancelled_ticket))
        self.ctx.runner.submit(lambda: print_pdf(spec), lambda pdf: self._preview(
            pdf, self.tr("Cancellation receipt"), f"cancellation-{booking['id']}.pdf"), self._failed)
