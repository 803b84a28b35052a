"""The console's counter PCs (本机登记, issues 11 and 14): the system administrator sees every
enrolled PC, approves the one-time code a new PC shows at its first sign-in (and the station it
stands at), and revokes a PC after a confirmation (its sessions end at once)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.services.console import DEVICE_CODE_DIGITS, approve_device_write, revoke_device_write
from counter_app.services.context import AppContext
from counter_app.services.exams import when
from counter_app.views.console_common import AMBER, GREEN, RED, ConsoleTab
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.widgets import add_rows, make_table, inline_row, named_button, named_label

STATUS_COLOURS = {"pending": AMBER, "active": GREEN, "revoked": RED}


class DevicesTab(ConsoleTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "consoleDevices", parent)
        self.station_names: dict[int, str] = {}
        own = ctx.api.device.enrolment(ctx.api.base_url) if ctx.api.device is not None else None
        self.own_id = own.device_id if own is not None else None  # marked, so nobody revokes the PC they sit at
        self.model = RecordTableModel(self._columns(), parent=self)
        self.table = make_table(self.model, "deviceTable")
        self.refresh_button = named_button("refreshDevicesButton")
        self.hint = named_label("devicesHint")

        self.code = QLineEdit()
        self.code.setObjectName("enrolmentCode")
        self.code.setMaxLength(DEVICE_CODE_DIGITS + 4)  # room for the spaces of a code read out on the phone
        self.station = QComboBox()
        self.station.setObjectName("enrolmentStation")
        self.approve_button = named_button("approveDeviceButton")
        self.approve_box = QGroupBox()
        approve_form = QFormLayout()
        self.approve_labels = add_rows(approve_form, self.code, self.station)
        approve_layout = QVBoxLayout(self.approve_box)
        approve_layout.addLayout(approve_form)
        approve_layout.addWidget(self.approve_button)

        self.selected_label = named_label("selectedDevice")
        self.revoke_button = named_button("revokeDeviceButton")
        self.confirm_label = named_label("revokeConfirmText")
        self.confirm_button = named_button("revokeConfirmButton")
        self.back_button = named_button("revokeBackButton")
        self.revoke_box = QGroupBox()
        revoke_layout = QVBoxLayout(self.revoke_box)
        revoke_layout.addWidget(self.selected_label)
        revoke_layout.addWidget(self.confirm_label)
        revoke_layout.addWidget(inline_row(self.revoke_button, self.confirm_button, self.back_button))
        revoke_layout.addStretch(1)

        forms = QHBoxLayout()
        forms.addWidget(self.approve_box, 1)
        forms.addWidget(self.revoke_box, 1)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(forms)
        layout.addWidget(self.result)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._confirming(False))
        self.refresh_button.clicked.connect(lambda: self.reload())
        self.code.returnPressed.connect(self.approve)  # Enter submits, as the code is typed
        self.approve_button.clicked.connect(self.approve)
        self.revoke_button.clicked.connect(lambda: self._confirming(True))
        self.back_button.clicked.connect(lambda: self._confirming(False))
        self.confirm_button.clicked.connect(self.revoke)
        self.retranslate()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("PC name"), lambda r: r["name"] + (self.tr(" (this PC)") if r["id"] == self.own_id else "")),
            Column(self.tr("Station"), lambda r: self.station_names.get(r["station_id"], str(r["station_id"]))),
            Column(self.tr("Status"), self.status_name, lambda r: STATUS_COLOURS.get(r["status"])),
            Column(self.tr("Requested at"), lambda r: when(r["created_at"])),
            Column(self.tr("Approved at"), lambda r: when(r["approved_at"])),
            Column(self.tr("Revoked at"), lambda r: when(r["revoked_at"])),
        ]

    def status_name(self, device: dict[str, Any]) -> str:
        names = {"pending": self.tr("Waiting for approval"), "active": self.tr("Active"),
                 "revoked": self.tr("Revoked")}
        return names.get(device["status"], device["status"])

    def retranslate(self) -> None:
        self.hint.setText(self.tr("A new PC shows a one-time code in its sign-in window at its first sign-in; check the "
                                  "PC and its station, then approve the code here. The clerk then signs in again."))
        self.refresh_button.setText(self.tr("Refresh"))
        self.approve_box.setTitle(self.tr("Approve a PC"))
        for label, text in zip(self.approve_labels, (self.tr("Enrolment code"), self.tr("Station"))):
            label.setText(text)
        self.code.setPlaceholderText(self.tr("the {0} digits the PC's sign-in window shows").format(DEVICE_CODE_DIGITS))
        if self.station.count():
            self.station.setItemText(0, self.tr("The station the PC asked for"))
        self.approve_button.setText(self.tr("Approve"))
        self.revoke_box.setTitle(self.tr("Selected PC"))
        self.revoke_button.setText(self.tr("Revoke PC..."))
        self.confirm_button.setText(self.tr("Yes, revoke it"))
        self.back_button.setText(self.tr("Back"))
        self.model.set_columns(self._columns())
        self._confirming(False)

    # --- reading ---------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self.read(lambda: (self.service.stations(), self.service.devices()),
                  lambda answer: self._show(answer, select_id))

    def _show(self, answer: tuple[list[dict[str, Any]], list[dict[str, Any]]], select_id: int | None = None) -> None:
        stations, devices = answer
        if not self.station_names:
            self.station_names = {s["id"]: s["name"] for s in stations}
            self.station.addItem(self.tr("The station the PC asked for"), None)
            for s in stations:
                self.station.addItem(s["name"], s["id"])
        keep = select_id if select_id is not None else (self.selected() or {}).get("id")
        # Pending PCs first (they wait for someone), then the newest.
        order = {"pending": 0, "active": 1, "revoked": 2}
        self.model.set_rows(sorted(devices, key=lambda d: (order.get(d["status"], 3), -d["id"])))
        if keep is not None and (row := self.model.find(keep)) >= 0:
            self.table.selectRow(row)
        self._confirming(False)

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _confirming(self, asking: bool) -> None:
        """The revoke button, or the question with its yes/back buttons (no modal box)."""
        device = self.selected()
        can_revoke = device is not None and device["status"] != "revoked"
        asking = asking and can_revoke
        if device is None:
            self.selected_label.setText(self.tr("Select a PC in the table to revoke it."))
        else:
            self.selected_label.setText(self.tr("{0} at {1}: {2}").format(
                device["name"], self.station_names.get(device["station_id"], device["station_id"]),
                self.status_name(device)))
        self.revoke_button.setVisible(not asking)
        self.revoke_button.setEnabled(can_revoke)
        for widget in (self.confirm_label, self.confirm_button, self.back_button):
            widget.setVisible(asking)
        if asking and device is not None:
            self.confirm_label.setText(self.tr(
                "Revoke {0}? Its sessions end at once and it cannot sign in again until it is enrolled "
                "anew with a new code.").format(device["name"]))
            self.confirm_label.setStyleSheet(f"color: {RED}; font-weight: bold;")

    # --- writes ----------------------------------------------------------------------------------
    def approve(self) -> None:
        code, station_id = self.code.text(), self.station.currentData()
        self.submit(lambda: approve_device_write(code, station_id), self._approved)

    def _approved(self, device: dict[str, Any]) -> None:
        self.code.clear()
        self.station.setCurrentIndex(0)
        self.done(self.tr("{0} approved at {1}: the clerk can sign in on it now.").format(
            device["name"], self.station_names.get(device["station_id"], device["station_id"])))
        self.reload(select_id=device["id"])

    def revoke(self) -> None:
        device = self.selected()
        if device is not None and device["status"] != "revoked":
            self.submit(lambda: revoke_device_write(device), self._revoked)

    def _revoked(self, device: dict[str, Any]) -> None:
        self.done(self.tr("{0} revoked: its sessions have ended and it can no longer sign in.").format(device["name"]))
        self.reload(select_id=device["id"])
