"""The console's accounts: create, reset the password (the account must change it at its next
sign-in), deactivate or activate, change role and station."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.services.console import (
    ROLE_NAMES,
    create_account_write,
    reset_password_write,
    update_account_write,
)
from counter_app.services.context import AppContext
from counter_app.services.exams import when
from counter_app.views.console_common import ConsoleTab
from counter_app.views.names import service_name
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.widgets import add_rows, make_table

ROLES = ("clerk", "phone_operator", "supervisor")  # the gateway's account is not made by hand


class AccountsTab(ConsoleTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "consoleAccounts", parent)
        self.station_names: dict[int, str] = {}
        self.model = RecordTableModel(self._columns(), parent=self)
        self.table = make_table(self.model, "accountTable")

        self.new_username = QLineEdit()
        self.new_username.setObjectName("newUsername")
        self.new_username.setMaxLength(32)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newDisplayName")
        self.new_name.setMaxLength(32)
        self.new_role = self._role_box("newRole")
        self.new_station = QComboBox()
        self.new_station.setObjectName("newStation")
        self.new_password = QLineEdit()
        self.new_password.setObjectName("newInitialPassword")
        self.new_password.setMaxLength(128)
        self.create_button = QPushButton()
        self.create_button.setObjectName("createAccountButton")
        self.create_box = QGroupBox()
        create_form = QFormLayout()
        self.create_labels = add_rows(create_form, self.new_username, self.new_name, self.new_role, self.new_station,
                                      self.new_password)
        create_layout = QVBoxLayout(self.create_box)
        create_layout.addLayout(create_form)
        create_layout.addWidget(self.create_button)

        self.edit_role = self._role_box("editRole")
        self.edit_station = QComboBox()
        self.edit_station.setObjectName("editStation")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveAccountButton")
        self.active_button = QPushButton()
        self.active_button.setObjectName("toggleActiveButton")
        self.reset_password = QLineEdit()
        self.reset_password.setObjectName("resetPassword")
        self.reset_password.setMaxLength(128)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetPasswordButton")
        self.edit_box = QGroupBox()
        edit_form = QFormLayout()
        self.edit_labels = add_rows(edit_form, self.edit_role, self.edit_station, self.reset_password)
        edit_buttons = QHBoxLayout()
        edit_buttons.addWidget(self.save_button)
        edit_buttons.addWidget(self.reset_button)
        edit_buttons.addWidget(self.active_button)
        edit_layout = QVBoxLayout(self.edit_box)
        edit_layout.addLayout(edit_form)
        edit_layout.addLayout(edit_buttons)

        forms = QHBoxLayout()
        forms.addWidget(self.create_box, 1)
        forms.addWidget(self.edit_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(forms)
        layout.addWidget(self.result)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected_changed())
        self.create_button.clicked.connect(self.create)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.active_button.clicked.connect(self.toggle_active)
        self.retranslate()
        self._selected_changed()

    def _role_box(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        for role in ROLES:
            box.addItem(service_name("role", role, ROLE_NAMES), role)
        return box

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("User name"), lambda r: r["username"]),
            Column(self.tr("Name"), lambda r: r["display_name"]),
            Column(self.tr("Role"), lambda r: service_name("role", r["role"], ROLE_NAMES)),
            Column(self.tr("Station"), lambda r: self.station_names.get(r["station_id"], str(r["station_id"]))),
            Column(self.tr("State"), self._state, lambda r: None if r["active"] else "#c62828"),
            Column(self.tr("Created"), lambda r: when(r["created_at"])),
        ]

    def _state(self, r: dict[str, Any]) -> str:
        parts = [self.tr("Active") if r["active"] else self.tr("Deactivated")]
        if r.get("must_change_password"):
            parts.append(self.tr("must change password"))
        if r.get("locked_until"):
            parts.append(self.tr("locked until {0}").format(when(r["locked_until"])))
        return "，".join(parts)

    def retranslate(self) -> None:
        self.create_box.setTitle(self.tr("New account"))
        for label, text in zip(self.create_labels, (self.tr("User name"), self.tr("Name"), self.tr("Role"),
                                                    self.tr("Station"), self.tr("Initial password"))):
            label.setText(text)
        self.new_username.setPlaceholderText(self.tr("lower-case letters and digits, e.g. clerk09"))
        self.new_password.setPlaceholderText(self.tr("the user changes it at the first sign-in"))
        self.create_button.setText(self.tr("Create account"))
        self.edit_box.setTitle(self.tr("Selected account"))
        for label, text in zip(self.edit_labels, (self.tr("Role"), self.tr("Station"), self.tr("New password"))):
            label.setText(text)
        self.reset_password.setPlaceholderText(self.tr("a temporary password; changed at the next sign-in"))
        self.save_button.setText(self.tr("Save role and station"))
        self.reset_button.setText(self.tr("Reset password"))
        self._selected_changed()
        self.model.set_columns(self._columns())

    # --- reading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.read(lambda: (self.service.stations(), self.service.accounts()), self._show)

    def _show(self, answer: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        stations, accounts = answer
        if not self.station_names:
            self.station_names = {s["id"]: s["name"] for s in stations}
            for box in (self.new_station, self.edit_station):
                for s in stations:
                    box.addItem(s["name"], s["id"])
        keep = self.selected()
        self.model.set_rows(accounts)
        if keep is not None and (row := self.model.find(keep["id"])) >= 0:
            self.table.selectRow(row)
        self._selected_changed()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_username(self, username: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record(row)["username"] == username:
                self.table.selectRow(row)
                return

    def _selected_changed(self) -> None:
        account = self.selected()
        self.edit_box.setEnabled(account is not None)
        if account is None:
            self.active_button.setText(self.tr("Deactivate"))
            return
        self.edit_role.setCurrentIndex(max(0, self.edit_role.findData(account["role"])))
        self.edit_station.setCurrentIndex(max(0, self.edit_station.findData(account["station_id"])))
        self.active_button.setText(self.tr("Deactivate") if account["active"] else self.tr("Activate"))

    # --- writes ----------------------------------------------------------------------------------
    def _updated(self, text: str) -> Any:
        def done(account: dict[str, Any]) -> None:
            self.done(text.format(account["username"]))
            self.reload()
        return done

    def create(self) -> None:
        self.submit(lambda: create_account_write(
            self.new_username.text(), self.new_name.text(), self.new_role.currentData(),
            self.new_station.currentData(), self.new_password.text()),
            self._created)

    def _created(self, account: dict[str, Any]) -> None:
        for edit in (self.new_username, self.new_name, self.new_password):
            edit.clear()
        self.done(self.tr("Account {0} created: it must choose its own password at the first sign-in.").format(
            account["username"]))
        self.read(lambda: (self.service.stations(), self.service.accounts()),
                  lambda answer: (self._show(answer), self.select_username(account["username"])))

    def save(self) -> None:
        account = self.selected()
        if account is not None:
            self.submit(lambda: update_account_write(account, role=self.edit_role.currentData(),
                                                     station_id=self.edit_station.currentData()),
                        self._updated(self.tr("Account {0} changed; it signs in again.")))

    def toggle_active(self) -> None:
        account = self.selected()
        if account is not None:
            active = not account["active"]
            self.submit(lambda: update_account_write(account, active=active), self._updated(
                self.tr("Account {0} activated.") if active else self.tr("Account {0} deactivated.")))

    def reset(self) -> None:
        account = self.selected()
        if account is not None:
            self.submit(lambda: reset_password_write(account, self.reset_password.text()), self._reset_done)

    def _reset_done(self, account: dict[str, Any]) -> None:
        self.reset_password.clear()
        self.done(self.tr("Password of {0} reset and lock-out lifted: it must choose its own at the next "
                          "sign-in.").format(account["username"]))
        self.reload()
