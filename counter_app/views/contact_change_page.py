"""变更联系方式: change the mobile on a person's vehicle and licence records at the window.

What the clerk does first when a registration is refused because a record's mobile disagrees
(DOMAIN.md §1): the holder is present with the ID card (the clerk confirms it was checked), the
records in the person's name are listed with their mobiles masked, all or the ticked ones get
the new mobile, and a receipt is printed for the holder to sign.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.identity import FieldError, validate_id_number, validate_mobile
from counter_app.domain.timefmt import local
from counter_app.services.api_client import ApiError, OfflineError
from counter_app.services.contact import ContactDesk, change_write, contact_receipt
from counter_app.services.context import AppContext
from counter_app.services.printing import render_pdf
from counter_app.views.centre_messages import centre_message
from counter_app.views.print_preview import show_preview
from counter_app.views.widgets import DictTableModel, FieldWithError, add_rows, make_table, set_error
from counter_app.views.names import field_message


class ContactChangePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.desk = ContactDesk(ctx.api)
        self.person: dict[str, Any] | None = None
        self.id_number: str | None = None
        self.done: dict[str, Any] | None = None
        self.last_preview = None
        heading = QLabel(self.tr("Change of contact mobile"))
        heading.setObjectName("pageHeading")
        hint = QLabel(self.tr("The holder must be present with the ID card. Tick the records to change, "
                              "or none to change every record in the holder's name."))
        hint.setWordWrap(True)

        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("contactIdNumber")
        self.id_edit.setMaxLength(18)
        self.id_field = FieldWithError(self.id_edit)
        self.find_button = QPushButton(self.tr("Show records"))
        self.find_button.setObjectName("contactFind")
        self.read_card = QPushButton(self.tr("Read ID card"))
        self.summary = QLabel()
        self.summary.setObjectName("contactSummary")
        self.records = DictTableModel([
            (self.tr("Change"), lambda r: ""),
            (self.tr("Record"), lambda r: r["ref"]),
            (self.tr("Mobile on record"), lambda r: r["mobile_masked"]),
        ], checkable=True, parent=self)
        self.records_view = make_table(self.records, "contactRecords")
        self.id_checked = QCheckBox(self.tr("Holder present, ID card checked"))
        self.id_checked.setObjectName("contactIdChecked")
        self.mobile_edit = QLineEdit()
        self.mobile_edit.setObjectName("contactNewMobile")
        self.mobile_edit.setMaxLength(11)
        self.mobile_field = FieldWithError(self.mobile_edit)
        self.change_button = QPushButton(self.tr("Change the mobile"))
        self.change_button.setObjectName("contactChange")
        self.print_button = QPushButton(self.tr("Print receipt"))
        self.print_button.setObjectName("contactPrint")
        self.message = QLabel()
        self.message.setObjectName("contactMessage")
        self.message.setWordWrap(True)

        find_row = QHBoxLayout()
        find_row.addWidget(self.id_field, 1)
        find_row.addWidget(self.find_button)
        find_row.addWidget(self.read_card)
        form = QFormLayout()
        labels = add_rows(form, self.mobile_field)
        labels[0].setText(self.tr("New mobile"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.id_checked)
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(find_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.records_view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.find_button.clicked.connect(self.find)
        self.id_edit.returnPressed.connect(self.find)
        self.read_card.clicked.connect(
            lambda: self.ctx.runner.submit(self.ctx.id_reader.read, self._card_read, self._failed))
        self.change_button.clicked.connect(self.change)
        self.print_button.clicked.connect(self.print_receipt)
        self._show(None)

    def _show(self, person: dict[str, Any] | None) -> None:
        """A new person (or none): the previous receipt is never left armed for the next one."""
        self.person = person
        self.done = None
        self.print_button.setEnabled(False)
        self.change_button.setEnabled(person is not None)
        if person is None:
            self.id_checked.setChecked(False)
        self.records.set_rows(person["data"] if person else [])
        self.summary.setText(self.tr("{0} · {1} · {2}").format(
            person["name"], person["id_type_name"], person["id_number_masked"]) if person else "")

    def _card_read(self, card) -> None:  # noqa: ANN001
        if card is None:
            set_error(self.message, self.tr("No card on the reader."))
            return
        self.id_edit.setText(card.id_number)
        self.find()
        self.id_checked.setChecked(True)  # the card itself was read at the window

    def find(self) -> None:
        try:
            number = validate_id_number(self.id_edit.text(), local(self.ctx.clock.now()).date())
        except FieldError as exc:
            self._show(None)  # nothing of the previous person stays armed beside a wrong number
            self.id_number = None
            self.id_field.set_error(field_message(exc))
            return
        self.id_field.set_error("")
        set_error(self.message, "")
        self.id_number = number
        self._show(None)
        self.ctx.runner.submit(lambda: self.desk.records(number), self._show, self._failed)

    def change(self) -> None:
        if self.person is None or self.id_number is None:
            return
        if not self.id_checked.isChecked():
            set_error(self.message, self.tr("Check the holder's ID card first: the change is made in person only."))
            return
        try:
            mobile = validate_mobile(self.mobile_edit.text(), field="new_mobile")
        except FieldError as exc:
            self.mobile_field.set_error(field_message(exc))
            return
        self.mobile_field.set_error("")
        keys = [r["key"] for r in self.records.checked_rows()]
        self.change_button.setEnabled(False)
        self.ctx.writes.submit(change_write(self.id_number, self.person["name"], mobile, keys), self._on_result)

    def _on_result(self, outcome: str, payload: Any) -> None:
        if outcome == "queued":
            self.message.setText(self.tr("Sending..."))
            return
        self.change_button.setEnabled(True)
        if outcome == "sent":
            self.done = payload
            self.print_button.setEnabled(True)
            set_error(self.message, "")
            self.message.setText(self.tr("Changed: {0} record(s) now carry {1}. Print the receipt for signature.")
                                 .format(len(payload["records"]), payload["records"][0]["new"]))
            done = payload
            self.ctx.runner.submit(lambda: self.desk.records(done["id_number"]), self._refresh_rows, self._failed)
        elif outcome == "pending":
            set_error(self.message, self.tr(
                "The link dropped while sending: the change is kept on this PC and retried automatically; "
                "see Sync status for the centre's answer."))
        else:
            self._failed(payload)

    def _refresh_rows(self, person: dict[str, Any]) -> None:
        self.records.set_rows(person["data"])

    def print_receipt(self) -> None:
        if self.done is None:
            return
        done = dict(self.done)
        spec = contact_receipt(done, clerk=self.ctx.clerk_label, station=self.ctx.station_name,
                               printed_at=self.ctx.clock.now())

        def shown(pdf: bytes) -> None:
            self.last_preview = show_preview(self, pdf, spec.title, f"{done['receipt_no']}.pdf",
                                             history=self.ctx.prints, now=self.ctx.clock.now())

        self.ctx.runner.submit(lambda: render_pdf(spec), shown, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.change_button.setEnabled(self.person is not None)
        if isinstance(exc, OfflineError):
            set_error(self.message, self.tr(
                "The central service cannot be reached: a contact change needs its answer at once, nothing was "
                "changed."))
        else:
            set_error(self.message, centre_message(exc) if isinstance(exc, ApiError) else str(exc))
