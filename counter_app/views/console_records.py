"""The console's read-mostly tabs: the plate pool and its segments, the selection blacklist (with
lifting, reason required), the audit trail searchable by account, station, day and record, and
the SMS outbox with each message's state."""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.business_names import ACTION_NAMES, ENTITY_NAMES
from counter_app.domain.console import mask_personal
from counter_app.domain.masking import mask_mobile
from counter_app.domain.timefmt import local
from counter_app.services.console import SEGMENT_STATUS_NAMES, SMS_STATE_NAMES, lift_write, segment_write
from counter_app.services.context import AppContext
from counter_app.services.exams import when
from counter_app.views.console_common import GREEN, RED, ConsoleTab
from counter_app.views.names import service_name
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.widgets import make_table, set_error



def _record(entity: str, entity_id: str | None) -> str:
    """账户 #12 / "Account #12": what an audit row is about, in the interface language."""
    name = service_name("audit_entity", entity, ENTITY_NAMES)
    return f"{name} #{entity_id}" if entity_id else name


def _row(*widgets: QWidget, stretch_after: int | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    for n, widget in enumerate(widgets):
        row.addWidget(widget, 1 if n == stretch_after else 0)
    return row


class PoolTab(ConsoleTab):
    """The pool's figures (available plates against the minimum) and its segments; add the next one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "consolePool", parent)
        self.figures = QLabel()
        self.figures.setObjectName("poolFigures")
        self.model = RecordTableModel(self._columns(), parent=self)
        self.table = make_table(self.model, "segmentTable")
        self.segment = QLineEdit()
        self.segment.setObjectName("newSegment")
        self.segment.setMaxLength(16)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addSegmentButton")
        self.segment_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addWidget(self.table, 1)
        layout.addLayout(_row(self.segment_label, self.segment, self.add_button, stretch_after=1))
        layout.addWidget(self.result)
        self.add_button.clicked.connect(self.add_segment)
        self.segment.returnPressed.connect(self.add_segment)
        self.retranslate()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Order"), lambda r: str(r["sequence"]), align_center=True),
            Column(self.tr("Segment"), lambda r: r["segment"]),
            Column(self.tr("First plate"), lambda r: r["first_plate"]),
            Column(self.tr("Last plate"), lambda r: r["last_plate"]),
            Column(self.tr("Plates"), lambda r: f"{r['size']:,}", align_center=True),
            Column(self.tr("Status"), lambda r: service_name("segment_status", r["status"], SEGMENT_STATUS_NAMES),
                   lambda r: GREEN if r["status"] == "released" else None),
            Column(self.tr("Released"), lambda r: when(r["released_at"])),
            Column(self.tr("Random draws only until"), lambda r: when(r["random_only_until"])),
        ]

    def retranslate(self) -> None:
        self.segment_label.setText(self.tr("Next segment"))
        self.segment.setPlaceholderText(self.tr("e.g. 苏A:1LDDL (D digit, L letter)"))
        self.add_button.setText(self.tr("Add segment"))
        self.model.set_columns(self._columns())

    def reload(self) -> None:
        self.read(self.service.pool, self._show)

    def _show(self, pool: dict[str, Any]) -> None:
        text = self.tr("Available plates: {0:,} (the pool is topped up below {1:,}); {2} segment(s).").format(
            pool["available"], pool["minimum_available"], len(pool["segments"]))
        if pool["available"] < pool["minimum_available"] and not any(
                s["status"] == "pending" for s in pool["segments"]):
            set_error(self.figures, text + " " + self.tr("No segment is waiting: add the next one."))
        else:
            set_error(self.figures, "")
            self.figures.setText(text)
        self.model.set_rows(pool["segments"])

    def add_segment(self) -> None:
        self.submit(lambda: segment_write(self.segment.text()), lambda seg: (
            self.segment.clear(), self.done(self.tr("Segment {0} added ({1:,} plates).").format(
                seg["segment"], seg["size"])), self.reload()))


class BlacklistTab(ConsoleTab):
    """People barred from internet plate selection; an entry is lifted only with a reason."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "consoleBlacklist", parent)
        self.search = QLineEdit()
        self.search.setObjectName("blacklistSearch")
        self.search.setMaxLength(18)
        self.find_button = QPushButton()
        self.find_button.setObjectName("blacklistFind")
        self.model = RecordTableModel(self._columns(), parent=self)
        self.table = make_table(self.model, "blacklistTable")
        self.reason = QLineEdit()
        self.reason.setObjectName("liftReason")
        self.reason.setMaxLength(128)
        self.reason_label = QLabel()
        self.lift_button = QPushButton()
        self.lift_button.setObjectName("liftButton")
        layout = QVBoxLayout(self)
        layout.addLayout(_row(self.search, self.find_button, stretch_after=0))
        layout.addWidget(self.table, 1)
        layout.addLayout(_row(self.reason_label, self.reason, self.lift_button, stretch_after=1))
        layout.addWidget(self.result)
        self.find_button.clicked.connect(self.reload)
        self.search.returnPressed.connect(self.reload)
        self.lift_button.clicked.connect(self.lift)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.retranslate()
        self._update()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("ID number"), lambda r: r["id_number_masked"]),
            Column(self.tr("Name"), lambda r: r["owner_name"]),
            Column(self.tr("Plate"), lambda r: r["plate"]),
            Column(self.tr("From"), lambda r: when(r["starts_at"])),
            Column(self.tr("Until"), lambda r: r["ends_on"]),
            Column(self.tr("State"), lambda r: self.tr("In force") if r["active"] else self.tr("Lifted or ended"),
                   lambda r: RED if r["active"] else None),
            Column(self.tr("Lifted"), lambda r: f"{when(r['lifted_at'])} {r['lifted_by'] or ''}".strip()),
            Column(self.tr("Reason"), lambda r: r["lift_reason"] or r["reason"]),
        ]

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("ID number (empty: the whole list)"))
        self.find_button.setText(self.tr("Find"))
        self.reason_label.setText(self.tr("Reason for lifting"))
        self.reason.setPlaceholderText(self.tr("required, e.g. 经核实系系统原因未能确认"))
        self.lift_button.setText(self.tr("Lift entry"))
        self.model.set_columns(self._columns())

    def reload(self) -> None:
        text = self.search.text()
        self.read(lambda: self.service.blacklist(text), self._show)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        if keep is not None and (row := self.model.find(keep["id"])) >= 0:
            self.table.selectRow(row)
        self._update()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update(self) -> None:
        entry = self.selected()
        self.lift_button.setEnabled(entry is not None and entry["active"])

    def lift(self) -> None:
        entry = self.selected()
        if entry is not None and entry["active"]:
            self.submit(lambda: lift_write(entry, self.reason.text()), self._lifted)

    def _lifted(self, entry: dict[str, Any]) -> None:
        self.reason.clear()
        self.model.update_row(entry)
        self._update()
        self.done(self.tr("Entry of {0} ({1}) lifted: internet plate selection is open to this person again.").format(
            entry["owner_name"], entry["id_number_masked"]))


class AuditTab(ConsoleTab):
    """The audit trail of one day, narrowed by account, station and record."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "consoleAudit", parent)
        self.station_names: dict[int, str] = {}
        self.username = QLineEdit()
        self.username.setObjectName("auditUsername")
        self.username.setMaxLength(32)
        self.station = QComboBox()
        self.station.setObjectName("auditStation")
        self.use_day = QCheckBox()
        self.use_day.setObjectName("auditUseDay")
        self.use_day.setChecked(True)
        self.day = QDateEdit()
        self.day.setObjectName("auditDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = local(ctx.clock.now()).date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.entity = QComboBox()
        self.entity.setObjectName("auditEntity")
        self.entity_id = QLineEdit()
        self.entity_id.setObjectName("auditEntityId")
        self.entity_id.setMaxLength(64)
        self.find_button = QPushButton()
        self.find_button.setObjectName("auditFind")
        self.model = RecordTableModel(self._columns(), parent=self)
        self.table = make_table(self.model, "auditTable")
        layout = QVBoxLayout(self)
        layout.addLayout(_row(self.username, self.station, self.use_day, self.day, self.entity, self.entity_id,
                              self.find_button))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        self.find_button.clicked.connect(self.reload)
        for edit in (self.username, self.entity_id):
            edit.returnPressed.connect(self.reload)
        self.use_day.toggled.connect(self.day.setEnabled)
        self.retranslate()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Time"), lambda r: when(r["at"], seconds=True)),
            Column(self.tr("Account"), lambda r: r["username"]),
            Column(self.tr("Station"), lambda r: self.station_names.get(r["station_id"], "") if r["station_id"] else ""),
            Column(self.tr("Channel"), lambda r: r["channel"]),
            Column(self.tr("Action"), lambda r: service_name("audit_action", r["action"], ACTION_NAMES)),
            Column(self.tr("Record"), lambda r: _record(r["entity"], r["entity_id"])),
            Column(self.tr("Ticket"), lambda r: r["detail"].get("queue_ticket", "")),
            Column(self.tr("Detail"), lambda r: mask_personal(json.dumps(
                {k: v for k, v in r["detail"].items() if k not in ("queue_ticket", "ticket_at")},
                ensure_ascii=False))),
        ]

    def retranslate(self) -> None:
        self.username.setPlaceholderText(self.tr("Account (user name)"))
        self.use_day.setText(self.tr("Day"))
        self.entity_id.setPlaceholderText(self.tr("Record number"))
        self.find_button.setText(self.tr("Search"))
        current_station, current_entity = self.station.currentData(), self.entity.currentData()
        self.station.clear()
        self.station.addItem(self.tr("All stations"), None)
        for sid, name in sorted(self.station_names.items()):
            self.station.addItem(name, sid)
        self.station.setCurrentIndex(max(0, self.station.findData(current_station)))
        self.entity.clear()
        self.entity.addItem(self.tr("All records"), "")
        for entity, name in ENTITY_NAMES.items():
            self.entity.addItem(service_name("audit_entity", entity, ENTITY_NAMES), entity)
        self.entity.setCurrentIndex(max(0, self.entity.findData(current_entity)))
        self.model.set_columns(self._columns())

    def reload(self) -> None:
        if not self.station_names:
            self.read(self.service.stations, self._stations_loaded)
            return
        day = self.day.date()
        kwargs = {
            "username": self.username.text(), "station_id": self.station.currentData(),
            "day": date(day.year(), day.month(), day.day()) if self.use_day.isChecked() else None,
            "entity": self.entity.currentData() or "", "entity_id": self.entity_id.text(),
        }
        set_error(self.result, "")
        self.read(lambda: self.service.audit(**kwargs), self._show)

    def _stations_loaded(self, stations: list[dict[str, Any]]) -> None:
        self.station_names = {s["id"]: s["name"] for s in stations}
        self.retranslate()
        self.reload()

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("{0} entries (at most 500 shown: narrow the search for more).").format(len(rows)))


class SmsTab(ConsoleTab):
    """The messages handed to the SMS gateway and the state of each."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "consoleSms", parent)
        self.state = QComboBox()
        self.state.setObjectName("smsState")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("smsRefresh")
        self.model = RecordTableModel(self._columns(), parent=self)
        self.table = make_table(self.model, "smsTable")
        self.counts = QLabel()
        self.counts.setObjectName("smsCounts")
        layout = QVBoxLayout(self)
        layout.addLayout(_row(self.state, self.refresh_button, self.counts, stretch_after=2))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        self.refresh_button.clicked.connect(self.reload)
        self.state.currentIndexChanged.connect(lambda _i: self.loaded and self.reload())
        self.retranslate()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Time"), lambda r: when(r["created_at"])),
            Column(self.tr("Mobile"), lambda r: mask_mobile(r["mobile"])),
            Column(self.tr("Kind"), lambda r: r["kind"]),
            Column(self.tr("State"), lambda r: service_name("sms_state", r["state"], SMS_STATE_NAMES),
                   lambda r: RED if r["state"] == "failed" else GREEN if r["state"] == "sent" else None),
            Column(self.tr("Sent"), lambda r: when(r.get("sent_at"))),
            Column(self.tr("Text"), lambda r: r["body"] + (f"（{r['error']}）" if r.get("error") else "")),
        ]

    def retranslate(self) -> None:
        current = self.state.currentData()
        self.state.blockSignals(True)
        self.state.clear()
        self.state.addItem(self.tr("All states"), "")
        for state in SMS_STATE_NAMES:
            self.state.addItem(service_name("sms_state", state, SMS_STATE_NAMES), state)
        self.state.setCurrentIndex(max(0, self.state.findData(current)))
        self.state.blockSignals(False)
        self.refresh_button.setText(self.tr("Refresh"))
        self.model.set_columns(self._columns())

    def reload(self) -> None:
        state = self.state.currentData() or ""
        self.read(lambda: self.service.sms(state), self._show)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        by_state: dict[str, int] = {}
        for r in rows:
            by_state[r["state"]] = by_state.get(r["state"], 0) + 1
        self.counts.setText("  ".join(f"{service_name('sms_state', k, SMS_STATE_NAMES)} {n}"
                                      for k, n in sorted(by_state.items())))
