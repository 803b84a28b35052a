"""补考费: the candidate's retest fees owed and why, the payment at the window, its receipt.

The amount is the centre's setting (shown, not typed); the clerk picks the method and, for
every method but cash, types the payment terminal's receipt number. The payment is sent at
once (money changes hands: it never waits in the outbox); afterwards booking is allowed.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from counter_app.services.context import AppContext
from counter_app.services.exam_fees import METHOD_NAMES, fee_payment_write, fee_receipt, fees_owed
from counter_app.services.exams import print_pdf, when
from counter_app.views.customer import MessageLine, chain_tab_order, keyboard_table, scanner_field
from counter_app.views.exam_widgets import RED, ExamPage, selected
from counter_app.views.names import subject_name
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.widgets import FieldWithError, add_rows, boxed, make_table, named_button, named_label, set_error


class ExamFeePage(ExamPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="examFeePage")
        self.candidate: dict[str, Any] | None = None
        self.last_paid: tuple[dict[str, Any], dict[str, Any], str, str] | None = None
        self.paid_for: str | None = None
        self.summary = MessageLine()
        self.summary.setObjectName("feeCandidateSummary")

        self.owed = RecordTableModel(self._columns(), key="subject", parent=self)
        self.owed_view = keyboard_table(make_table(self.owed, "feesOwed"))
        self.owed_box = boxed(self.owed_view)

        self.amount = named_label("feeAmount", wrap=False)
        self.amount.setStyleSheet("font-weight: bold;")
        self.method = QComboBox()
        self.method.setObjectName("feeMethod")
        self.receipt = scanner_field(QLineEdit())
        self.receipt.setObjectName("feeTerminalReceipt")
        self.receipt.setMaxLength(32)
        self.receipt_field = FieldWithError(self.receipt)
        self.pay_box = QGroupBox()
        form = QFormLayout(self.pay_box)
        self.form_labels = add_rows(form, self.amount, self.method, self.receipt_field)

        self.pay_button = named_button("feePayButton")
        self.print_button = named_button("feeReceiptButton")
        self.result = named_label("feeResult")
        buttons = QHBoxLayout()
        buttons.addWidget(self.pay_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)

        layout = self.page_layout(self.lookup)
        layout.addWidget(self.summary)
        layout.addWidget(self.owed_box, 1)
        layout.addWidget(self.pay_box)
        layout.addWidget(self.result)
        layout.addLayout(buttons)

        for button in (self.pay_button, self.print_button):
            button.setAutoDefault(True)
        chain_tab_order(self.lookup.find_button, self.owed_view, self.method, self.receipt, self.pay_button,
                        self.print_button)
        self.owed_view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.method.currentIndexChanged.connect(lambda *_: self._update())
        self.receipt.returnPressed.connect(self.pay)
        self.pay_button.clicked.connect(self.pay)
        self.print_button.clicked.connect(self.print_receipt)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Retest fee"))
        self.lookup.retranslate()
        self.owed_box.setTitle(self.tr("Fees owed"))
        self.pay_box.setTitle(self.tr("Payment"))
        for label, text in zip(self.form_labels, (self.tr("Amount"), self.tr("Method"),
                                                  self.tr("Terminal &receipt no.")), strict=True):
            label.setText(text)
        self.form_labels[2].setBuddy(self.receipt)
        current = self.method.currentData()
        self.method.blockSignals(True)
        self.method.clear()
        names = {"cash": self.tr("Cash"), "bank_card": self.tr("Bank card"), "wechat": self.tr("WeChat Pay"),
                 "alipay": self.tr("Alipay")}
        for key in METHOD_NAMES:
            self.method.addItem(names[key], key)
        self.method.setCurrentIndex(max(0, self.method.findData(current)))
        self.method.blockSignals(False)
        self.receipt.setPlaceholderText(self.tr("from the payment terminal's slip"))
        self.pay_button.setText(self.tr("Record &payment"))
        self.print_button.setText(self.tr("Print the rec&eipt"))
        self.owed.set_columns(self._columns())
        self._update()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Subject"), lambda s: subject_name(s["subject"], s["name"])),
            Column(self.tr("Last result"), lambda s: {"fail": self.tr("Fail"), "absent": self.tr("Absent")}.get(
                s["last_result"] or "", ""), color=lambda _s: RED),
            Column(self.tr("Last exam"), lambda s: when(s["last_exam_at"])),
            Column(self.tr("Fee"), lambda s: self.tr("{0} yuan").format(s["fee_yuan"]), align_center=True),
            Column(self.tr("Why"), self._why),
        ]

    def _why(self, subject: dict[str, Any]) -> str:
        if subject["last_result"] == "absent":
            return self.tr("Absent from the last exam: counted as a fail; booking again needs the fee")
        return self.tr("Failed the last exam: booking again needs the fee")

    # --- finding ------------------------------------------------------------------------------
    def find(self) -> None:
        self.look_up(self.desk.find_candidate, self._show, self._lookup_failed)

    def clear_person(self) -> None:
        super().clear_person()
        self.candidate = None
        self.owed.set_rows([])
        self.summary.clear()
        self.result.clear()
        self.receipt.clear()
        self.receipt_field.set_error("")
        self.last_paid = None
        self.paid_for = None
        self._update()

    def _show(self, candidate: dict[str, Any]) -> None:
        self.candidate = candidate
        owed = fees_owed(candidate)
        self.owed.set_rows(owed)
        self.summary.setText(self.tr("{0}, {1}, class {2}").format(
            candidate["name"], candidate["id_number_masked"], candidate["licence_class"]))
        if owed:
            self.owed_view.selectRow(0)
        else:
            self.message.setText(self.tr("No retest fee is owed: the candidate may book as the rules allow."))
        self._update()

    # --- paying ------------------------------------------------------------------------------------
    def _update(self) -> None:
        subject = selected(self.owed_view, self.owed)
        self.amount.setText(self.tr("{0} yuan").format(subject["fee_yuan"]) if subject else "—")
        cash = self.method.currentData() == "cash"
        self.receipt.setEnabled(not cash)
        self.pay_button.setEnabled(subject is not None and not self.busy.busy)
        shown = self.lookup_values[0] if self.lookup_values else None
        self.print_button.setEnabled(self.last_paid is not None and self.paid_for == shown)

    def pay(self) -> None:
        subject = selected(self.owed_view, self.owed)
        if subject is None or self.candidate is None or self.lookup_values is None:
            return
        method = self.method.currentData()
        receipt = "" if method == "cash" else self.receipt.text().strip()
        if method != "cash" and not receipt:
            self.receipt_field.set_error(self.tr("Type the receipt number printed by the payment terminal."))
            self.receipt.setFocus()
            return
        self.receipt_field.set_error("")
        candidate, id_number = self.candidate, self.lookup_values[0]
        self.pay_button.setEnabled(False)

        def paid(updated: dict[str, Any]) -> None:
            if self.lookup_values is None or self.lookup_values[0] != id_number:
                return  # the clerk moved on to the next customer
            row = next(s for s in updated["subjects"] if s["subject"] == subject["subject"])
            self.last_paid, self.paid_for = (updated, row, method, receipt), id_number
            self.candidate = updated
            self.owed.set_rows(fees_owed(updated))
            set_error(self.message, "")
            self.result.setText(self.tr("{0} yuan received for {1}; the candidate may book {1} again.").format(
                row["fee_yuan"], subject_name(row["subject"], row["name"])))
            self._update()

        def refused(exc: Exception) -> None:
            message = getattr(exc, "message", "")
            if getattr(exc, "code", "") in ("terminal_receipt_required",):
                self.receipt_field.set_error(message)
            self._failed(exc)

        self.ctx.writes.submit(
            fee_payment_write(candidate, subject, method, receipt),
            lambda outcome, payload: self._write_outcome(
                outcome, payload, self.result, paid, self._update) if outcome != "refused" else (
                refused(payload), self._update()))

    def print_receipt(self) -> None:
        if self.last_paid is None or not self.print_button.isEnabled():
            return
        candidate, row, method, receipt = self.last_paid
        spec = fee_receipt(candidate, row, method, receipt, self._clerk(self.ctx.queue_ticket))
        self.ctx.runner.submit(lambda: print_pdf(spec), lambda pdf: self._preview(
            pdf, self.tr("Retest fee receipt"), f"retest-fee-{candidate['id']}.pdf"), self._failed)
