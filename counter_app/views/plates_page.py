"""号牌确认: find a plate chosen online, check the document, pick the delivery way, confirm, print.

The clerk scans or types a notice code, plate, ID number or VIN into one box; the centre
answers with the reservations; the clerk ticks that the 机动车登记证书 or the SMS notice was
checked, picks how the plate is delivered (the postman's installation shows its fee) and
confirms. Confirming needs the centre and is never queued; then the notice is printed.
"""
from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.plates import DeliveryWay, DocumentChecked, is_postal
from counter_app.domain.timefmt import format_local
from counter_app.services.api_client import ApiError, OfflineError
from counter_app.services.context import AppContext
from counter_app.services.plates import (
    PlateService,
    Reservation,
    SearchResult,
    UnrecognisedSearch,
    default_fees,
    notice_pdf,
    plate_points,
)
from counter_app.domain.access import may_confirm_plates
from counter_app.views.centre_messages import centre_message
from counter_app.views.customer import Lookup, chain_tab_order, keyboard_table, scanner_field, set_shown
from counter_app.views.print_preview import show_preview
from counter_app.views.widgets import add_rows, set_error

log = logging.getLogger(__name__)


class ReservationTableModel(QAbstractTableModel):
    """The reservations found, one row each; a confirmation updates its row in place."""

    COLUMNS = ("plate", "owner", "id_number", "notice_code", "status", "deadline", "blacklist")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Reservation] = []

    def headers(self) -> dict[str, str]:
        return {
            "plate": self.tr("Plate"), "owner": self.tr("Owner"), "id_number": self.tr("ID number"),
            "notice_code": self.tr("Notice code"), "status": self.tr("Status"), "deadline": self.tr("Confirm by"),
            "blacklist": self.tr("Blacklist"),
        }

    def status_text(self, status: str) -> str:
        return {"reserved": self.tr("Waiting for confirmation"), "confirmed": self.tr("Confirmed"),
                "expired": self.tr("Expired")}.get(status, status)

    def blacklist_text(self, r: Reservation) -> str:
        if not r.blacklisted:
            return self.tr("No")
        return self.tr("Yes, until {0}").format(r.blacklisted_until.isoformat() if r.blacklisted_until else "")

    def set_rows(self, rows: list[Reservation]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace(self, reservation: Reservation) -> int:
        for row, old in enumerate(self.rows):
            if old.id == reservation.id:
                self.rows[row] = reservation
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[self.COLUMNS[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "plate": r.plate, "owner": r.owner_name, "id_number": r.id_number_masked,
                "notice_code": r.notice_code, "status": self.status_text(r.status),
                "deadline": r.deadline.isoformat(), "blacklist": self.blacklist_text(r),
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "blacklist" and r.blacklisted or column == "status" and r.status == "expired":
                return QColor("#c62828")
            if column == "status" and r.status == "confirmed":
                return QColor("#2e7d32")
        if role == Qt.ItemDataRole.FontRole and column == "plate":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None


class PlatesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = PlateService(ctx.api)
        self.fees = default_fees()
        self.current: Reservation | None = None
        self._confirm_key: tuple[int, str] | None = None  # the key a retried confirmation reuses
        self.setObjectName("platesPage")

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.search = scanner_field(QLineEdit())
        self.search.setObjectName("plateSearch")
        self.search.setClearButtonEnabled(True)
        self.search_button = QPushButton()
        self.search_button.setObjectName("plateSearchButton")
        self.message = QLabel()
        self.message.setObjectName("plateMessage")
        self.message.setWordWrap(True)

        self.model = ReservationTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("reservationTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        keyboard_table(self.table)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(search_row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_panel())

        self.lookup = Lookup(ctx, self, self.search_button)
        self.lookup.on_click(self.run_search)
        self.lookup.cancelled.connect(lambda: self.message.setText(self.tr("Search cancelled.")))
        self.search.returnPressed.connect(self.run_search)
        may_confirm = ctx.login is not None and may_confirm_plates(ctx.login.role, ctx.login.station)
        for widget in (self.confirm_button, self.document_checked):
            set_shown(widget, may_confirm)
        for button in (self.confirm_button, self.print_button):
            button.setAutoDefault(True)  # Enter on a focused button presses it
        self.postal_address.returnPressed.connect(self.confirm)
        chain_tab_order(self.search, self.search_button, self.table, self.document_checked, self.document, self.way,
                        self.point, self.postal_address, self.confirm_button, self.print_button)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.document_checked.toggled.connect(self._update_buttons)
        self.way.currentIndexChanged.connect(self._way_changed)
        self.postal_address.textChanged.connect(self._update_buttons)
        self.confirm_button.clicked.connect(self.confirm)
        self.print_button.clicked.connect(self.print_notice)
        self.retranslate()
        self.show_reservation(None)

    def _build_panel(self) -> QGroupBox:
        self.panel = QGroupBox()
        self.plate_label = QLabel("—")
        self.plate_label.setObjectName("plateLarge")
        self.plate_label.setStyleSheet("font-size: 28px; font-weight: bold; letter-spacing: 2px;")
        self.deadline_label = QLabel("—")
        self.blacklist_label = QLabel("—")
        self.document = QComboBox()
        self.document_checked = QCheckBox()
        self.document_checked.setObjectName("documentChecked")
        self.way = QComboBox()
        self.way.setObjectName("deliveryWay")
        self.point = QComboBox()
        self.point.setObjectName("deliveryPoint")
        for station_id, name in plate_points():
            self.point.addItem(name, station_id)
        own = self.ctx.login.station["id"] if self.ctx.login else None
        if own is not None and self.point.findData(own) >= 0:
            self.point.setCurrentIndex(self.point.findData(own))
        self.postal_address = QLineEdit()
        self.postal_address.setObjectName("postalAddress")
        self.fee_label = QLabel()
        self.fee_label.setObjectName("deliveryFee")
        self.fee_label.setStyleSheet("font-weight: bold;")
        self.result_label = QLabel()
        self.result_label.setObjectName("confirmResult")
        self.result_label.setWordWrap(True)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmPlateButton")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printNoticeButton")

        info = QFormLayout()
        self.info_labels = add_rows(info, self.plate_label, self.deadline_label, self.blacklist_label)
        form = QFormLayout()
        self.form_labels = add_rows(form, self.document, self.way, self.point, self.postal_address, self.fee_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result_label, 1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.print_button)
        columns = QHBoxLayout()
        columns.addLayout(info, 1)
        right = QVBoxLayout()
        right.addWidget(self.document_checked)
        right.addLayout(form)
        columns.addLayout(right, 1)
        box = QVBoxLayout(self.panel)
        box.addLayout(columns)
        box.addLayout(buttons)
        return self.panel

    # --- text -----------------------------------------------------------------------------
    def way_names(self) -> dict[DeliveryWay, str]:
        return {
            DeliveryWay.COLLECT: self.tr("Collect at a plate-making point"),
            DeliveryWay.POST_SELF_INSTALL: self.tr("By post, owner installs"),
            DeliveryWay.POST_POSTMAN_INSTALL: self.tr("By post, postman installs ({0} yuan)"),
            DeliveryWay.INSTALL_POINT: self.tr("Free installation at an installation point"),
        }

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Plate confirmation"))
        self.search.setPlaceholderText(self.tr("Scan or type the notice code, plate, ID number or VIN"))
        self.search_button.setText(self.tr("&Find"))
        self.panel.setTitle(self.tr("Confirm the plate"))
        for label, text in zip(self.info_labels, (self.tr("Plate"), self.tr("Confirm by"), self.tr("Blacklist"))):
            label.setText(text)
        for label, text in zip(self.form_labels, (self.tr("Document"), self.tr("Delivery"), self.tr("Point"),
                                                  self.tr("Postal address"), self.tr("Fee"))):
            label.setText(text)
        self.document_checked.setText(self.tr("I have &checked the registration certificate or the SMS notice"))
        current_doc = self.document.currentData()
        self.document.clear()
        self.document.addItem(self.tr("SMS notice"), DocumentChecked.SMS_NOTICE.value)
        self.document.addItem(self.tr("Vehicle registration certificate"),
                              DocumentChecked.REGISTRATION_CERTIFICATE.value)
        if current_doc is not None:
            self.document.setCurrentIndex(self.document.findData(current_doc))
        current_way = self.way.currentData()
        self.way.blockSignals(True)
        self.way.clear()
        for way, name in self.way_names().items():
            fee = self.fees.get(way.value, 0)
            self.way.addItem(name.format(fee) if way is DeliveryWay.POST_POSTMAN_INSTALL else name, way.value)
        if current_way is not None:
            self.way.setCurrentIndex(self.way.findData(current_way))
        self.way.blockSignals(False)
        self.postal_address.setPlaceholderText(self.tr("Where the post should deliver the plates"))
        self.confirm_button.setText(self.tr("C&onfirm plate"))
        self.print_button.setText(self.tr("&Print notice"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.COLUMNS) - 1)
        self._way_changed()

    # --- search ---------------------------------------------------------------------------
    def run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        self.clear_person()  # nothing of the previous customer stays armed while this one is looked up
        set_error(self.message, "")
        self.message.setText(self.tr("Searching... (Esc cancels)"))
        self.lookup.run(lambda: self.service.search(text), self._found, self._search_failed)

    def first_field(self) -> QWidget:
        return self.search

    def clear_person(self) -> None:
        self._confirm_key = None
        self.model.set_rows([])
        self.show_reservation(None)
        self.postal_address.clear()

    def next_customer(self) -> None:
        """下一位: the page as it was before the first customer."""
        self.lookup.forget()
        self.search.clear()
        set_error(self.message, "")
        self.clear_person()

    def _found(self, result: SearchResult) -> None:
        self.fees = result.fees
        self.retranslate()
        self.model.set_rows(result.reservations)
        if not result.reservations:
            set_error(self.message, self.tr("No plate reservation found for {0}.").format(result.value))
            self.show_reservation(None)
            return
        self.message.setText(self.tr("{0} reservation(s) found.").format(len(result.reservations)))
        # The first one that can still be confirmed, else the newest.
        row = next((i for i, r in enumerate(result.reservations) if r.status == "reserved"), 0)
        self.table.selectRow(row)
        self.show_reservation(result.reservations[row])
        self.search.selectAll()

    def _search_failed(self, exc: Exception) -> None:
        if isinstance(exc, UnrecognisedSearch):
            set_error(self.message, self.tr("Not a notice code, plate, ID number or VIN: {0}").format(str(exc)))
        elif isinstance(exc, OfflineError):
            set_error(self.message, self.tr("The central service cannot be reached: plate reservations are "
                                            "only kept there. Try again when the connection is back."))
        elif isinstance(exc, ApiError):
            set_error(self.message, exc.message)
        else:
            log.exception("plate search failed", exc_info=exc)
            set_error(self.message, self.tr("The search failed."))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.model.rows):
            self.show_reservation(self.model.rows[current.row()])

    # --- the panel ------------------------------------------------------------------------
    def show_reservation(self, r: Reservation | None) -> None:
        if r is None or self.current is None or r.id != self.current.id:
            self.document_checked.setChecked(False)
            self.result_label.setText("")
        self.current = r
        if r is None:
            self.plate_label.setText("—")
            self.deadline_label.setText("—")
            self.blacklist_label.setText("—")
            self._update_buttons()
            return
        self.plate_label.setText(r.plate)
        self.deadline_label.setText(self.tr("{0} (end of day)").format(r.deadline.isoformat()))
        self.blacklist_label.setText(self.model.blacklist_text(r))
        self.blacklist_label.setStyleSheet("color: #c62828; font-weight: bold;" if r.blacklisted else "")
        if r.status == "confirmed":
            self._show_confirmed(r)
        elif r.status == "expired":
            set_error(self.result_label, self.tr("The deadline has passed: this plate can no longer be confirmed."))
        self._update_buttons()

    def _show_confirmed(self, r: Reservation) -> None:
        when = format_local(r.confirmed_at) if r.confirmed_at else ""
        ready = r.ready_date.isoformat() if r.ready_date else ""
        set_error(self.result_label, "")
        self.result_label.setText(self.tr("Confirmed {0} at {1}. {2}; ready from {3}.").format(
            when, r.confirmed_station or "", r.delivery_way_name or "", ready))
        self.result_label.setStyleSheet("color: #2e7d32; font-weight: bold;")

    def selected_way(self) -> DeliveryWay | None:
        data = self.way.currentData()
        return DeliveryWay(data) if data else None

    def _way_changed(self) -> None:
        way = self.selected_way()
        if way is None:
            return
        postal = is_postal(way)
        self.point.setEnabled(not postal)
        self.postal_address.setEnabled(postal)
        fee = self.fees.get(way.value, 0)
        self.fee_label.setText(self.tr("{0} yuan").format(fee) if fee else self.tr("Free"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        r = self.current
        way = self.selected_way()
        ready = (r is not None and r.status == "reserved" and self.document_checked.isChecked() and way is not None
                 and (not is_postal(way) or len(self.postal_address.text().strip()) >= 5))
        self.confirm_button.setEnabled(bool(ready) and not self.lookup.busy)
        self.print_button.setEnabled(r is not None and r.status == "confirmed")

    # --- confirm and print ----------------------------------------------------------------
    def confirm(self) -> None:
        r = self.current
        if r is None or not self.confirm_button.isEnabled():
            return
        if self._confirm_key is None or self._confirm_key[0] != r.id:
            self._confirm_key = (r.id, str(uuid.uuid4()))  # reused if the clerk retries this one
        key = self._confirm_key[1]
        way = self.selected_way()
        document = DocumentChecked(self.document.currentData())
        point = self.point.currentData()
        address = self.postal_address.text().strip()
        self.confirm_button.setEnabled(False)
        set_error(self.result_label, "")
        self.result_label.setText(self.tr("Confirming with the central service..."))
        self.ctx.runner.submit(
            lambda: self.service.confirm(r.id, document=document, way=way, point_id=point, postal_address=address,
                                         idempotency_key=key),
            self._confirmed, self._confirm_failed)

    def _confirmed(self, r: Reservation) -> None:
        self._confirm_key = None
        if self.model.replace(r) < 0 or self.current is None or self.current.id != r.id:
            return  # the clerk moved on: the notice of this one is not printed beside someone else
        self.show_reservation(r)
        self.print_notice()

    def _confirm_failed(self, exc: Exception) -> None:
        if isinstance(exc, OfflineError):
            set_error(self.result_label, self.tr(
                "Not confirmed: confirming a plate needs the central service, which cannot be reached now. "
                "Nothing was saved; confirm again when the connection is back."))
        elif isinstance(exc, ApiError):
            self._confirm_key = None
            set_error(self.result_label, centre_message(exc))
        else:
            log.exception("plate confirmation failed", exc_info=exc)
            set_error(self.result_label, self.tr("The confirmation failed."))
        self._update_buttons()

    def print_notice(self) -> None:
        """Render the notice in the background, then preview it."""
        r = self.current
        if r is None or r.status != "confirmed" or self.ctx.login is None:
            return
        clerk, station, printed_at = self.ctx.clerk_label, self.ctx.station_name, self.ctx.clock.now()
        self.print_button.setEnabled(False)
        self.ctx.runner.submit(lambda: notice_pdf(r, clerk=clerk, station=station, printed_at=printed_at),
                               lambda pdf: self._preview(r, pdf), self._print_failed)

    def _preview(self, r: Reservation, pdf: bytes) -> None:
        self._update_buttons()
        self.preview = show_preview(self, pdf, self.tr("Plate confirmation notice"), f"{r.notice_code}.pdf",
                                    history=self.ctx.prints, now=self.ctx.clock.now())

    def _print_failed(self, exc: Exception) -> None:
        log.exception("notice not rendered", exc_info=exc)
        set_error(self.result_label, self.tr("The notice could not be printed."))
        self._update_buttons()

