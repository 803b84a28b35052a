"""曝光处理: a vehicle's camera violations; handle and take the fine, or send to the brigade.

The clerk scans or types the plate (or VIN); each violation shows whether it qualifies (simple
procedure, no points, fine up to 200 yuan, not a bus or key vehicle) or why it goes to the
traffic-police brigade. A qualifying one is handled (the driver's licence number and name; the
centre issues the decision number), then paid through one of the 8 banks with the bank's
transaction reference (the amount is the fine); the bank's confirmation settles it, and the
payment receipt prints.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from counter_app.services.context import AppContext
from counter_app.services.exams import when
from counter_app.services.violations import (
    PAYMENT_STATUS_NAMES,
    ViolationService,
    bank_choices,
    confirm_write,
    handle_write,
    pay_write,
    payment_receipt,
    refer_write,
)
from counter_app.views.centre_messages import reason_texts
from counter_app.views.names import service_name
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.vehicle_service_page import GREEN, RED, VehicleServicePage
from counter_app.views.widgets import form_box, make_table, named_button, named_label, set_error


class ViolationsPage(VehicleServicePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "violationPage", parent)
        self.service = ViolationService(ctx.api)
        self.vehicle: dict[str, Any] | None = None

        self.vehicle_label = named_label("violationVehicle", "—", wrap=False)
        self.model = RecordTableModel(self._columns(), parent=self)
        self.table = make_table(self.model, "violationTable")
        self.detail = named_label("violationDetail")

        self.licence_number = QLineEdit()
        self.licence_number.setObjectName("driverLicenceNumber")
        self.licence_number.setMaxLength(18)
        self.driver_name = QLineEdit()
        self.driver_name.setObjectName("driverName")
        self.handle_button = named_button("handleViolationButton")
        self.refer_button = named_button("referViolationButton")
        self.handle_box, self.handle_labels = form_box([self.licence_number, self.driver_name],
                                                       [self.refer_button, self.handle_button])

        self.bank = QComboBox()
        self.bank.setObjectName("paymentBank")
        for code, name in bank_choices():
            self.bank.addItem(name, code)
        self.amount = QLineEdit()
        self.amount.setObjectName("paymentAmount")
        self.bank_reference = QLineEdit()
        self.bank_reference.setObjectName("bankReference")
        self.bank_reference.setMaxLength(40)
        self.pay_button = named_button("payViolationButton")
        self.confirm_button = named_button("confirmPaymentButton")
        self.receipt_button = named_button("printReceiptButton")
        self.pay_box, self.pay_labels = form_box([self.bank, self.amount, self.bank_reference],
                                                 [self.pay_button, self.confirm_button, self.receipt_button])
        self.result = named_label("violationResult")

        panels = QHBoxLayout()
        panels.addWidget(self.handle_box, 1)
        panels.addWidget(self.pay_box, 1)
        layout = self.page_layout(self.search_row)
        layout.addWidget(self.vehicle_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(panels)
        layout.addWidget(self.result)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected_changed())
        for edit in (self.licence_number, self.driver_name, self.amount, self.bank_reference):
            edit.textChanged.connect(self._update)
        self.handle_button.clicked.connect(self.handle)
        self.refer_button.clicked.connect(self.refer)
        self.pay_button.clicked.connect(self.pay)
        self.confirm_button.clicked.connect(self.confirm)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.retranslate()
        self.show_result(None)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Time"), lambda r: when(r["occurred_at"])),
            Column(self.tr("Place"), lambda r: r["place"]),
            Column(self.tr("Fine"), lambda r: f"{r['fine_yuan']}", align_center=True),
            Column(self.tr("Points"), lambda r: f"{r['points']}", align_center=True),
            Column(self.tr("Status"), lambda r: service_name("violation_status", r["status"], {r["status"]: r["status_name"]}),
                   lambda r: GREEN if r["status"] == "paid" else RED if r["status"] != "handled" else None),
            Column(self.tr("Here?"), lambda r: self.tr("Yes") if r["self_service"] else self.tr("No: brigade"),
                   lambda r: None if r["self_service"] else RED),
            Column(self.tr("Violation"), lambda r: f"{r['code']} {r['description']}"),  # long: last, stretched
        ]

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Camera violations"))
        self.search.setPlaceholderText(self.tr("Scan or type the plate or the VIN"))
        self.find_button.setText(self.tr("Find"))
        self.handle_box.setTitle(self.tr("Handle (simple procedure)"))
        for label, text in zip(self.handle_labels, (self.tr("Driver's licence number"), self.tr("Driver's name"))):
            label.setText(text)
        self.handle_button.setText(self.tr("Handle"))
        self.refer_button.setText(self.tr("Send to the brigade"))
        self.pay_box.setTitle(self.tr("Pay the fine through a bank"))
        for label, text in zip(self.pay_labels, (self.tr("Bank"), self.tr("Amount (yuan)"),
                                                 self.tr("Bank's transaction reference"))):
            label.setText(text)
        self.pay_button.setText(self.tr("Record payment"))
        self.confirm_button.setText(self.tr("Bank confirmed"))
        self.receipt_button.setText(self.tr("Print receipt"))
        self.model.set_columns(self._columns())
        if hasattr(self, "detail"):
            self._selected_changed()  # the selected violation's line in the new language

    # --- search ----------------------------------------------------------------------------------
    def fetch(self, text: str) -> dict[str, Any]:
        return self.service.find(text)

    def show_result(self, result: dict[str, Any] | None) -> None:
        keep = self.selected()
        if result is None or self.vehicle is None or result["vehicle"]["id"] != self.vehicle["id"]:
            # Another vehicle (or none): nothing typed or told for the previous one stays.
            keep = None
            self.result.clear()
            for field in (self.licence_number, self.driver_name, self.amount, self.bank_reference):
                field.clear()
        self.vehicle = result["vehicle"] if result else None
        if result is None:
            self.vehicle_label.setText("—")
            self.model.set_rows([])
        else:
            v = result["vehicle"]
            self.vehicle_label.setText(self.tr("{0}  {1}, {2}; owner {3}: {4} violation record(s)").format(
                v["plate"] or v["vin"], v["vehicle_type"], v["use_nature"], v["owner_name"], result["count"]))
            self.model.set_rows(result["data"])
            row = self.model.find(keep["id"]) if keep else -1
            if row < 0:  # the first one still open, else the newest
                row = next((i for i, r in enumerate(result["data"]) if r["status"] != "paid"), 0)
            if result["data"]:
                self.table.selectRow(row)
        self._selected_changed()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selected_changed(self) -> None:
        v = self.selected()
        if v is None:
            self.detail.clear()
        elif v["self_service"]:
            text = self.tr("Qualifies: simple procedure, no points, fine {0} yuan.").format(v["fine_yuan"])
            if v["decision_number"]:
                text += " " + self.tr("Decision number {0}.").format(v["decision_number"])
            if v["payment"]:
                p = v["payment"]
                text += " " + self.tr("Paid {0} yuan through {1} ({2}), {3}.").format(
                    p["amount"], p["bank_name"], p["bank_reference"],
                    service_name("payment_status", p["status"], PAYMENT_STATUS_NAMES))
            set_error(self.detail, "")
            self.detail.setText(text)
        else:
            reason = v["referred_reason"] or self.tr("To the traffic-police brigade: {0}").format(
                self.tr("; ").join(reason_texts(v["reasons"], v.get("reason_codes"))))
            set_error(self.detail, reason)
        if v is not None and v["status"] == "handled" and not v["payment"]:
            self.amount.setText(str(v["fine_yuan"]))
        self._update()

    def _update(self) -> None:
        v = self.selected()
        can_handle = v is not None and v["self_service"] and v["status"] == "unhandled"
        self.handle_box.setEnabled(v is not None)
        self.licence_number.setEnabled(can_handle)
        self.driver_name.setEnabled(can_handle)
        self.handle_button.setEnabled(can_handle and len(self.licence_number.text().strip()) == 18
                                      and bool(self.driver_name.text().strip()))
        self.refer_button.setEnabled(v is not None and not v["self_service"] and v["status"] == "unhandled")
        can_pay = v is not None and v["status"] == "handled" and not v["payment"]
        self.pay_box.setEnabled(v is not None and v["status"] in ("handled", "paid"))
        for widget in (self.bank, self.amount, self.bank_reference):
            widget.setEnabled(can_pay)
        self.pay_button.setEnabled(can_pay and bool(self.amount.text().strip())
                                   and bool(self.bank_reference.text().strip()))
        self.confirm_button.setEnabled(v is not None and bool(v["payment"]) and v["payment"]["status"] == "pending")
        self.receipt_button.setEnabled(v is not None and bool(v["payment"]))

    # --- writes ----------------------------------------------------------------------------------
    def _done(self, text: Callable[[dict[str, Any]], str]) -> Callable[[dict[str, Any]], None]:
        def done(violation: dict[str, Any]) -> None:
            self.model.update_row(violation)
            self._selected_changed()
            self.result.setText(text(violation))
            self.result.setStyleSheet(f"color: {GREEN}; font-weight: bold;")
        return done

    def handle(self) -> None:
        v = self.selected()
        if v is None or not self.handle_button.isEnabled():
            return
        self.submit(lambda: handle_write(v, self.licence_number.text(), self.driver_name.text()), self.result,
                    self._done(lambda r: self.tr("Handled: decision number {0}. Take the fine now.").format(
                        r["decision_number"])))

    def refer(self) -> None:
        v = self.selected()
        if v is not None and self.refer_button.isEnabled():
            self.submit(lambda: refer_write(v), self.result, self._done(
                lambda r: self.tr("Sent to the brigade: {0}").format(r["referred_reason"])))

    def pay(self) -> None:
        v = self.selected()
        if v is None or not self.pay_button.isEnabled():
            return
        self.submit(lambda: pay_write(v, self.bank.currentData(), self.amount.text(), self.bank_reference.text()),
                    self.result, self._done(lambda _r: self.tr("Payment recorded; it is settled when the bank confirms.")))

    def confirm(self) -> None:
        v = self.selected()
        if v is not None and v["payment"] and self.confirm_button.isEnabled():
            self.submit(lambda: confirm_write(v["payment"]), self.result,
                        self._done(lambda _r: self.tr("The bank confirmed: the fine is paid.")))

    def print_receipt(self) -> None:
        v = self.selected()
        if v is not None and v["payment"]:
            self.print_form(payment_receipt(v, self.clerk()), self.tr("Fine payment receipt"),
                            f"fine-{v['decision_number']}.pdf")
