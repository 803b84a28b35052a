"""考试预约: find the candidate, see what is bookable and why not, pick a session, book, print.

A phone operator also enters the mobile the caller gives; the centre checks it. The sessions
list shows the requests so far against the capacity; a supervisor or an exam-site clerk can
print the roster of an allocated session and export it as CSV.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QTimer
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.services.context import AppContext
from counter_app.services.exams import (
    allocate_write,
    book_write,
    booking_receipt,
    export_roster_csv,
    print_pdf,
    provisional_booking,
    publish_write,
    roster_form,
    when,
)
from counter_app.domain.access import may_book
from counter_app.domain.exams import ExamRules, Subject
from counter_app.domain.timefmt import local
from counter_app.views.centre_messages import reason_texts
from counter_app.views.customer import MessageLine, chain_tab_order, keyboard_table, set_shown
from counter_app.views.exam_history import BookingHistoryBox
from counter_app.views.exam_plan_dialog import PublishPlanDialog
from counter_app.views.names import service_name, subject_name
from counter_app.views.exam_widgets import GREEN, RED, ExamPage, selected
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.widgets import make_table, set_error

class _Titled(QWidget):
    """A bold title (with an optional widget at its right) over a body: a compact group box."""

    def __init__(self, right: QWidget | None = None) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title)
        head.addStretch(1)
        if right is not None:
            head.addWidget(right)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 2, 0, 2)
        self.body.setSpacing(2)
        self.body.addLayout(head)

    def setTitle(self, text: str) -> None:  # noqa: N802 - the QGroupBox name it replaces
        self.title.setText(text)


def _named(candidate: dict[str, Any], key: str, table: str) -> str:
    """The name of the candidate's `key` (the centre sends `key` and `key_name`, in Chinese) in
    the interface language."""
    value = str(candidate.get(key) or "")
    return service_name(table, value, {value: candidate.get(f"{key}_name") or value}) if value else ""


class ExamBookingPage(ExamPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.candidate: dict[str, Any] | None = None
        self.last_booking: dict[str, Any] | None = None
        self.booking_for: str | None = None  # the ID number the last booking was made for
        self.booking_ticket = ""  # and the queue ticket of that customer
        self.booking_last_chance = False
        self.last_roster: dict[str, Any] | None = None
        self._sessions_query = 0
        self.summary = MessageLine()
        self.summary.setObjectName("examCandidateSummary")
        self.summary.setWordWrap(True)

        self.subjects = RecordTableModel(self._subject_columns(), key="subject", parent=self)
        self.subjects_view = keyboard_table(make_table(self.subjects, "examSubjects"))
        self.subjects_view.setFixedHeight(4 * 26 + 40)  # the four subjects of a learner without scrolling
        self.subjects_box = _Titled()
        self.subjects_box.body.addWidget(self.subjects_view)

        self.sessions = RecordTableModel(self._session_columns(), parent=self)
        self.sessions_view = keyboard_table(make_table(self.sessions, "examSessions"))
        self.show_closed = QCheckBox()
        self.show_closed.setObjectName("examShowClosed")
        # Plain titles instead of group boxes: at 1366x768 the sessions list shows 8 rows or more.
        self.sessions_box = _Titled(self.show_closed)
        self.sessions_box.body.addWidget(self.sessions_view, 1)

        self.history = BookingHistoryBox(self.desk, ctx.runner, self)  # no-shows show here (issue 10)
        # No taller than the subjects beside it: the sessions list keeps its 8 rows at 1366x768.
        self.history.view.setFixedHeight(self.subjects_view.height())
        self.history.layout().setContentsMargins(4, 0, 4, 0)

        self.book_button = QPushButton()
        self.book_button.setObjectName("examBookButton")
        self.receipt_button = QPushButton()
        self.receipt_button.setObjectName("examReceiptButton")
        self.roster_button = QPushButton()
        self.roster_button.setObjectName("examRosterButton")
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("examRosterCsvButton")
        # Supervisors publish sessions and allocate the closed ones.
        self.supervisor = ctx.login.role == "supervisor"
        self.publish_button = QPushButton()
        self.publish_button.setObjectName("examPublishButton")
        self.allocate_button = QPushButton()
        self.allocate_button.setObjectName("examAllocateButton")
        self.plan_dialog: PublishPlanDialog | None = None
        self.result = MessageLine()
        self.result.setObjectName("examResult")
        self.result.setWordWrap(True)
        self.desk_label = QLabel()
        self.desk_label.setObjectName("examDeskClosed")
        self.desk_label.setWordWrap(True)
        self.desk_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.desk_label.hide()
        self.warning = MessageLine()
        self.warning.setObjectName("examWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c62828; font-weight: bold;")

        # Booking is for the window of an exam-booking office and the phone desk; an exam site's
        # clerk and a supervisor see the sessions (rosters, allocation) without the booking buttons.
        self.can_book = may_book(ctx.login.role, ctx.login.station)
        can_roster = ctx.login.role in ("clerk", "supervisor")
        for button in (self.book_button, self.receipt_button, self.roster_button, self.csv_button,
                       self.publish_button, self.allocate_button):
            button.setAutoDefault(True)  # Enter on a focused button presses it
        buttons = QHBoxLayout()
        for button in (self.book_button, self.receipt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.publish_button, self.allocate_button, self.roster_button, self.csv_button):
            buttons.addWidget(button)
        for button, offered in ((self.book_button, self.can_book), (self.receipt_button, self.can_book),
                                (self.roster_button, can_roster), (self.csv_button, can_roster),
                                (self.publish_button, self.supervisor), (self.allocate_button, self.supervisor)):
            set_shown(button, offered)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.desk_label)
        layout.addWidget(self.lookup)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        candidate_row = QHBoxLayout()  # what may be booked now, beside what was booked before (issue 10)
        candidate_row.addWidget(self.subjects_box, 1)
        candidate_row.addWidget(self.history)
        self.history.setMaximumWidth(380)  # the reasons beside the subjects get the rest
        layout.addLayout(candidate_row)
        layout.addWidget(self.sessions_box, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.result)
        layout.addLayout(buttons)

        chain_tab_order(self.lookup.find_button, self.subjects_view, self.show_closed, self.sessions_view,
                        self.book_button, self.receipt_button, self.publish_button, self.allocate_button,
                        self.roster_button, self.csv_button)
        self.subjects_view.selectionModel().selectionChanged.connect(self._subject_chosen)
        self.sessions_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.show_closed.toggled.connect(lambda _on: self.load_sessions())
        self.book_button.clicked.connect(self.book)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.roster_button.clicked.connect(self.print_roster)
        self.csv_button.clicked.connect(self.choose_csv_file)
        self.publish_button.clicked.connect(self.open_publish_dialog)
        self.allocate_button.clicked.connect(self.allocate)
        # The phone desk books on working days within its hours only: said before the click.
        self.desk_closed: str | None = None
        if self.phone:
            self._desk_timer = QTimer(self)
            self._desk_timer.setInterval(60_000)
            self._desk_timer.timeout.connect(self.check_desk)
            self._desk_timer.start()
        self.retranslate()
        self._update_buttons()
        self._sessions_loaded_once = False

    # --- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Exam booking"))
        self.lookup.retranslate()
        self.history.retranslate()
        self.subjects_box.setTitle(self.tr("Subjects: bookable now, or why not"))
        self.sessions_box.setTitle(self.tr("Sessions: requests so far against the seats"))
        self.show_closed.setText(self.tr("Also show sessions whose booking has c&losed"))
        self.book_button.setText(self.tr("&Book the selected session"))
        self.receipt_button.setText(self.tr("&Print booking receipt"))
        self.roster_button.setText(self.tr("Print &roster"))
        self.csv_button.setText(self.tr("E&xport roster (CSV)"))
        self.publish_button.setText(self.tr("P&ublish a session..."))
        self.allocate_button.setText(self.tr("&Allocate the seats"))
        self._update_buttons()
        self.subjects.set_columns(self._subject_columns())
        self.sessions.set_columns(self._session_columns())

    def _subject_columns(self) -> list[Column]:
        return [
            Column(self.tr("Subject"), lambda r: subject_name(r["subject"], r["name"])),
            Column(self.tr("Bookable"), lambda r: self.tr("Yes") if r["bookable"] else self.tr("No"),
                   color=lambda r: GREEN if r["bookable"] else RED, align_center=True),
            Column(self.tr("Would rank by"), lambda r: self._ranking_text(r)),
            Column(self.tr("Why not"), lambda r: self.tr("; ").join(reason_texts(r["reasons"], r.get("reason_codes")))),
        ]

    def _ranking_text(self, record: dict[str, Any]) -> str:
        if not record.get("ranking_time") or not record["bookable"]:
            return ""
        return self.tr("{0} (rule {1})").format(when(record["ranking_time"]), record["ranking_rule"])

    def _session_columns(self) -> list[Column]:
        status = {"open": self.tr("Open"), "closed": self.tr("Closed"), "allocated": self.tr("Allocated")}
        return [
            Column(self.tr("Date"), lambda r: r["exam_date"]),
            Column(self.tr("Start"), lambda r: r["start_time"], align_center=True),
            Column(self.tr("Exam site"), lambda r: r["site_name"]),
            Column(self.tr("Subject"), lambda r: subject_name(r["subject"], r["subject_name"])),
            Column(self.tr("Class"), lambda r: r["licence_class"], align_center=True),
            Column(self.tr("Requests / seats"), lambda r: f"{r['requested_count']} / {r['capacity']}",
                   color=lambda r: RED if r["requested_count"] > r["capacity"] else None, align_center=True),
            Column(self.tr("Booking closes"), lambda r: when(r["booking_deadline"])),
            Column(self.tr("Status"), lambda r: status.get(r["status"], r["status"]),
                   color=lambda r: GREEN if r["status"] == "open" else None),
        ]

    # --- candidate --------------------------------------------------------------------------
    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._sessions_loaded_once:
            self._sessions_loaded_once = True
            self.load_sessions()
        if self.phone:
            self.check_desk()

    def check_desk(self) -> None:
        """Is the phone desk open now (the centre's clock and calendar)?"""
        now = local(self.ctx.clock.now())
        rules = ExamRules()

        def decided(working: bool) -> None:
            open_now = working and rules.phone_hours_start <= now.time() < rules.phone_hours_end
            self.desk_closed = None if open_now else self.tr(
                "The phone desk books on working days {0}–{1} only; it is closed now. Callers book on the internet "
                "or at a window.").format(f"{rules.phone_hours_start:%H:%M}", f"{rules.phone_hours_end:%H:%M}")
            self.desk_label.setText(self.desk_closed or "")
            self.desk_label.setVisible(self.desk_closed is not None)
            self._update_buttons()

        self.ctx.runner.submit(lambda: self.desk.is_working_day(now.date()), decided, lambda _exc: None)

    def find(self) -> None:
        self.look_up(self.desk.find_candidate, self._show_candidate, self._lookup_failed)

    def clear_person(self) -> None:
        super().clear_person()
        self.candidate = None
        self.subjects.set_rows([])
        self.summary.clear()
        self.history.clear()
        self.result.clear()
        self.warning.clear()
        self.last_booking = None
        self.booking_for = None
        self.booking_ticket = ""
        self._update_buttons()

    def last_chance(self, subject: str | None) -> bool:
        """The candidate's last booking of 科目二/科目三 within the permit (the 5th of 5)."""
        if self.candidate is None or subject is None:
            return False
        cap = ExamRules().max_bookings.get(Subject(subject))
        used = next((s["bookings_used"] for s in self.candidate.get("subjects", []) if s["subject"] == subject), 0)
        return cap is not None and used == cap - 1

    def _show_candidate(self, candidate: dict[str, Any]) -> None:
        self.message.clear()
        same = self.candidate is not None and self.candidate["id"] == candidate["id"]
        keep = self._current_subject() if same else None  # after booking, stay on the subject
        self.candidate = candidate
        permit = (self.tr("learner permit valid until {0}").format(candidate["permit_valid_until"])
                  if candidate["permit_valid_until"] else self.tr("no learner permit yet"))
        self.summary.setText(self.tr("{0} · {1} · {2} {3} · {4} · application accepted {5} · {6}").format(
            candidate["name"], f"{_named(candidate, 'id_type', 'id_document')} {candidate['id_number_masked']}".strip(),
            candidate["licence_class"], _named(candidate, "licence_class", "licence_class"),
            _named(candidate, "purpose", "purpose"), when(candidate["application_accepted_at"]), permit))
        rows = [e for e in candidate["eligibility"] if e["applicable"]]
        self.subjects.set_rows(rows)
        if self.lookup_values is not None:
            self.history.load(*self.lookup_values)
        subjects = [r["subject"] for r in rows]
        wanted = keep if keep in subjects else next((r["subject"] for r in rows if r["bookable"]),
                                                    subjects[0] if subjects else None)
        if wanted is not None:
            self.subjects_view.selectRow(self.subjects.find(wanted))
        self._update_buttons()

    def _current_subject(self) -> str | None:
        record = selected(self.subjects_view, self.subjects)
        return record["subject"] if record else None

    def _subject_chosen(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        record = selected(self.subjects_view, self.subjects)
        if record is not None and record["bookable"] and self.last_chance(record["subject"]):
            self.warning.setText(self.tr(
                "Last chance: this is the candidate's last booking of {0} allowed within the permit "
                "({1} of {1}); after a fail or an absence the candidate must apply again.").format(
                subject_name(record["subject"], record["name"]), ExamRules().max_bookings[Subject(record["subject"])]))
        else:
            self.warning.clear()
        self.load_sessions()

    # --- sessions ---------------------------------------------------------------------------
    def load_sessions(self) -> None:
        subject = self._current_subject()
        licence_class = self.candidate["licence_class"] if self.candidate else None
        open_only = not self.show_closed.isChecked()
        self._sessions_query += 1
        query = self._sessions_query
        self.ctx.runner.submit(
            lambda: self.desk.sessions(subject=subject, licence_class=licence_class, open_only=open_only),
            lambda sessions: self._show_sessions(sessions, query), self._failed)

    def _show_sessions(self, sessions: list[dict[str, Any]], query: int) -> None:
        if query != self._sessions_query:
            return  # an answer to an older question: a newer one is on its way
        keep = selected(self.sessions_view, self.sessions)
        self.sessions.set_rows(sessions)
        if keep is not None and (row := self.sessions.find(keep["id"])) >= 0:
            self.sessions_view.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        session = selected(self.sessions_view, self.sessions)
        subject = selected(self.subjects_view, self.subjects)
        self.book_button.setEnabled(bool(
            self.can_book and self.desk_closed is None and self.candidate and session and subject and subject["bookable"]
            and session["status"] == "open" and session["subject"] == subject["subject"]))
        # The receipt belongs to the person it was made for: only while that person is shown.
        shown = self.lookup_values[0] if self.lookup_values else None
        self.receipt_button.setEnabled(self.last_booking is not None and self.booking_for == shown
                                       and not self.busy.busy)
        can_roster = self.ctx.login is not None and self.ctx.login.role in ("clerk", "supervisor")
        allocated = bool(session and session["status"] == "allocated")
        self.roster_button.setEnabled(can_roster and allocated)
        self.csv_button.setEnabled(can_roster and allocated)
        self.allocate_button.setEnabled(self.supervisor and bool(session and session["status"] == "closed"))

    # --- booking ----------------------------------------------------------------------------
    def book(self) -> None:
        session = selected(self.sessions_view, self.sessions)
        if not self.book_button.isEnabled() or session is None or self.lookup_values is None \
                or self.candidate is None:
            return
        id_number, mobile = self.lookup_values
        self.book_button.setEnabled(False)
        last_chance = self.last_chance(session["subject"])
        ticket = self.ctx.queue_ticket
        candidate, subject = self.candidate, selected(self.subjects_view, self.subjects) or {}
        local_ref: list[str] = []

        def booked(booking: dict[str, Any]) -> None:
            if self.lookup_values is None or self.lookup_values[0] != id_number:
                return  # the clerk moved on to the next customer: the booking is in 同步状态 / 打印
            self.booking_for, self.booking_ticket, self.booking_last_chance = id_number, ticket, last_chance
            self._booked(booking)

        def outcome(kind: str, payload: Any) -> None:
            if kind == "queued":
                local_ref.append(payload.local_ref or "")
            elif kind == "pending" and local_ref and self.lookup_values and self.lookup_values[0] == id_number:
                # Offline: a provisional receipt at once; 同步状态 prints the real one after catch-up.
                self.last_booking = provisional_booking(
                    session, candidate, subject, local_ref=local_ref[0], now=self.ctx.clock.now(),
                    channel="phone" if self.phone else "window")
                self.booking_for, self.booking_ticket, self.booking_last_chance = id_number, ticket, last_chance
            self._write_outcome(kind, payload, self.result, booked, self._update_buttons)

        self.ctx.writes.submit(book_write(session, self.candidate, id_number, mobile, now=self.ctx.clock.now()),
                               outcome)

    def _booked(self, booking: dict[str, Any]) -> None:
        self.last_booking = booking
        set_error(self.message, "")
        self.result.setText(self.tr(
            "Booked: {0} {1} at {2}, {3}. Booking number {4}. It ranks by {5} (rule {6}: {7}); the seats are "
            "allocated after booking closes and the result comes by SMS.").format(
            booking["plan"]["exam_date"], booking["plan"]["start_time"], booking["plan"]["site_name"],
            booking["subject_name"], booking["id"], when(booking["ranking_time"], seconds=True),
            booking["ranking_rule"], booking["ranking_rule_text"]))
        self.sessions.update_row(booking["plan"])
        self._update_buttons()
        self.find()  # the subjects change: this one now has an open booking

    # --- sessions (supervisors) -------------------------------------------------------------
    def open_publish_dialog(self) -> PublishPlanDialog:
        stations = self.ctx.store.cached("station")
        dialog = PublishPlanDialog(stations, self.today(), self)
        dialog.publish.connect(self._publish)
        self.plan_dialog = dialog
        dialog.open()
        return dialog

    def _publish(self, values: dict[str, Any]) -> None:
        dialog = self.plan_dialog

        def outcome(kind: str, payload: Any) -> None:
            if kind == "sent":
                self.result.setText(self.tr("Published: {0} {1} at {2}, {3} ({4}), {5} seats.").format(
                    payload["exam_date"], payload["start_time"], payload["site_name"], payload["subject_name"],
                    payload["licence_class"], payload["capacity"]))
                if dialog is not None:
                    dialog.accept()
                self.load_sessions()
            elif kind != "queued" and dialog is not None:
                dialog.refused(getattr(payload, "message", str(payload)))

        self.ctx.writes.submit(publish_write(values), outcome)

    def allocate(self) -> None:
        session = selected(self.sessions_view, self.sessions)
        if session is None or not self.allocate_button.isEnabled():
            return
        self.allocate_button.setEnabled(False)
        self.ctx.writes.submit(allocate_write(session), lambda outcome, payload: self._write_outcome(
            outcome, payload, self.result, self._allocated, self._update_buttons))

    def _allocated(self, outcome: dict[str, Any]) -> None:
        self.result.setText(self.tr("Allocated: {0} of {1} requests got a seat ({2} seats); everyone is told by SMS.")
                            .format(outcome["allocated"], outcome["requests"], outcome["capacity"]))
        self.load_sessions()

    # --- printing ---------------------------------------------------------------------------
    def print_receipt(self) -> None:
        booking = self.last_booking
        if booking is None or not self.receipt_button.isEnabled():
            return
        provisional = booking["id"] is None
        spec = booking_receipt(booking, self._clerk(self.booking_ticket), last_chance=self.booking_last_chance,
                               provisional=provisional)
        self.ctx.runner.submit(lambda: print_pdf(spec),
                               lambda pdf: self._preview(pdf, self.tr("Booking receipt"),
                                                         f"booking-{booking['id'] or booking['local_ref']}.pdf"),
                               self._failed)

    def _with_roster(self, then) -> None:  # noqa: ANN001
        session = selected(self.sessions_view, self.sessions)
        if session is None:
            return
        self.ctx.runner.submit(lambda: self.desk.roster(session["id"]), then, self._failed)

    def print_roster(self) -> None:
        def show(roster: dict[str, Any]) -> None:
            self.last_roster = roster
            spec = roster_form(roster, self._clerk())
            self.ctx.runner.submit(lambda: print_pdf(spec), lambda pdf: self._preview(
                pdf, self.tr("Roster"), f"roster-{roster['plan']['id']}.pdf"), self._failed)

        self._with_roster(show)

    def choose_csv_file(self) -> None:
        session = selected(self.sessions_view, self.sessions)
        if session is None:
            return
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export roster"), f"roster-{session['id']}.csv",
                                                    "CSV (*.csv)")
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        def write(roster: dict[str, Any]) -> None:
            self.last_roster = roster
            self.ctx.runner.submit(lambda: export_roster_csv(roster, path),
                                   lambda p: self.result.setText(self.tr("Roster saved to {0}").format(p)),
                                   self._failed)

        self._with_roster(write)

