"""免检标志: a vehicle's label this year at a service point, or a posted one's tracking number.

The clerk scans or types the plate (or VIN); the centre answers with every failed condition
named (unhandled violations and accidents listed, the insurance, unpaid fines, one label a
year) and the vehicle's labels. When it may have one, the clerk scans the label blank's serial,
ticks the environmental label, issues it and prints the 机动车检验合格标志核发单. A label applied
for online waits for its serial and postal tracking number here.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from counter_app.services.context import AppContext
from counter_app.services.exams import when
from counter_app.services.inspection_labels import (
    CHANNEL_NAMES,
    STATUS_NAMES,
    LabelService,
    dispatch_write,
    issue_write,
    label_form,
    label_points,
)
from counter_app.views.centre_messages import refusal_text
from counter_app.views.names import service_name
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.vehicle_service_page import GREEN, RED, VehicleServicePage
from counter_app.views.widgets import boxed, form_box, make_table, named_button, named_label, set_error


class InspectionLabelPage(VehicleServicePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "labelPage", parent)
        self.service = LabelService(ctx.api)
        self.current: dict[str, Any] | None = None
        self.last_label: dict[str, Any] | None = None
        # Labels are handed out only at service points (the centre checks again).
        self.can_issue = ctx.login.station["id"] in {station_id for station_id, _name in label_points()}

        self.vehicle_label = named_label("labelVehicle", "—")
        self.verdict = named_label("labelVerdict")
        self.conditions = named_label("labelConditions")
        self.labels = RecordTableModel(self._columns(), parent=self)
        self.labels_view = make_table(self.labels, "labelHistory")
        self.history_box = boxed(self.labels_view)

        self.serial = QLineEdit()
        self.serial.setObjectName("labelSerial")
        self.serial.setMaxLength(20)
        self.environmental = QCheckBox()
        self.environmental.setObjectName("labelEnvironmental")
        self.environmental.setChecked(True)
        self.issue_button = named_button("issueLabelButton")
        self.print_button = named_button("printLabelButton")
        self.result = named_label("labelResult")
        self.issue_box, self.issue_labels = form_box([self.serial], [self.issue_button, self.print_button],
                                                     lead=self.result, extra=[self.environmental])

        self.post_serial = QLineEdit()
        self.post_serial.setObjectName("postSerial")
        self.tracking = QLineEdit()
        self.tracking.setObjectName("trackingNumber")
        self.dispatch_button = named_button("dispatchLabelButton")
        self.post_result = named_label("postResult")
        self.post_box, self.post_labels = form_box([self.post_serial, self.tracking], [self.dispatch_button],
                                                   lead=self.post_result)

        left = QVBoxLayout()
        left.addWidget(self.vehicle_label)
        left.addWidget(self.verdict)
        left.addWidget(self.conditions)
        left.addWidget(self.history_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.issue_box)
        right.addWidget(self.post_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = self.page_layout(self.search_row)
        layout.addLayout(columns, 1)

        self.serial.textChanged.connect(self._update)
        self.serial.returnPressed.connect(self.issue_button.click)
        self.issue_button.clicked.connect(self.issue)
        self.print_button.clicked.connect(self.print_label)
        self.labels_view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.post_serial.textChanged.connect(self._update)
        self.tracking.textChanged.connect(self._update)
        self.dispatch_button.clicked.connect(self.dispatch)
        self.retranslate()
        self.show_result(None)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Year"), lambda r: str(r["label_year"]), align_center=True),
            Column(self.tr("How"), lambda r: service_name("label_channel", r["channel"], CHANNEL_NAMES)),
            Column(self.tr("Status"), lambda r: service_name("label_status", r["status"], STATUS_NAMES),
                   lambda r: GREEN if r["status"] in ("issued", "posted") else RED),
            Column(self.tr("Serial"), lambda r: r["serial"] or ""),
            Column(self.tr("Issued"), lambda r: when(r["issued_at"])),
            Column(self.tr("Where / address"), lambda r: r["station_name"] or r["postal_address"] or ""),
            Column(self.tr("Tracking number"), lambda r: r["tracking_number"] or ""),
        ]

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Inspection-exempt label"))
        self.search.setPlaceholderText(self.tr("Scan or type the plate or the VIN"))
        self.find_button.setText(self.tr("Find"))
        self.history_box.setTitle(self.tr("Labels of this vehicle"))
        self.issue_box.setTitle(self.tr("Issue this year's label here") if self.can_issue else
                                self.tr("This station does not hand out labels"))
        self.issue_labels[0].setText(self.tr("Label serial"))
        self.serial.setPlaceholderText(self.tr("scan the serial printed on the label"))
        self.environmental.setText(self.tr("Issue the environmental label with it"))
        self.issue_button.setText(self.tr("Issue label"))
        self.print_button.setText(self.tr("Print form"))
        self.post_box.setTitle(self.tr("Label applied for online: post it"))
        self.post_labels[0].setText(self.tr("Label serial"))
        self.post_labels[1].setText(self.tr("Tracking number"))
        self.dispatch_button.setText(self.tr("Record posting"))
        self.labels.set_columns(self._columns())

    # --- search ----------------------------------------------------------------------------------
    def fetch(self, text: str) -> dict[str, Any]:
        return self.service.eligibility(text)

    def show_result(self, result: dict[str, Any] | None) -> None:
        if result is None or self.current is None or result["vehicle"]["id"] != self.current["vehicle"]["id"]:
            self.serial.clear()
            self.result.clear()
            self.post_result.clear()
            self.last_label = None
        self.current = result
        if result is None:
            self.vehicle_label.setText("—")
            self.verdict.clear()
            self.conditions.clear()
            self.labels.set_rows([])
            self._update()
            return
        v = result["vehicle"]
        self.vehicle_label.setText(self.tr("{0}  {1}  {2}, {3}; owner {4}; registered {5}").format(
            v["plate"] or "", v["vin"], v["vehicle_type"], v["use_nature"], v["owner_name"], v["registered_on"] or "—"))
        if result["eligible"]:
            self.verdict.setText(self.tr("May have the {0} label.").format(result["label_year"]))
            self.verdict.setStyleSheet(f"color: {GREEN}; font-weight: bold;")
        else:
            self.verdict.setText(self.tr("No {0} label:").format(result["label_year"]))
            self.verdict.setStyleSheet(f"color: {RED}; font-weight: bold;")
        lines = []
        for condition in result["conditions"]:
            lines.append("• " + refusal_text(condition["code"], condition["message"]))
            lines.extend("　　" + item for item in condition["items"])
        self.conditions.setText("\n".join(lines))
        self.labels.set_rows(result["labels"])
        self._update()

    def selected_label(self) -> dict[str, Any] | None:
        rows = self.labels_view.selectionModel().selectedRows()
        return self.labels.record(rows[0].row()) if rows else None

    def _update(self) -> None:
        eligible = self.can_issue and bool(self.current and self.current["eligible"])
        self.issue_button.setEnabled(eligible and bool(self.serial.text().strip()))
        self.serial.setEnabled(eligible)
        self.print_button.setEnabled(self.last_label is not None)
        label = self.selected_label()
        waiting = label is not None and label["status"] == "awaiting_post"
        self.post_box.setEnabled(waiting)
        self.dispatch_button.setEnabled(waiting and bool(self.post_serial.text().strip())
                                        and bool(self.tracking.text().strip()))

    # --- issue, print, post -----------------------------------------------------------------------
    def issue(self) -> None:
        result = self.current
        if result is None or not self.issue_button.isEnabled():
            return
        self.issue_button.setEnabled(False)
        self.submit(lambda: issue_write(result["vehicle"], self.serial.text(), self.environmental.isChecked(),
                                        result["label_year"]), self.result, self._issued)

    def _issued(self, label: dict[str, Any]) -> None:
        if self.current is None or self.current["vehicle"]["id"] != label["vehicle_id"]:
            return  # the clerk moved on to another vehicle: its screen gets nothing of this one
        self.last_label = label
        set_error(self.result, "")
        self.result.setText(self.tr("Label {0} issued for {1}.").format(label["serial"], label["label_year"]))
        self.result.setStyleSheet(f"color: {GREEN}; font-weight: bold;")
        self.serial.clear()
        self.refresh()
        self.print_label()

    def print_label(self) -> None:
        if self.last_label is not None:
            self.print_form(label_form(self.last_label, self.clerk()), self.tr("Inspection label form"),
                            f"label-{self.last_label['id']}.pdf")

    def dispatch(self) -> None:
        label = self.selected_label()
        if label is None or not self.dispatch_button.isEnabled():
            return
        self.submit(lambda: dispatch_write(label, self.post_serial.text(), self.tracking.text()), self.post_result,
                    self._dispatched)

    def _dispatched(self, label: dict[str, Any]) -> None:
        self.post_result.setText(self.tr("Posted: tracking number {0}.").format(label["tracking_number"]))
        self.post_result.setStyleSheet(f"color: {GREEN};")
        self.post_serial.clear()
        self.tracking.clear()
        self.labels.update_row(label)
        self._update()
