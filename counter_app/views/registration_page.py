"""面签注册: find a user, register personal and unit users face-sign, upgrade, bind, change, print."""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.identity import (
    ID_DOCUMENT_NAMES,
    FieldError,
    validate_id_number,
    validate_identity,
    validate_mobile,
    validate_uscc,
    validate_vin,
)
from counter_app.domain.masking import mask_mobile
from counter_app.domain.registration import CONSENT_WAY_NAMES, ConsentWay, UserType
from counter_app.domain.timefmt import format_local, local
from counter_app.services.api_client import ApiError, OfflineError
from counter_app.services.context import AppContext
from counter_app.services.printing import render_pdf
from counter_app.services import registration
from counter_app.services.registration import consent_text, registration_form
from counter_app.services.sync import Write
from counter_app.domain.access import may_register
from counter_app.domain.registration import BindingLimits
from counter_app.views.centre_messages import centre_message
from counter_app.views.customer import Lookup, chain_tab_order, keyboard_table, scanner_field, set_shown
from counter_app.views.names import field_message, service_name, user_type_name
from counter_app.views.print_preview import show_preview
from counter_app.views.widgets import DictTableModel, FieldWithError, add_rows, make_table, set_error


class _TickModel(DictTableModel):
    """Vehicles to tick for binding, never more than the account may bind."""

    def __init__(self, *args: Any, limit: int | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limit = limit

    def _full(self) -> bool:
        """`limit` None: no cap (a person's own vehicles, issue 10)."""
        return self.limit is not None and len(self.checked) >= self.limit

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001, N802
        if (role == Qt.ItemDataRole.CheckStateRole and Qt.CheckState(value) == Qt.CheckState.Checked
                and index.row() not in self.checked and self._full()):
            return False
        return super().setData(index, value, role)

    def flags(self, index):  # noqa: ANN001, ANN201
        base = super().flags(index)
        if index.column() == 0 and index.row() not in self.checked and self._full():
            base &= ~Qt.ItemFlag.ItemIsUserCheckable  # still selectable: the arrows pass over it
        return base


def _nanjing_date(value: str | None) -> str:
    """An API timestamp as its Nanjing calendar date (not the UTC date)."""
    return format_local(datetime.fromisoformat(value))[:10] if value else ""


def _line(name: str, max_length: int = 64) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    return edit


class _Form(QWidget):
    """What the two registration forms share: checked fields, the vehicles on record of the
    applicant (tick to bind), reading the ID card, sending, and the centre's refusals.

    A form supplies `_card_read(card)` (fill itself from an ID card) and `write(values)`
    (the write that registers).
    """

    def __init__(self, page: RegistrationPage, *, owner_key: str, submit_name: str, limit: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.ctx = page.ctx
        self.owner_key = owner_key  # the field whose number owns the vehicles on record
        self.fields: dict[str, FieldWithError] = {}
        self.checks: dict[str, Callable[[str], str]] = {}
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.form = QFormLayout()
        self.vehicles = _TickModel([
            (self.tr("Bind"), lambda r: ""),
            (self.tr("Plate"), lambda r: r["plate"]),
            (self.tr("VIN"), lambda r: r["vin"]),
            (self.tr("Vehicle type"), lambda r: r["vehicle_type"]),
            (self.tr("Brand"), lambda r: r["brand"]),
            (self.tr("Mobile on record"), lambda r: r["mobile"]),
        ], checkable=True, limit=limit, parent=self)
        self.vehicle_view = keyboard_table(make_table(self.vehicles, f"{submit_name}Vehicles"))
        self.read_card = QPushButton()
        self.submit_button = QPushButton()
        self.submit_button.setObjectName(submit_name)
        self.submit_button.setAutoDefault(True)
        self.read_card.setAutoDefault(True)
        self.open_existing = QPushButton()
        self.open_existing.setObjectName(f"{submit_name}OpenExisting")
        self.open_existing.setAutoDefault(True)
        self.open_existing.hide()
        self.print_provisional = QPushButton()
        self.print_provisional.setObjectName(f"{submit_name}PrintProvisional")
        self.print_provisional.setAutoDefault(True)
        self.print_provisional.hide()
        self._existing_number: str | None = None
        self._provisional: tuple[dict[str, Any], str, str] | None = None  # (values, local ref, ticket)
        self.vehicles_label = QLabel()
        self.vehicles_note = QLabel()
        self._vehicles_for: str | None = None  # whose vehicles the table lists
        self.vehicles_note.setObjectName("vehiclesNote")
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_card)
        buttons.addStretch(1)
        buttons.addWidget(self.open_existing)
        buttons.addWidget(self.print_provisional)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.vehicles_label)
        layout.addWidget(self.vehicles_note)
        layout.addWidget(self.vehicle_view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.read_card.clicked.connect(
            lambda: self.ctx.runner.submit(self.ctx.id_reader.read, self._card_read, self.show_server_error))
        self.submit_button.clicked.connect(self.submit)
        self.open_existing.clicked.connect(self._open_existing)
        self.print_provisional.clicked.connect(self._print_provisional)
        self.open_existing.setText(self.tr("Open the &existing user"))
        self.print_provisional.setText(self.tr("&Print the form (awaiting the centre)"))

    def add_field(self, key: str, editor: QLineEdit, check: Callable[[str], str] | None = None) -> FieldWithError:
        field = FieldWithError(editor)
        self.fields[key] = field
        if check is not None:
            self.checks[key] = check
            editor.editingFinished.connect(lambda key=key: self.check_field(key))
        if key == self.owner_key:
            editor.editingFinished.connect(self.load_vehicles)
        return field

    def check_field(self, key: str) -> str | None:
        """Check one field with the shared domain validator; show the message beside it."""
        editor: QLineEdit = self.fields[key].editor
        try:
            value = self.checks[key](editor.text())
        except FieldError as exc:
            self.fields[key].set_error(field_message(exc))
            return None
        self.fields[key].set_error("")
        return value

    def check_all(self) -> dict[str, str] | None:
        values = {key: self.check_field(key) for key in self.checks}
        for key, field in self.fields.items():
            if key not in self.checks and not field.editor.text().strip():
                field.set_error(self.tr("Required."))
                values[key] = None
            elif key not in self.checks:
                field.set_error("")
                values[key] = field.editor.text().strip()
        return None if any(v is None for v in values.values()) else values

    def load_vehicles(self) -> None:
        number = self.check_field(self.owner_key)
        if number is None:
            # A changed, now invalid number: nothing of the previous person's vehicles stays ticked.
            self._vehicles_for = None
            self.vehicles.set_rows([])
            self.vehicles_note.setText("")
            return
        if number == self._vehicles_for:
            return  # editingFinished fires again on focus-out: keep the clerk's ticks
        self._vehicles_for = number
        self.vehicles.set_rows([])
        self.vehicles_note.setText("")
        self.ctx.runner.submit(lambda: self.ctx.registration.owned_vehicles(number),
                               lambda rows: self._vehicles_listed(number, rows), self._vehicles_unavailable)

    def _vehicles_listed(self, number: str, rows: list[dict[str, Any]]) -> None:
        if number != self._vehicles_for:
            return  # the number changed while the list was on its way
        self.vehicles.set_rows(rows)
        if rows:  # Space ticks the first row at once, the arrows move on
            self.vehicle_view.setCurrentIndex(self.vehicles.index(0, 0))
        # Offline, the ticks are printed from the last known records: keep them on this PC.
        self.ctx.runner.submit(lambda: self.ctx.store.put_cached(f"vehicles:{number}", rows, key="vin"))

    def _cached_vehicles(self, number: str) -> None:
        rows = self.ctx.store.cached(f"vehicles:{number}")
        if rows and self._vehicles_for is None:
            self._vehicles_for = number
            self.vehicles.set_rows(rows)

    def _vehicles_unavailable(self, exc: Exception) -> None:
        """The vehicle list is a help, not the form: say why it is empty beside it."""
        self._vehicles_for = None  # try again next time
        if isinstance(exc, OfflineError):
            number = self.check_field(self.owner_key)
            if number is not None:
                self._cached_vehicles(number)
            self.vehicles_note.setText(self.tr(
                "Offline: the vehicles listed are the last known records on this PC (if any); the registration "
                "can still be saved and is checked by the centre when the link returns."))
        else:
            self.vehicles_note.setText(centre_message(exc) if isinstance(exc, ApiError) else str(exc))

    def submit(self) -> None:
        values = self.check_all()
        if values is None:
            set_error(self.message, self.tr("Correct the fields marked in red first."))
            return
        values["vins"] = [r["vin"] for r in self.vehicles.checked_rows()]
        values["vehicles"] = self.vehicles.checked_rows()
        self.submit_button.setEnabled(False)
        set_error(self.message, "")
        self.open_existing.hide()
        self.print_provisional.hide()
        self._provisional = None
        ticket = self.ctx.queue_ticket
        local_ref: list[str] = []

        def on_result(outcome: str, payload: Any) -> None:
            if outcome == "queued":
                local_ref.append(payload.local_ref or "")
            self._on_result(outcome, payload, values, local_ref[0] if local_ref else "", ticket)

        self.ctx.writes.submit(self.write(values), on_result)

    def _on_result(self, outcome: str, payload: Any, values: dict[str, Any] | None = None, local_ref: str = "",
                   ticket: str = "") -> None:
        if outcome == "queued":
            set_error(self.message, "")
            self.message.setText(self.tr("Saved on this PC; sending to the centre for checking..."))
            return
        self.submit_button.setEnabled(True)
        if outcome == "sent":
            set_error(self.message, "")
            self._clear()
            self.page.registered(payload, ticket)
        elif outcome == "pending":
            self._clear()
            set_error(self.message, "")
            self._provisional = (values or {}, local_ref, ticket)
            self.print_provisional.show()
            self.message.setText(self.tr(
                "Saved offline with the local reference {0} (待同步): print the form now for signature, marked "
                "awaiting the centre; the centre checks it when the link returns and its registration number "
                "shows under Sync status, where the form can be printed again with it.").format(local_ref))
            self.print_provisional.setFocus()
        else:
            self.show_server_error(payload)

    def _print_provisional(self) -> None:
        if self._provisional is None:
            return
        values, local_ref, ticket = self._provisional
        self.page.print_provisional(self.provisional_user(values), local_ref, ticket)

    def provisional_user(self, values: dict[str, Any]) -> dict[str, Any]:
        """The record as the form prints it before the centre has numbered it (a form fills in more)."""
        return {"vehicles": [{**v, "plate": v.get("plate")} for v in values.get("vehicles", [])],
                "binding_count": len(values.get("vehicles", [])), "face_signed": True}

    def _open_existing(self) -> None:
        if self._existing_number:
            self.page.open_number(self._existing_number)

    def _clear(self) -> None:
        for field in self.fields.values():
            field.editor.clear()
            field.set_error("")
        self.vehicles.set_rows([])
        self.vehicles_note.setText("")
        self._vehicles_for = None

    def next_customer(self) -> None:
        self._clear()
        set_error(self.message, "")
        self.open_existing.hide()
        self.print_provisional.hide()
        self._provisional = None
        self._existing_number = None

    def show_server_error(self, exc: Exception) -> None:
        if isinstance(exc, OfflineError):
            set_error(self.message, self.tr(
                "The central service cannot be reached. Registration needs it to check the vehicle and "
                "licence records: nothing was saved, please submit again when the link is back."))
            return
        message = centre_message(exc) if isinstance(exc, ApiError) else self.tr("Unexpected error: {0}").format(exc)
        set_error(self.message, message)
        if isinstance(exc, ApiError) and exc.code == "user_exists":
            # A duplicate: offer the existing record instead of a dead end.
            self._existing_number = self.fields[self.owner_key].editor.text().strip().upper()
            self.open_existing.show()
            self.open_existing.setFocus()
        for name in getattr(exc, "fields", []) or []:
            key = name.split(".")[0]
            if key in self.fields:
                self.fields[key].set_error(message)

    def today(self):  # noqa: ANN201
        return local(self.ctx.clock.now()).date()


class PersonalForm(_Form):
    def __init__(self, page: RegistrationPage, parent: QWidget | None = None) -> None:
        # Own vehicles are not counted toward the limit (issue 10): no cap on ticking them.
        super().__init__(page, owner_key="id_number", submit_name="registerPersonal", limit=None, parent=parent)
        self.submit_button.setText(self.tr("&Register (face-sign)"))
        self.read_card.setText(self.tr("Rea&d ID card"))
        self.vehicles_label.setText(self.tr("Own vehicles on record (tick to bind; not counted toward the limit):"))
        self.user_type = QComboBox()
        self.user_type.setObjectName("userType")
        for user_type in UserType:
            self.user_type.addItem(user_type_name(user_type.value), user_type.value)
        self.id_number = scanner_field(_line("personalIdNumber", 18))
        self.name = _line("personalName", 32)
        self.mobile = scanner_field(_line("personalMobile", 11))
        labels = add_rows(
            self.form, self.user_type,
            self.add_field("id_number", self.id_number, lambda v: validate_id_number(v, self.today())),
            self.add_field("name", self.name),
            self.add_field("mobile", self.mobile, validate_mobile),
        )
        for label, text in zip(labels, (self.tr("&User type"), self.tr("&ID number"), self.tr("&Name"),
                                        self.tr("&Mobile"))):
            label.setText(text)
        # The document the number belongs to (resident ID, residence permits, foreigners' card).
        self.card_type = QLabel()
        self.card_type.setObjectName("personalCardType")
        self.form.addRow(self.tr("Document"), self.card_type)
        self.id_number.textChanged.connect(self._show_card_type)
        self.others = OthersBox(self)
        self.layout().insertWidget(self.layout().indexOf(self.message), self.others)
        chain_tab_order(self.user_type, self.id_number, self.name, self.mobile, self.vehicle_view, self.read_card,
                        self.open_existing, self.print_provisional, self.submit_button)
        self.mobile.returnPressed.connect(self.submit)  # Enter in the last field submits

    def first_field(self) -> QWidget:
        return self.user_type

    def provisional_user(self, values: dict[str, Any]) -> dict[str, Any]:
        user = super().provisional_user(values)
        user.update(kind="personal", user_type=self.user_type.currentData(), name=values["name"],
                    id_number=values["id_number"], mobile=values["mobile"], binding_limit=BindingLimits().face_signed)
        return user

    def _show_card_type(self, text: str) -> None:
        try:
            document = validate_identity(text, self.today()).document
            self.card_type.setText(service_name("id_document", document.value, ID_DOCUMENT_NAMES))
        except FieldError:
            self.card_type.setText("")

    def _clear(self) -> None:
        super()._clear()
        self.others.model.set_rows([])

    def _card_read(self, card) -> None:  # noqa: ANN001
        if card is None:
            set_error(self.message, self.tr("No card on the reader."))
            return
        self.id_number.setText(card.id_number)
        self.name.setText(card.name)
        set_error(self.message, "")
        self.load_vehicles()
        self.mobile.setFocus()

    def write(self, values: dict[str, Any]) -> Write:
        return registration.register_personal({
            "user_type": self.user_type.currentData(), "id_number": values["id_number"], "name": values["name"],
            "mobile": values["mobile"], "vins": values["vins"],
            "others": [{k: r[k] for k in ("vin", "owner_id_number", "consent_way", "consent_ref")}
                       for r in self.others.model.rows]})


class ConsentFields(QWidget):
    """Another owner's vehicle: VIN, the owner's ID number, how the owner consented, the
    authorisation's reference (kept and printed on the form)."""

    def __init__(self, today: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.vin = _line("otherVin", 17)
        self.vin.setPlaceholderText(self.tr("VIN"))
        self.owner = _line("otherOwnerId", 18)
        self.owner.setPlaceholderText(self.tr("Owner's ID number"))
        self.way = QComboBox()
        self.way.setObjectName("otherConsentWay")
        for way in ConsentWay:
            self.way.addItem(service_name("consent_way", way.value, CONSENT_WAY_NAMES), way.value)
        self.ref = _line("otherConsentRef", 64)
        self.ref.setPlaceholderText(self.tr("Authorisation number"))
        self.vin_field = FieldWithError(self.vin)
        self.owner_field = FieldWithError(self.owner)
        self.vin.setMinimumWidth(150)
        self.owner.setMinimumWidth(150)
        self.ref.setMinimumWidth(80)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.vin_field, 2)
        row.addWidget(self.owner_field, 2)
        row.addWidget(self.way, 1)
        row.addWidget(self.ref, 1)
        self.way.currentIndexChanged.connect(lambda _i: self._ref_needed())
        self._ref_needed()

    def _ref_needed(self) -> None:
        self.ref.setEnabled(self.way.currentData() == ConsentWay.SIGNED_AUTHORISATION.value)

    def values(self) -> dict[str, Any] | None:
        """The checked values, or None with the messages beside the fields."""
        try:
            vin = validate_vin(self.vin.text())
            self.vin_field.set_error("")
        except FieldError as exc:
            self.vin_field.set_error(field_message(exc))
            vin = None
        try:
            owner = validate_id_number(self.owner.text(), self.today(), field="owner_id_number")
            self.owner_field.set_error("")
        except FieldError as exc:
            self.owner_field.set_error(field_message(exc))
            owner = None
        way = self.way.currentData()
        ref = self.ref.text().strip() if way == ConsentWay.SIGNED_AUTHORISATION.value else None
        if way == ConsentWay.SIGNED_AUTHORISATION.value and not ref:
            self.owner_field.set_error(self.tr("Enter the number of the owner's signed authorisation."))
            return None
        if vin is None or owner is None:
            return None
        return {"vin": vin, "owner_id_number": owner, "consent_way": way, "consent_ref": ref}

    def clear(self) -> None:
        for edit in (self.vin, self.owner, self.ref):
            edit.clear()


class OthersBox(QGroupBox):
    """Vehicles of other owners to bind at registration, each with the owner's consent; listed
    apart from the applicant's own vehicles (only these count toward the limit of 3)."""

    def __init__(self, form: PersonalForm) -> None:
        super().__init__(form)
        self.setObjectName("othersBox")
        self.setTitle(self.tr("Vehicles of other owners (owner's consent; counted toward the limit of 3)"))
        self.fields = ConsentFields(form.today, self)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addOther")
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.model = DictTableModel([
            (self.tr("VIN"), lambda r: r["vin"]),
            (self.tr("Owner's ID number"), lambda r: r["owner_id_number"]),
            (self.tr("Consent"), lambda r: consent_text({"own": False, **r, "owner_name": self.tr("Owner")})),
        ], parent=self)
        self.view = make_table(self.model, "othersTable")
        self.view.setMaximumHeight(110)
        row = QHBoxLayout()
        row.addWidget(self.fields, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)

    def add(self) -> None:
        values = self.fields.values()
        if values is None:
            return
        rows = [r for r in self.model.rows if r["vin"] != values["vin"]]
        self.model.set_rows([*rows, values])
        self.fields.clear()

    def remove(self) -> None:
        picked = {i.row() for i in self.view.selectionModel().selectedRows()}
        self.model.set_rows([r for i, r in enumerate(self.model.rows) if i not in picked])


class UnitForm(_Form):
    def __init__(self, page: RegistrationPage, parent: QWidget | None = None) -> None:
        super().__init__(page, owner_key="uscc", submit_name="registerUnit", limit=BindingLimits().unit,
                         parent=parent)
        self.submit_button.setText(self.tr("&Register unit"))
        self.read_card.setText(self.tr("Rea&d agent's ID card"))
        self.vehicles_label.setText(self.tr("Vehicles of the unit on record (tick to bind):"))
        self.unit_name = _line("unitName", 64)
        self.uscc = scanner_field(_line("unitUscc", 18))
        self.address = _line("unitAddress", 128)
        self.agent_name = _line("agentName", 32)
        self.agent_id = scanner_field(_line("agentIdNumber", 18))
        self.agent_mobile = scanner_field(_line("agentMobile", 11))
        self.authorisation = _line("authorisationRef", 64)
        labels = add_rows(
            self.form,
            self.add_field("unit_name", self.unit_name),
            self.add_field("uscc", self.uscc, validate_uscc),
            self.add_field("address", self.address),
            self.add_field("agent_name", self.agent_name),
            self.add_field("agent_id_number", self.agent_id,
                           lambda v: validate_id_number(v, self.today(), field="agent_id_number")),
            self.add_field("agent_mobile", self.agent_mobile, lambda v: validate_mobile(v, field="agent_mobile")),
            self.add_field("authorisation_ref", self.authorisation),
        )
        texts = (self.tr("Unit &name"), self.tr("Unified social &credit code"), self.tr("A&ddress"),
                 self.tr("A&gent name"), self.tr("Agent &ID number"), self.tr("Agent &mobile"),
                 self.tr("Au&thorisation number"))
        for label, text in zip(labels, texts):
            label.setText(text)
        chain_tab_order(self.unit_name, self.uscc, self.address, self.agent_name, self.agent_id, self.agent_mobile,
                        self.authorisation, self.vehicle_view, self.read_card, self.open_existing,
                        self.print_provisional, self.submit_button)
        self.authorisation.returnPressed.connect(self.submit)  # Enter in the last field submits

    def first_field(self) -> QWidget:
        return self.unit_name

    def provisional_user(self, values: dict[str, Any]) -> dict[str, Any]:
        user = super().provisional_user(values)
        user.update(kind="unit", user_type=None, name=values["unit_name"], id_number=values["uscc"],
                    mobile=values["agent_mobile"], address=values["address"], agent_name=values["agent_name"],
                    agent_id_number=values["agent_id_number"], authorisation_ref=values["authorisation_ref"],
                    binding_limit=BindingLimits().unit)
        return user

    def _card_read(self, card) -> None:  # noqa: ANN001
        if card is None:
            set_error(self.message, self.tr("No card on the reader."))
            return
        self.agent_name.setText(card.name)
        self.agent_id.setText(card.id_number)
        self.check_field("agent_id_number")

    def write(self, values: dict[str, Any]) -> Write:
        return registration.register_unit({key: values[key] for key in (
            "unit_name", "uscc", "address", "agent_name", "agent_id_number", "agent_mobile", "authorisation_ref",
            "vins")})


class RecordPanel(QGroupBox):
    """The open record: whole numbers, bindings, and the changes made at this counter."""

    def __init__(self, page: RegistrationPage) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.user: dict[str, Any] | None = None
        self.is_new = False
        self.changes: list[str] = []
        self.setTitle(self.tr("Open record"))
        self.summary = QLabel()
        self.summary.setObjectName("recordSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bound = DictTableModel([
            (self.tr("Plate"), lambda r: r["plate"]),
            (self.tr("VIN"), lambda r: r["vin"]),
            (self.tr("Vehicle type"), lambda r: r["vehicle_type"]),
            (self.tr("Bound at"), lambda r: _nanjing_date(r["bound_at"])),
        ], parent=self)
        self.bound_view = keyboard_table(make_table(self.bound, "boundVehicles"))
        self.owned = DictTableModel([
            (self.tr("Plate"), lambda r: r["plate"]),
            (self.tr("VIN"), lambda r: r["vin"]),
            (self.tr("Vehicle type"), lambda r: r["vehicle_type"]),
            (self.tr("Mobile on record"), lambda r: r["mobile"]),
        ], parent=self)
        self.owned_view = keyboard_table(make_table(self.owned, "unboundVehicles"))
        self.owned_view.clicked.connect(lambda index: self.vin.setText(self.owned.row(index.row())["vin"]))
        # Vehicles of other owners bound with their consent: the second list (DOMAIN.md §1).
        self.others = DictTableModel([
            (self.tr("Plate"), lambda r: r["plate"]),
            (self.tr("VIN"), lambda r: r["vin"]),
            (self.tr("Owner and consent"), consent_text),
            (self.tr("Bound at"), lambda r: r["bound_at"][:10]),
        ], parent=self)
        self.others_view = make_table(self.others, "othersBoundVehicles")
        self.consent = ConsentFields(lambda: local(self.ctx.clock.now()).date(), self)
        self.bind_other_button = QPushButton(self.tr("Bind another owner's vehicle"))
        self.bind_other_button.setObjectName("bindOtherButton")
        self.owned_view.activated.connect(lambda index: self.vin.setText(self.owned.row(index.row())["vin"]))

        self.face_sign_button = QPushButton(self.tr("&Face-sign upgrade"))
        self.face_sign_button.setObjectName("faceSignButton")
        self.unbind_button = QPushButton(self.tr("&Unbind selected"))
        self.print_button = QPushButton(self.tr("&Print application form"))
        self.print_button.setObjectName("printForm")
        self.vin = scanner_field(_line("bindVin", 17))
        self.vin.setPlaceholderText(self.tr("VIN (scan, or pick a vehicle below)"))
        self.vin_field = FieldWithError(self.vin)
        self.bind_button = QPushButton(self.tr("&Bind"))
        self.bind_button.setObjectName("bindButton")
        self.mobile = scanner_field(_line("newMobile", 11))
        self.mobile.setPlaceholderText(self.tr("New mobile"))
        self.mobile_field = FieldWithError(self.mobile)
        self.change_button = QPushButton(self.tr("C&hange mobile"))
        self.ticket = ""  # the queue ticket of the customer whose record is open
        self.message = QLabel()
        self.message.setObjectName("recordMessage")
        self.message.setWordWrap(True)

        bind_row = QHBoxLayout()
        bind_row.addWidget(self.vin_field, 2)
        bind_row.addWidget(self.bind_button)
        bind_row.addWidget(self.mobile_field, 1)
        bind_row.addWidget(self.change_button)
        actions = QHBoxLayout()
        actions.addWidget(self.face_sign_button)
        actions.addWidget(self.unbind_button)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        tables = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Bound vehicles")))
        left.addWidget(self.bound_view)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Other vehicles on record")))
        right.addWidget(self.owned_view)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("Vehicles of other owners (with the owner's consent)")))
        middle.addWidget(self.others_view)
        tables.addLayout(left, 1)
        tables.addLayout(middle, 1)
        tables.addLayout(right, 1)
        actions.insertWidget(2, self.consent, 1)  # another owner's vehicle: VIN, owner, consent
        actions.insertWidget(3, self.bind_other_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(tables, 1)
        layout.addLayout(bind_row)
        layout.addLayout(actions)
        layout.addWidget(self.message)

        self.face_sign_button.clicked.connect(self.face_sign)
        self.bind_button.clicked.connect(self.bind)
        self.vin.returnPressed.connect(self.bind)
        self.unbind_button.clicked.connect(self.unbind)
        self.bind_other_button.clicked.connect(self.bind_other)
        self.change_button.clicked.connect(self.change_mobile)
        self.print_button.clicked.connect(self.print_form)
        self.mobile.returnPressed.connect(self.change_mobile)
        self.writer = self.ctx.login is not None and may_register(self.ctx.login.role)
        for widget in (self.face_sign_button, self.unbind_button, self.bind_button, self.change_button,
                       self.vin_field, self.mobile_field):
            set_shown(widget, self.writer)  # a supervisor looks; only a window clerk changes records
        for button in (self.face_sign_button, self.unbind_button, self.print_button, self.bind_button,
                       self.change_button):
            button.setAutoDefault(True)
        chain_tab_order(self.bound_view, self.owned_view, self.vin, self.bind_button, self.mobile, self.change_button,
                        self.face_sign_button, self.unbind_button, self.print_button)
        self.show_user(None)

    # --- showing ---------------------------------------------------------------------------
    def open_user(self, user_id: int, *, is_new: bool = False, message: str = "") -> None:
        self.ctx.runner.submit(lambda: self.ctx.registration.get(user_id),
                               lambda user: self._opened(user, is_new, message), self._failed)

    def _opened(self, user: dict[str, Any], is_new: bool, message: str) -> None:
        if self.user is None or self.user["id"] != user["id"]:
            self.changes = []
            self.ticket = self.ctx.queue_ticket
        self.is_new = is_new
        self.show_user(user)
        self.message.setText(message)

    def show_user(self, user: dict[str, Any] | None) -> None:
        self.user = user
        for widget in (self.face_sign_button, self.unbind_button, self.print_button, self.bind_button,
                       self.change_button, self.vin, self.mobile, self.bind_other_button, self.consent):
            widget.setEnabled(user is not None)
        if user is None:
            self.summary.setText(self.tr("Search for a user, or register a new one."))
            self.bound.set_rows([])
            self.owned.set_rows([])
            self.others.set_rows([])
            return
        kind = user_type_name(user["user_type"])
        how = self.tr("face-signed") if user["face_signed"] else self.tr("registered online")
        self.summary.setText(self.tr(
            "{0}  {1}  {2}\nID: {3}   Mobile: {4}\n{5}; vehicles bound {6} of {7}").format(
            user["registration_no"], user["name"], f"{kind}  {service_name('id_document', user.get('id_type') or 'resident_id', ID_DOCUMENT_NAMES)}", user["id_number"],
            user["mobile"], how, user["binding_count"], user["binding_limit"]))
        self.face_sign_button.setEnabled(not user["face_signed"])
        self.bound.set_rows([v for v in user["vehicles"] if v.get("own", True)])
        self.others.set_rows([v for v in user["vehicles"] if not v.get("own", True)])
        bound_vins = {v["vin"] for v in user["vehicles"]}

        def listed(rows: list[dict[str, Any]]) -> None:
            if self.user is not None and self.user["id"] == user["id"]:
                self.owned.set_rows([r for r in rows if r["vin"] not in bound_vins])

        self.ctx.runner.submit(lambda: self.ctx.registration.owned_vehicles(user["id_number"]), listed, self._failed)

    # --- changes ---------------------------------------------------------------------------
    def _apply(self, write: Write, change: str) -> None:
        set_error(self.message, "")

        def on_result(outcome: str, payload: Any) -> None:
            if outcome == "queued":
                self.message.setText(self.tr("Sending..."))
            elif outcome == "sent":
                self._changed(payload, change)
            elif outcome == "pending":
                set_error(self.message, self.tr(
                    "The link dropped while sending: the change is kept on this PC and retried automatically; "
                    "see Sync status for the centre's answer."))
            else:
                self._failed(payload)

        self.ctx.writes.submit(write, on_result)

    def _changed(self, user: dict[str, Any], change: str) -> None:
        if self.user is None or self.user["id"] != user["id"]:
            return  # the clerk moved on to the next customer meanwhile
        self.changes.append(change)
        self.show_user(user)
        self.page.refresh_results(user)  # the search line shows the record as it is now
        self.message.setText(self.tr("Saved: {0}. Print the form for the applicant to sign.").format(change))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, OfflineError):
            set_error(self.message, self.tr(
                "The central service cannot be reached: this change needs its answer at once, nothing was changed."))
        else:
            set_error(self.message, centre_message(exc) if isinstance(exc, ApiError) else str(exc))

    def face_sign(self) -> None:
        self._apply(registration.face_sign(self.user), self.tr("face-sign upgrade (1 → 3 vehicles)"))

    def bind(self) -> None:
        try:
            vin = validate_vin(self.vin.text())
        except FieldError as exc:
            self.vin_field.set_error(field_message(exc))
            return
        self.vin_field.set_error("")
        self.vin.clear()
        self._apply(registration.bind(self.user, vin), self.tr("bind vehicle {0}").format(vin))

    def bind_other(self) -> None:
        values = self.consent.values()
        if values is None:
            return
        self.consent.clear()
        vin = values.pop("vin")
        self._apply(registration.bind(self.user, vin, values),
                    self.tr("bind vehicle {0} of another owner").format(vin))

    def unbind(self) -> None:
        own = self.bound_view.selectionModel().selectedRows()
        others = self.others_view.selectionModel().selectedRows()
        if not own and not others:
            set_error(self.message, self.tr("Select a bound vehicle first."))
            return
        vehicle = self.bound.row(own[0].row()) if own else self.others.row(others[0].row())
        self._apply(registration.unbind(self.user, vehicle),
                    self.tr("unbind vehicle {0}").format(vehicle["plate"] or vehicle["vin"]))

    def change_mobile(self) -> None:
        try:
            mobile = validate_mobile(self.mobile.text())
        except FieldError as exc:
            self.mobile_field.set_error(field_message(exc))
            return
        self.mobile_field.set_error("")
        self._apply(registration.change_mobile(self.user, mobile),
                    self.tr("mobile {0} → {1}").format(mask_mobile(self.user["mobile"]), mask_mobile(mobile)))

    def print_form(self) -> None:
        user = dict(self.user)
        spec = registration_form(user, change=not self.is_new, changes=list(self.changes),
                                 clerk=self.ctx.clerk_label, station=self.ctx.station_name,
                                 printed_at=self.ctx.clock.now(), queue_ticket=self.ticket)
        self.print_button.setEnabled(False)

        def shown(pdf: bytes) -> None:
            self.print_button.setEnabled(True)
            self.page.last_preview = show_preview(self, pdf, spec.title, f"{user['registration_no']}.pdf",
                                                  history=self.ctx.prints, now=self.ctx.clock.now())

        self.ctx.runner.submit(lambda: render_pdf(spec), shown, self._failed)


class _FormSlot(QWidget):
    """A registration tab's place until its form is first needed: the page's first build (at
    sign-in, it is the first page) is then the search tab only; a form is built when its tab
    opens or a search prefills it (issue 17: the UI thread's longest stall of the day)."""

    def __init__(self, build: Callable[[QWidget], _Form]) -> None:
        super().__init__()
        self._build = build
        self.form: _Form | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def get(self) -> _Form:
        if self.form is None:
            # Built in its place: a focus chain set on a parentless form is lost when a shown
            # window adopts it (Tab would leave the form for the queue ticket).
            self.form = self._build(self)
            self.layout().addWidget(self.form)
            self.form.show()  # at once, not on the layout's queued show: the focus goes in now
        return self.form


class RegistrationPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_preview = None
        heading = QLabel(self.tr("Face-sign registration"))
        heading.setObjectName("pageHeading")

        self.search = scanner_field(_line("searchIdNumber", 18))
        self.search.setPlaceholderText(self.tr("ID number or unified social credit code"))
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setObjectName("searchButton")
        self.read_card = QPushButton(self.tr("Read I&D card"))
        self.search_message = QLabel()
        self.search_message.setObjectName("searchMessage")
        self.results = DictTableModel([
            (self.tr("Registration no."), lambda r: r["registration_no"]),
            (self.tr("Kind"), lambda r: user_type_name(r["user_type"])),
            (self.tr("Name"), lambda r: r["name"]),
            (self.tr("ID number"), lambda r: r["id_number"]),
            (self.tr("Mobile"), lambda r: r["mobile"]),
            (self.tr("Registered"), lambda r: self.tr("face-sign") if r["face_signed"] else self.tr("online")),
            (self.tr("Vehicles"), lambda r: f"{r['binding_count']}/{r['binding_limit']}"),
            (self.tr("Since"), lambda r: _nanjing_date(r["created_at"])),
        ], parent=self)
        self.results_view = keyboard_table(make_table(self.results, "searchResults"))
        self.results_view.setMinimumHeight(110)
        self.results_view.setMaximumHeight(150)
        self.results_view.doubleClicked.connect(self._open_selected)
        self.results_view.clicked.connect(self._open_selected)
        self.results_view.activated.connect(self._open_selected)
        self.record = RecordPanel(self)
        self.lookup = Lookup(ctx, self, self.search_button)
        self.lookup.on_click(self.find)
        self.lookup.cancelled.connect(lambda: self.search_message.setText(self.tr("Search cancelled.")))

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_button)
        search_row.addWidget(self.read_card)
        find_tab = QWidget()
        find_layout = QVBoxLayout(find_tab)
        find_layout.addLayout(search_row)
        find_layout.addWidget(self.search_message)
        find_layout.addWidget(self.results_view)
        find_layout.addWidget(self.record, 1)

        self._personal_slot = _FormSlot(lambda slot: PersonalForm(self, slot))
        self._unit_slot = _FormSlot(lambda slot: UnitForm(self, slot))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("registrationTabs")
        self.tabs.addTab(find_tab, self.tr("&Find and change"))
        if may_register(ctx.login.role if ctx.login else ""):
            self.tabs.addTab(self._personal_slot, self.tr("&Personal registration"))
            self.tabs.addTab(self._unit_slot, self.tr("&Unit registration"))
        self.tabs.currentChanged.connect(lambda _i: self.first_field().setFocus())
        chain_tab_order(self.search, self.search_button, self.read_card, self.results_view, self.record.bound_view)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.search.returnPressed.connect(self.find)
        self.read_card.clicked.connect(lambda: self.ctx.runner.submit(self.ctx.id_reader.read, self._card_read,
                                                                      self.record._failed))

    @property
    def personal(self) -> PersonalForm:
        return self._personal_slot.get()  # type: ignore[return-value]

    @property
    def unit(self) -> UnitForm:
        return self._unit_slot.get()  # type: ignore[return-value]

    def first_field(self) -> QWidget:
        current = self.tabs.currentWidget()
        return current.get().first_field() if isinstance(current, _FormSlot) else self.search

    def next_customer(self) -> None:
        """下一位: the page as it was before the first customer."""
        self.lookup.forget()
        self.search.clear()
        self.search_message.clear()
        self.results.set_rows([])
        self.record.changes = []
        self.record.show_user(None)
        self.record.message.clear()
        for slot in (self._personal_slot, self._unit_slot):
            if slot.form is not None:  # a form never built holds no one
                slot.form.next_customer()
        self.tabs.setCurrentIndex(0)

    def _card_read(self, card) -> None:  # noqa: ANN001
        if card is None:
            self.search_message.setText(self.tr("No card on the reader."))
            return
        self.search.setText(card.id_number)
        self.find()

    def find(self) -> None:
        text = self.search.text().strip().upper()
        # Nothing of the previous customer stays on screen while this search runs.
        self.results.set_rows([])
        self.record.changes = []
        self.record.show_user(None)
        self.record.message.clear()
        set_error(self.search_message, "")
        if not text:
            return
        if not all(c.isascii() and c.isalnum() for c in text):
            set_error(self.search_message, self.tr(
                "Search is by number: type or scan the ID number (18 characters) or the unified social credit "
                "code, not a name."))
            return
        self.search_message.setText(self.tr("Searching... (Esc cancels)"))
        self.lookup.run(lambda: self.ctx.registration.find(text), lambda rows: self._found(rows, text),
                        self._search_failed)

    def _found(self, rows: list[dict[str, Any]], text: str) -> None:
        self.results.set_rows(rows)
        if rows:
            self.search_message.setText(self.tr("{0} account(s) found.").format(len(rows)))
            self.results_view.selectRow(0)
            self.record.open_user(rows[0]["id"])
        else:
            self.search_message.setText(self.tr("Not registered yet: use the registration tabs."))
            self.record.show_user(None)
            if len(text) == 18 and text[:8].isdigit() and not text[8:].isdigit():
                self.unit.uscc.setText(text)
            else:
                self.personal.id_number.setText(text)

    def _search_failed(self, exc: Exception) -> None:
        if isinstance(exc, OfflineError):
            set_error(self.search_message, self.tr(
                "The central service cannot be reached: searching needs it. A new registration can still be "
                "saved on the registration tabs."))
            return
        set_error(self.search_message, centre_message(exc) if isinstance(exc, ApiError) else str(exc))

    def _open_selected(self, index) -> None:  # noqa: ANN001
        self.record.open_user(self.results.row(index.row())["id"])

    def refresh_results(self, user: dict[str, Any]) -> None:
        """The search line shows the record as it is now (after a registration or a change)."""
        rows = [user if r["id"] == user["id"] else r for r in self.results.rows] or [user]
        self.results.set_rows(rows)
        self.results_view.selectRow(next(i for i, r in enumerate(rows) if r["id"] == user["id"]))
        self.search_message.setText(self.tr("{0} account(s) found.").format(len(rows)))

    def open_number(self, number: str) -> None:
        """Open the existing user of a number (offered when a registration finds it registered)."""
        self.tabs.setCurrentIndex(0)
        self.search.setText(number)
        self.find()

    def registered(self, user: dict[str, Any], ticket: str = "") -> None:
        """A registration succeeded: show its record, ready to print the form."""
        self.tabs.setCurrentIndex(0)
        self.search.setText(user["id_number"])
        self.refresh_results(user)
        self.record.changes = []
        self.record.is_new = True
        self.record.ticket = ticket
        self.record.show_user(user)
        self.record.message.setText(self.tr("Registered as {0} at {1}. Print the form for signature.").format(
            user["registration_no"], format_local(self.ctx.clock.now())))
        self.record.print_button.setFocus()

    def print_provisional(self, user: dict[str, Any], local_ref: str, ticket: str) -> None:
        """The form of a registration saved offline: the local reference, marked 待中心确认."""
        print_registration(self, user, local_ref=local_ref, ticket=ticket, provisional=True)


def print_registration(view: QWidget, user: dict[str, Any], *, local_ref: str = "", ticket: str = "",
                       provisional: bool = False, changes: Sequence[str] = ()) -> None:
    """Render a registration form off the UI thread and preview it (the page and 同步状态 use it)."""
    ctx: AppContext = view.ctx
    if provisional:
        user = {**user, "registration_no": local_ref}
    spec = registration_form(user, change=False, changes=list(changes), clerk=ctx.clerk_label,
                             station=ctx.station_name, printed_at=ctx.clock.now(), queue_ticket=ticket,
                             provisional_ref=local_ref if provisional else None)
    name = f"{local_ref or user.get('registration_no', 'form')}.pdf"

    def shown(pdf: bytes) -> None:
        view.last_preview = show_preview(view, pdf, spec.title, name, history=ctx.prints, now=ctx.clock.now())

    ctx.runner.submit(lambda: render_pdf(spec), shown, lambda exc: logging.getLogger(__name__).error(
        "form not rendered: %s", type(exc).__name__))
