"""驾驶证申请受理: a window clerk creates (or, before any booking, corrects) the candidate.

The ID card read fills the number and the name; the clerk picks the class and the purpose, the
acceptance time (now, by default: it is when the application is taken here) and, when the
learner permit is issued, its date; the centre computes the permit's end (§41, the class's age
limit). The acceptance time is ranking rule 1 of a first 科目一 booking, so the page says so.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from counter_app.domain.exams import LICENCE_CLASSES, PURPOSE_NAMES, Purpose
from counter_app.domain.identity import FieldError, validate_id_number, validate_mobile
from counter_app.domain.timefmt import SHANGHAI, format_local, local
from counter_app.services.api_client import ApiError, OfflineError
from counter_app.services.applications import application_write
from counter_app.services.context import AppContext
from counter_app.services.id_card_reader import IdCard
from counter_app.views.centre_messages import centre_message
from counter_app.views.customer import CounterPage, chain_tab_order, scanner_field
from counter_app.views.names import field_message
from counter_app.views.widgets import FieldWithError, add_rows, inline_row, named_button, named_label, set_error


# The counter's clock follows the centre's to the second; "now" typed a moment ago may lie a
# second or two ahead of it after a re-sync.
CLOCK_SKEW = timedelta(seconds=30)


class LicenceApplicationPage(CounterPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "licenceApplicationPage", "applicationMessage", parent)
        self.accepted: dict[str, Any] | None = None
        self.accepted_for: str | None = None  # the ID number of the application accepted last

        self.id_number = scanner_field(QLineEdit())
        self.id_number.setObjectName("applicationIdNumber")
        self.id_number.setMaxLength(18)
        self.read_card = named_button("applicationReadCard")
        id_row = QWidget()
        id_layout = QHBoxLayout(id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        self.id_field = FieldWithError(self.id_number)
        id_layout.addWidget(self.id_field, 1)
        id_layout.addWidget(self.read_card)
        self.name = QLineEdit()
        self.name.setObjectName("applicationName")
        self.name.setMaxLength(32)
        self.name_field = FieldWithError(self.name)
        self.mobile = QLineEdit()
        self.mobile.setObjectName("applicationMobile")
        self.mobile.setMaxLength(11)
        self.mobile_field = FieldWithError(self.mobile)
        self.purpose = QComboBox()
        self.purpose.setObjectName("applicationPurpose")
        self.licence_class = QComboBox()
        self.licence_class.setObjectName("applicationClass")
        for code, name in LICENCE_CLASSES.items():
            self.licence_class.addItem(f"{code} {name}", code)
        self.licence_class.setCurrentIndex(self.licence_class.findData("C1"))
        self.adds = QCheckBox()
        self.adds.setObjectName("applicationAddsToCar")
        self.accepted_at = QDateTimeEdit()
        self.accepted_at.setObjectName("applicationAcceptedAt")
        self.accepted_at.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.accepted_at.setTimeZone(QTimeZone(b"Asia/Shanghai"))
        self.now_button = named_button("applicationNow")
        accepted_row = inline_row(self.accepted_at, self.now_button)
        self.has_permit = QCheckBox()
        self.has_permit.setObjectName("applicationHasPermit")
        self.permit_on = QDateEdit()
        self.permit_on.setObjectName("applicationPermitOn")
        self.permit_on.setDisplayFormat("yyyy-MM-dd")
        self.permit_on.setCalendarPopup(True)
        permit_row = inline_row(self.has_permit, self.permit_on)
        self.accepted_field = FieldWithError(accepted_row)
        self.permit_field = FieldWithError(permit_row)

        form = QFormLayout()
        self.form_labels = add_rows(form, id_row, self.name_field, self.mobile_field, self.purpose, self.licence_class,
                                    self.adds, self.accepted_field, self.permit_field)
        self.submit_button = named_button("applicationSubmit")
        self.submit_button.setAutoDefault(True)
        self.clear_button = QPushButton()
        self.result = named_label("applicationResult")
        self.result.setStyleSheet("font-size: 15px;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)

        layout = self.page_layout()
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)

        chain_tab_order(self.id_number, self.read_card, self.name, self.mobile, self.purpose, self.licence_class,
                        self.adds, self.accepted_at, self.now_button, self.has_permit, self.permit_on,
                        self.submit_button, self.clear_button)
        self.read_card.clicked.connect(self.read_id_card)
        self.id_number.textEdited.connect(self._id_edited)
        self.now_button.clicked.connect(self._set_now)
        self.has_permit.toggled.connect(self.permit_on.setEnabled)
        self.submit_button.clicked.connect(self.submit)
        self.clear_button.clicked.connect(self.next_customer)
        self.retranslate()
        self.next_customer()

    # --- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Licence application"))
        labels = (self.tr("&ID number"), self.tr("&Name"), self.tr("&Mobile"), self.tr("P&urpose"),
                  self.tr("&Class applied for"), "", self.tr("&Accepted at"), self.tr("Learner &permit issued"))
        buddies = (self.id_number, self.name, self.mobile, self.purpose, self.licence_class, None, self.accepted_at,
                   self.has_permit)
        for label, text, buddy in zip(self.form_labels, labels, buddies, strict=True):
            label.setText(text)
            if buddy is not None:
                label.setBuddy(buddy)
        self.read_card.setText(self.tr("Read I&D card"))
        self.adds.setText(self.tr("Adds a large class to an existing car licence"))
        self.now_button.setText(self.tr("N&ow"))
        self.has_permit.setText(self.tr("issued on"))
        self.submit_button.setText(self.tr("Acc&ept the application"))
        self.clear_button.setText(self.tr("C&lear"))
        current = self.purpose.currentData()
        self.purpose.clear()
        names = {Purpose.LEARNER: self.tr("Driving licence application"),
                 Purpose.RESTORE: self.tr("Restoring the driving qualification"),
                 Purpose.FULL_SCORE: self.tr("Full-score study")}
        for purpose in PURPOSE_NAMES:
            self.purpose.addItem(names[purpose], purpose.value)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(current)))
        if self.accepted is not None:
            self._show(self.accepted)

    def first_field(self) -> QWidget:
        return self.id_number

    def _set_now(self) -> None:
        self.accepted_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(self.ctx.clock.now().timestamp()),
                                                                  QTimeZone(b"Asia/Shanghai")))

    def next_customer(self) -> None:
        for edit in (self.id_number, self.name, self.mobile):
            edit.clear()
        for field in (self.id_field, self.name_field, self.mobile_field, self.accepted_field, self.permit_field):
            field.set_error("")
        self.adds.setChecked(False)
        self.has_permit.setChecked(False)
        self.permit_on.setEnabled(False)
        today = local(self.ctx.clock.now()).date()
        self.permit_on.setDate(QDate(today.year, today.month, today.day))
        self._set_now()
        self.accepted = None
        self.accepted_for = None
        self.result.clear()
        set_error(self.message, "")

    # --- the ID card ------------------------------------------------------------------------------
    def _someone_else(self, id_number: str) -> bool:
        """Whether this ID number is another person than the one the form holds (or was accepted for)."""
        previous = self.accepted_for or self.id_number.text().strip().upper()
        return bool(previous) and previous != id_number.strip().upper()

    def _id_edited(self, text: str) -> None:
        """Typing another ID number over an accepted application starts the next customer's form."""
        if self.accepted_for is not None and self._someone_else(text):
            position = self.id_number.cursorPosition()
            self.next_customer()
            self.id_number.setText(text)
            self.id_number.setCursorPosition(position)

    def read_id_card(self) -> None:
        def done(card: IdCard | None) -> None:
            if card is None:
                set_error(self.message, self.tr("No card on the reader."))
                return
            if self._someone_else(card.id_number):
                self.next_customer()  # nothing typed for the previous person goes with this one
            self.id_number.setText(card.id_number)
            self.name.setText(card.name)
            self.mobile.setFocus()

        self.ctx.runner.submit(self.ctx.id_reader.read, done, self._failed)

    # --- accepting ---------------------------------------------------------------------------------
    def _values(self) -> dict[str, Any] | None:
        """The form checked as the centre will check it; errors beside the fields."""
        today = local(self.ctx.clock.now()).date()
        ok = True
        try:
            id_number = validate_id_number(self.id_number.text(), today)
            self.id_field.set_error("")
        except FieldError as exc:
            self.id_field.set_error(field_message(exc))
            ok = False
        name = self.name.text().strip()
        self.name_field.set_error("" if name else self.tr("Type the name as on the ID card."))
        ok = ok and bool(name)
        try:
            mobile = validate_mobile(self.mobile.text())
            self.mobile_field.set_error("")
        except FieldError as exc:
            self.mobile_field.set_error(field_message(exc))
            ok = False
        accepted = datetime.fromtimestamp(self.accepted_at.dateTime().toSecsSinceEpoch(), SHANGHAI)
        now = self.ctx.clock.now()
        if now < accepted <= now + CLOCK_SKEW:
            accepted = now.replace(microsecond=0)  # the PC's clock was re-set a little back since "now"
        if accepted > now:
            self.accepted_field.set_error(self.tr("The acceptance time cannot be later than now."))
            ok = False
        else:
            self.accepted_field.set_error("")
        permit: date | None = None
        if self.has_permit.isChecked():
            qd = self.permit_on.date()
            permit = date(qd.year(), qd.month(), qd.day())
            if permit < accepted.date() or permit > today:
                self.permit_field.set_error(self.tr("The permit is issued between the acceptance day and today."))
                ok = False
            else:
                self.permit_field.set_error("")
        if not ok:
            return None
        return {"id_number": id_number, "name": name, "mobile": mobile, "licence_class": self.licence_class.currentData(),
                "purpose": self.purpose.currentData(), "adds_to_car_licence": self.adds.isChecked(),
                "accepted_at": accepted, "permit_issued_on": permit}

    def submit(self) -> None:
        values = self._values()
        if values is None:
            set_error(self.message, self.tr("Correct the fields marked in red."))
            return
        set_error(self.message, "")
        self.submit_button.setEnabled(False)

        def outcome(kind: str, payload: Any) -> None:
            if kind == "queued":
                self.result.setText(self.tr("Sending to the centre..."))
                return
            self.submit_button.setEnabled(True)
            if kind == "sent":
                self.accepted_for = values["id_number"]
                self._show(payload)
            else:
                self.result.clear()
                self._failed(payload)

        self.ctx.writes.submit(application_write(
            id_number=values["id_number"], name=values["name"], mobile=values["mobile"],
            licence_class=values["licence_class"], accepted_at=values["accepted_at"],
            permit_issued_on=values["permit_issued_on"], purpose=values["purpose"],
            adds_to_car_licence=values["adds_to_car_licence"]), outcome)

    def _show(self, candidate: dict[str, Any]) -> None:
        self.accepted = candidate
        accepted = format_local(datetime.fromisoformat(candidate["application_accepted_at"]), seconds=True)
        text = self.tr("Application of {0} ({1}, class {2}) accepted at {3}.").format(
            candidate["name"], candidate["id_number_masked"], candidate["licence_class"], accepted)
        text += "\n" + self.tr("A first Subject 1 booking ranks by this time (rule 1): earlier ranks first.")
        if candidate.get("permit_valid_until"):
            text += "\n" + self.tr("Learner permit issued {0}, valid until {1}.").format(
                candidate["permit_issued_on"], candidate["permit_valid_until"])
        self.result.setText(text)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, OfflineError):
            message = self.tr("The central service cannot be reached now: the application is accepted only when the "
                              "centre has it (its time ranks the bookings). Try again when the link is back.")
        elif isinstance(exc, ApiError):
            message = centre_message(exc)
            fields = {"id_number": self.id_field, "mobile": self.mobile_field,
                      "application_accepted_at": self.accepted_field, "permit_issued_on": self.permit_field}
            for name in getattr(exc, "fields", None) or []:
                if name in fields:
                    fields[name].set_error(message)
        else:
            message = self.tr("Unexpected error: {0}").format(exc)
        set_error(self.message, message)
