"""考点考试: an exam site's day — today's sessions, the roster in memory, check-in, results.

Check-in takes a scanned QR (the booking receipt or the roster line: YY + booking number, the
scanner types it and Enter), a typed ID number, or the ID-card reader; the candidate's name,
whole ID number and photo box are shown for the examiner. Results (合格/不合格/缺考) go through
the outbox and wait there when the link is down. At the end of the day the page lists the
seated candidates neither checked in nor given a result, before recording them as 缺考.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.timefmt import format_local, local
from counter_app.services.api_client import ApiError, OfflineError
from counter_app.services.context import AppContext
from counter_app.services.exam_day import ExamSite, SiteRosterCache, result_write
from counter_app.services.id_card_reader import IdCard
from counter_app.views.centre_messages import centre_message
from counter_app.views.customer import MessageLine, chain_tab_order, keyboard_table, scanner_field
from counter_app.views.exam_widgets import GREEN, RED, selected
from counter_app.views.names import subject_name
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.widgets import make_table, set_error

log = logging.getLogger(__name__)


class ExamDayPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.login is not None
        self.ctx = ctx
        self.setObjectName("examDayPage")
        self.site = ExamSite(ctx.api)
        self.station_name = ctx.login.station["name"]  # kept: the page outlives the sign-in it was made for
        self.cache = SiteRosterCache()
        self.pending: dict[int, str] = {}  # booking id -> result waiting in the outbox
        self.shown: dict[str, Any] | None = None  # the candidate checked in last
        self.no_show_list: list[dict[str, Any]] = []
        self.downloaded_at: Any = None

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.message = MessageLine()
        self.message.setObjectName("examDayMessage")
        self.message.setWordWrap(True)

        # Today's sessions and the download.
        self.sessions = RecordTableModel(self._session_columns(), parent=self)
        self.sessions_view = keyboard_table(make_table(self.sessions, "examDaySessions"))
        self.sessions_view.setMaximumHeight(3 * 26 + 34)
        self.download_button = QPushButton()
        self.download_button.setObjectName("examDayDownload")
        self.roster_state = QLabel()
        self.roster_state.setObjectName("examDayRosterState")

        # Check-in.
        self.check_label = QLabel()
        self.check_field = scanner_field(QLineEdit())
        self.check_field.setObjectName("examDayCheckIn")
        self.check_field.setMaxLength(40)
        self.check_label.setBuddy(self.check_field)
        self.check_button = QPushButton()
        self.check_button.setObjectName("examDayCheckButton")
        self.read_card = QPushButton()
        self.read_card.setObjectName("examDayReadCard")
        self.photo = QLabel()
        self.photo.setObjectName("examDayPhoto")
        self.photo.setFixedSize(102, 126)
        self.photo.setFrameShape(QFrame.Shape.Box)
        self.photo.setStyleSheet("border: 1px solid #9e9e9e; background: #fafafa; color: #757575;")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setWordWrap(True)
        self.person_name = QLabel()
        self.person_name.setObjectName("examDayName")
        self.person_name.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.person_detail = QLabel()
        self.person_detail.setObjectName("examDayDetail")
        self.person_detail.setWordWrap(True)

        # The roster of the selected session and the results.
        self.roster = RecordTableModel(self._roster_columns(), key="booking_id", parent=self)
        self.roster_view = keyboard_table(make_table(self.roster, "examDayRoster"))
        self.result_buttons: dict[str, QPushButton] = {}
        for result in ("pass", "fail", "absent"):
            button = QPushButton()
            button.setObjectName(f"examDayResult_{result}")
            button.setAutoDefault(True)
            button.clicked.connect(lambda _c=False, r=result: self.enter_result(r))
            self.result_buttons[result] = button
        self.result_line = QLabel()
        self.result_line.setObjectName("examDayResultLine")
        self.result_line.setWordWrap(True)
        self.no_shows_button = QPushButton()
        self.no_shows_button.setObjectName("examDayListNoShows")
        self.record_absent_button = QPushButton()
        self.record_absent_button.setObjectName("examDayRecordAbsent")
        self.no_shows_text = QLabel()
        self.no_shows_text.setObjectName("examDayNoShows")
        self.no_shows_text.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.sessions_view, 1)
        side = QVBoxLayout()
        side.addWidget(self.download_button)
        side.addWidget(self.roster_state)
        side.addStretch(1)
        top.addLayout(side)

        check_row = QHBoxLayout()
        check_row.addWidget(self.check_label)
        check_row.addWidget(self.check_field, 1)
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.read_card)
        person = QGridLayout()
        person.addWidget(self.photo, 0, 0, 2, 1)
        person.addWidget(self.person_name, 0, 1)
        person.addWidget(self.person_detail, 1, 1)
        person.setColumnStretch(1, 1)
        checkin = QVBoxLayout()
        checkin.addLayout(check_row)
        checkin.addLayout(person)

        results = QHBoxLayout()
        for button in self.result_buttons.values():
            results.addWidget(button)
        results.addWidget(self.result_line, 1)
        end = QHBoxLayout()
        end.addWidget(self.no_shows_button)
        end.addWidget(self.record_absent_button)
        end.addWidget(self.no_shows_text, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addLayout(checkin)
        layout.addWidget(self.roster_view, 1)
        layout.addLayout(results)
        layout.addLayout(end)

        chain_tab_order(self.check_field, self.check_button, self.read_card, self.roster_view,
                        *self.result_buttons.values(), self.no_shows_button, self.record_absent_button,
                        self.sessions_view, self.download_button)
        self.download_button.clicked.connect(self.download)
        self.check_field.returnPressed.connect(self.check_in)
        self.check_button.clicked.connect(self.check_in)
        self.read_card.clicked.connect(self.read_id_card)
        self.sessions_view.selectionModel().selectionChanged.connect(lambda *_: self._show_roster())
        self.roster_view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.no_shows_button.clicked.connect(self.list_no_shows)
        self.record_absent_button.clicked.connect(self.record_no_shows)
        ctx.writes.changed.connect(self.synced)
        self.retranslate()
        self._clear_person()
        self._update()

    # --- texts ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Exam day at {0}").format(self.station_name))
        self.download_button.setText(self.tr("Do&wnload today's rosters"))
        self.check_label.setText(self.tr("&Scan QR or type ID number"))
        self.check_field.setPlaceholderText(self.tr("booking receipt / roster QR, or the ID number, then Enter"))
        self.check_button.setText(self.tr("Check &in"))
        self.read_card.setText(self.tr("Read I&D card"))
        self.result_buttons["pass"].setText(self.tr("&Pass (合格)"))
        self.result_buttons["fail"].setText(self.tr("&Fail (不合格)"))
        self.result_buttons["absent"].setText(self.tr("&Absent (缺考)"))
        self.no_shows_button.setText(self.tr("&List no-shows"))
        self.record_absent_button.setText(self.tr("&Record them as absent"))
        self.sessions.set_columns(self._session_columns())
        self.roster.set_columns(self._roster_columns())
        self._show_roster_state()
        if self.shown is None:
            self._clear_person()
        else:
            self._show_person(self.shown)

    def _session_columns(self) -> list[Column]:
        return [
            Column(self.tr("Day"), lambda p: p["exam_date"] if p["exam_date"] != self.today().isoformat()
                   else self.tr("today"), align_center=True),
            Column(self.tr("Start"), lambda p: p["start_time"], align_center=True),
            Column(self.tr("Subject"), lambda p: subject_name(p["subject"], p["subject_name"])),
            Column(self.tr("Class"), lambda p: p["licence_class"], align_center=True),
            Column(self.tr("Seats"), lambda p: f"{p['allocated_count']} / {p['capacity']}", align_center=True),
            Column(self.tr("Roster"), lambda p: self.tr("in memory ({0})").format(len(self.cache.entries(p["id"])))
                   if p["id"] in self.cache.rosters else (self.tr("not allocated yet") if p["status"] != "allocated"
                                                          else self.tr("not downloaded"))),
        ]

    def _roster_columns(self) -> list[Column]:
        return [
            Column(self.tr("Seat"), lambda e: str(e["seat"]), align_center=True),
            Column(self.tr("Name"), lambda e: e["candidate_name"]),
            Column(self.tr("ID number"), lambda e: e["id_number"]),
            Column(self.tr("Class"), lambda e: e["licence_class"], align_center=True),
            Column(self.tr("Booking no."), lambda e: f"YY{e['booking_id']:08d}"),
            Column(self.tr("Checked in"), lambda e: self.tr("yes") if e["booking_id"] in self.cache.checked_in else "",
                   color=lambda _e: GREEN, align_center=True),
            Column(self.tr("Result"), self._result_text,
                   color=lambda e: RED if e["booking_id"] in self.pending else None),
        ]

    def _result_text(self, entry: dict[str, Any]) -> str:
        names = {"pass": self.tr("Pass"), "fail": self.tr("Fail"), "absent": self.tr("Absent")}
        booking_id = entry["booking_id"]
        if booking_id in self.pending:
            return self.tr("{0} (waiting to sync)").format(names[self.pending[booking_id]])
        result = self.cache.results.get(booking_id)
        return names.get(result, "") if result else ""

    # --- sessions and the roster ----------------------------------------------------------------
    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.sessions.rows:
            self.load_sessions()

    def first_field(self) -> QWidget:
        return self.check_field

    def today(self) -> Any:
        return local(self.ctx.clock.now()).date()

    def load_sessions(self) -> None:
        assert self.ctx.login is not None
        site_id, day = self.ctx.login.station["id"], self.today()
        self.ctx.runner.submit(lambda: self.site.sessions(site_id, day), self._sessions_loaded, self._failed)

    def _sessions_loaded(self, plans: list[dict[str, Any]]) -> None:
        self.sessions.set_rows(plans)
        if plans and not self.sessions_view.selectionModel().hasSelection():
            self.sessions_view.selectRow(0)
        if not plans:
            self.message.setText(self.tr("No sessions at this site today or tomorrow."))
        self._show_roster_state()

    def download(self) -> None:
        """Fetch the sessions again, then every allocated one's roster into memory (whole ID numbers)."""
        assert self.ctx.login is not None
        site_id, day = self.ctx.login.station["id"], self.today()
        self.download_button.setEnabled(False)
        set_error(self.message, "")
        self.message.setText(self.tr("Downloading the rosters..."))

        def fetch() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
            plans = self.site.sessions(site_id, day)
            return plans, [self.site.download(p["id"]) for p in plans if p["status"] == "allocated"]

        def done(answer: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
            plans, rosters = answer
            self.download_button.setEnabled(True)
            self.message.clear()
            for roster in rosters:
                self.cache.keep(roster)
            current = self._selected_plan()
            self.sessions.set_rows(plans)  # sessions allocated since the page opened appear too
            ids = [p["id"] for p in plans]
            if plans:
                self.sessions_view.selectRow(ids.index(current["id"]) if current and current["id"] in ids else 0)
            if not rosters:
                self.message.setText(self.tr("No allocated session to download yet."))
            self.downloaded_at = self.ctx.clock.now()
            self._show_roster_state()
            self._show_roster()

        def bad(exc: Exception) -> None:
            self.download_button.setEnabled(True)
            self._failed(exc)

        self.ctx.runner.submit(fetch, done, bad)

    def _show_roster_state(self) -> None:
        count = sum(len(r["data"]) for r in self.cache.rosters.values())
        if not self.cache.rosters:
            self.roster_state.setText(self.tr("No roster on this PC yet."))
        else:
            self.roster_state.setText(self.tr("{0} candidates in memory\n(downloaded {1}; not saved to disk)").format(
                count, format_local(self.downloaded_at)))

    def _selected_plan(self) -> dict[str, Any] | None:
        return selected(self.sessions_view, self.sessions)

    def _show_roster(self) -> None:
        plan = self._selected_plan()
        self.roster.set_rows(self.cache.entries(plan["id"]) if plan else [])
        self._update()

    def _update(self) -> None:
        entry = selected(self.roster_view, self.roster)
        open_ = entry is not None and entry["status"] == "allocated" and entry["booking_id"] not in self.cache.results
        for button in self.result_buttons.values():
            button.setEnabled(open_)
        self.record_absent_button.setEnabled(bool(self.no_show_list))

    # --- check-in ---------------------------------------------------------------------------------
    def check_in(self, text: str | None = None) -> None:
        text = (text if isinstance(text, str) else self.check_field.text()).strip()
        if not text:
            return
        if not self.cache.rosters:
            set_error(self.message, self.tr("Download today's rosters first."))
            return
        plan = self._selected_plan()
        entry, problem = self.cache.find(text, self.today())
        if entry is None:
            self._clear_person()
            set_error(self.message, self.tr("Not on today's rosters of this site: do not admit.")
                      if problem == "not_on_roster" else problem)
            return
        set_error(self.message, "")
        self.cache.check_in(entry["booking_id"])
        self._show_person(entry)
        # Select the candidate's session and line, so the result goes to the right booking.
        owner = next((pid for pid, r in self.cache.rosters.items()
                      if any(e["booking_id"] == entry["booking_id"] for e in r["data"])), None)
        if owner is not None and (plan is None or plan["id"] != owner):
            row = next(i for i, p in enumerate(self.sessions.rows) if p["id"] == owner)
            self.sessions_view.selectRow(row)
        row = next((i for i, e in enumerate(self.roster.rows) if e["booking_id"] == entry["booking_id"]), -1)
        if row >= 0:
            self.roster.update_row(entry)
            self.roster_view.selectRow(row)
        self.check_field.clear()
        self._update()

    def read_id_card(self) -> None:
        self.read_card.setEnabled(False)

        def done(card: IdCard | None) -> None:
            self.read_card.setEnabled(True)
            if card is None:
                set_error(self.message, self.tr("No card on the reader."))
                return
            self.check_in(card.id_number)
            if self.shown is not None and card.photo_bmp:
                pixmap = QPixmap()
                if pixmap.loadFromData(card.photo_bmp):
                    self.photo.setPixmap(pixmap.scaled(self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio))

        def bad(exc: Exception) -> None:
            self.read_card.setEnabled(True)
            self._failed(exc)

        self.ctx.runner.submit(self.ctx.id_reader.read, done, bad)

    def _show_person(self, entry: dict[str, Any]) -> None:
        self.shown = entry
        plan = next((r["plan"] for r in self.cache.rosters.values()
                     if any(e["booking_id"] == entry["booking_id"] for e in r["data"])), None)
        self.photo.clear()
        self.photo.setText(self.tr("Photo\n(compare with\nthe person)"))
        self.person_name.setText(entry["candidate_name"])
        session = f"{plan['start_time']} {subject_name(plan['subject'], plan['subject_name'])}" if plan else ""
        self.person_detail.setText(self.tr("{0}: {1}\nSeat {2} · {3} · class {4} · checked in {5}").format(
            entry["id_type_name"], entry["id_number"], entry["seat"], session, entry["licence_class"],
            format_local(self.ctx.clock.now())))

    def _clear_person(self) -> None:
        self.shown = None
        self.photo.clear()
        self.photo.setText(self.tr("Photo"))
        self.person_name.setText(self.tr("No candidate checked in yet"))
        self.person_detail.setText("")

    # --- results --------------------------------------------------------------------------------
    def enter_result(self, result: str) -> None:
        entry = selected(self.roster_view, self.roster)
        plan = self._selected_plan()
        if entry is None or plan is None or entry["booking_id"] in self.cache.results:
            return
        self._submit_result(entry, plan, result)

    def _submit_result(self, entry: dict[str, Any], plan: dict[str, Any], result: str) -> None:
        booking_id = entry["booking_id"]
        self.cache.record(booking_id, result)  # no second result for the same booking from this PC
        self.roster.update_row(entry)
        self._update()

        def outcome(kind: str, payload: Any) -> None:
            if kind in ("queued",):
                self.pending[booking_id] = result
            elif kind == "pending":
                self.result_line.setText(self.tr(
                    "The centre cannot be reached: results wait in the outbox (待同步) and are sent when the link "
                    "returns."))
            elif kind == "sent":
                self.pending.pop(booking_id, None)
                self.result_line.setText(self.tr("Result of seat {0} ({1}) recorded at the centre.").format(
                    entry["seat"], entry["candidate_name"]))
            else:  # refused, error: the centre said no, the result is not recorded
                self.pending.pop(booking_id, None)
                self.cache.results.pop(booking_id, None)
                self._failed(payload)
            self.roster.update_row(entry)
            self._update()

        self.ctx.writes.submit(result_write(entry, result, plan), outcome)

    def synced(self) -> None:
        """The outbox sent what waited: results no longer pending (called on the queue's change)."""
        if not self.pending:
            return

        def check(sent_paths: set[str]) -> None:
            for booking_id in list(self.pending):
                if f"/exam-bookings/{booking_id}/result" not in sent_paths:
                    self.pending.pop(booking_id)
            for row in list(self.roster.rows):
                self.roster.update_row(row)

        self.ctx.runner.submit(lambda: {i.path for i in self.ctx.store.pending(limit=10000)}, check)

    # --- end of day -------------------------------------------------------------------------------
    def list_no_shows(self) -> None:
        plan = self._selected_plan()
        self.no_show_list = self.cache.no_shows(plan["id"]) if plan else []
        if not self.no_show_list:
            self.no_shows_text.setText(self.tr("Nobody missing in this session."))
        else:
            names = "、".join(f"{e['seat']} {e['candidate_name']}" for e in self.no_show_list)
            self.no_shows_text.setText(self.tr("Not checked in, no result ({0}): {1}").format(
                len(self.no_show_list), names))
        self._update()

    def record_no_shows(self) -> None:
        plan = self._selected_plan()
        if plan is None or not self.no_show_list:
            return
        for entry in self.no_show_list:
            self._submit_result(entry, plan, "absent")
        self.no_shows_text.setText(self.tr("{0} recorded as absent.").format(len(self.no_show_list)))
        self.no_show_list = []
        self._update()

    # --- the rest -----------------------------------------------------------------------------------
    def next_customer(self) -> None:
        self.check_field.clear()
        set_error(self.message, "")
        self._clear_person()

    def forget(self) -> None:
        """Sign-out: no whole ID number stays in this process."""
        self.cache.forget()
        self.roster.set_rows([])

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, OfflineError):
            message = self.tr("The central service cannot be reached now; try again when the link is back.")
        elif isinstance(exc, ApiError):
            message = centre_message(exc)
        else:
            log.exception("exam day request failed", exc_info=exc)
            message = self.tr("Unexpected error: {0}").format(exc)
        set_error(self.message, message)
