"""The live board across the ten sites (实时看板, issue 12): per station and per counter PC —
online or not, writes waiting in its outbox, refused writes waiting for the clerk, customers
served today per workflow, the average handling time (queue ticket to last write), late
cancellations and no-shows today. A timer asks the centre again while the page is shown; the
request runs on a worker, one at a time."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from counter_app.services.api_client import ApiError, OfflineError
from counter_app.services.board import fetch_board
from counter_app.services.context import AppContext
from counter_app.services.exams import when
from counter_app.views.centre_messages import centre_message
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.widgets import make_table, set_error

GREEN, RED, AMBER = "#2e7d32", "#c62828", "#e65100"


class BoardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("boardPage")
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.status = QLabel()
        self.status.setObjectName("boardStatus")
        self.stations = RecordTableModel(self._station_columns(), key="station_id", parent=self)
        self.station_table = make_table(self.stations, "boardStations")
        self.counters = RecordTableModel(self._counter_columns(), key="device_id", parent=self)
        self.counter_table = make_table(self.counters, "boardCounters")
        self.counters_heading = QLabel()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.counters_heading)
        lower_layout.addWidget(self.counter_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.station_table)
        split.addWidget(lower)
        split.setSizes([430, 220])  # the ten stations whole on a 1366x768 screen
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.last: dict[str, Any] | None = None
        self._in_flight = False
        self.timer = QTimer(self)
        self.timer.setInterval(ctx.settings.board_refresh_ms)
        self.timer.timeout.connect(self.refresh)
        self.retranslate()

    def _station_columns(self) -> list[Column]:
        return [
            Column(self.tr("Station"), lambda r: r["station_name"]),
            Column(self.tr("Counters online"), lambda r: f"{r['counters_online']} / {r['counters_total']}",
                   lambda r: RED if r["counters_online"] < r["counters_total"] else None, align_center=True),
            Column(self.tr("Writes waiting"), lambda r: str(r["pending_writes"]),
                   lambda r: AMBER if r["pending_writes"] else None, align_center=True),
            Column(self.tr("Refused, to deal with"), lambda r: str(r["refused_writes"]),
                   lambda r: RED if r["refused_writes"] else None, align_center=True),
            Column(self.tr("Customers today"), lambda r: str(r["customers"]), align_center=True),
            Column(self.tr("Average time"), lambda r: "—" if r["average_minutes"] is None
                   else self.tr("{0:.1f} min").format(r["average_minutes"]), align_center=True),
            Column(self.tr("Late cancellations"), lambda r: str(r["late_cancellations"]), align_center=True),
            Column(self.tr("No-shows"), lambda r: str(r["no_shows"]), align_center=True),
            Column(self.tr("By workflow"), lambda r: "，".join(f"{w['workflow']} {w['customers']}"
                                                               for w in r["by_workflow"])),
        ]

    def _counter_columns(self) -> list[Column]:
        return [
            Column(self.tr("Station"), lambda r: r["station_name"]),
            Column(self.tr("Counter PC"), lambda r: r.get("name") or r["hostname"]),
            Column(self.tr("Enrolment"), self._enrolment, lambda r: RED if r.get("enrolment") == "revoked" else None),
            Column(self.tr("Signed in"), lambda r: r["username"]),
            Column(self.tr("Link"), lambda r: self.tr("Online") if r["online"] else self.tr("Offline"),
                   lambda r: GREEN if r["online"] else RED, align_center=True),
            Column(self.tr("Last heartbeat"), lambda r: when(r["last_seen"], seconds=True)),
            Column(self.tr("Writes waiting"), lambda r: str(r["pending_writes"]),
                   lambda r: AMBER if r["pending_writes"] else None, align_center=True),
            Column(self.tr("Refused, to deal with"), lambda r: str(r["refused_writes"]),
                   lambda r: RED if r["refused_writes"] else None, align_center=True),
            Column(self.tr("Version"), lambda r: r["version"]),
        ]

    def _enrolment(self, counter: dict[str, Any]) -> str:
        """The enrolled PC's status (issue 11); a sign-in without a device has none."""
        names = {"pending": self.tr("Waiting for approval"), "active": self.tr("Enrolled"),
                 "revoked": self.tr("Revoked")}
        return names.get(counter.get("enrolment") or "", self.tr("Not enrolled"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Live board"))
        self._show_heading()
        self.stations.set_columns(self._station_columns())
        self.counters.set_columns(self._counter_columns())
        self._show_status()

    # --- refreshing while shown ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        if self._in_flight:
            return
        self._in_flight = True
        self.ctx.runner.submit(lambda: fetch_board(self.ctx.api), self._show, self._failed)

    def _show(self, board: dict[str, Any]) -> None:
        self._in_flight = False
        first = self.last is None
        self.last = board
        if first:
            self.stations.set_rows(board["stations"])
            self.counters.set_rows(board["counters"])
        else:  # in place: the selection and the scroll position stay
            self._update(self.stations, board["stations"], "station_id")
            self._update(self.counters, board["counters"], "device_id")
        set_error(self.status, "")
        self._show_status()
        self._show_heading()

    @staticmethod
    def _update(model: RecordTableModel, rows: list[dict[str, Any]], key: str) -> None:
        if [r[key] for r in model.rows] != [r[key] for r in rows]:
            model.set_rows(rows)  # a PC appeared: the list changes shape
            return
        for row in rows:
            model.update_row(row)

    def _show_heading(self) -> None:
        seconds = self.last["offline_after_seconds"] if self.last else 90
        self.counters_heading.setText(self.tr("Counter PCs (offline: no heartbeat for {0} s; its figures are its "
                                              "last report)").format(seconds))

    def _show_status(self) -> None:
        if self.last is None:
            return
        offline = sum(not c["online"] for c in self.last["counters"])
        self.status.setText(self.tr("{0}: {1} counter PC(s), {2} offline. Updated {3}.").format(
            self.last["day"], len(self.last["counters"]), offline, when(self.last["at"], seconds=True)))

    def _failed(self, exc: Exception) -> None:
        self._in_flight = False
        if isinstance(exc, OfflineError):
            set_error(self.status, self.tr("The central service cannot be reached: the board shows its last answer."))
        elif isinstance(exc, ApiError):
            set_error(self.status, centre_message(exc))
        else:
            set_error(self.status, self.tr("Unexpected error: {0}").format(exc))
