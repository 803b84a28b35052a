"""排序查询: a session's requests in ranking order with each one's rule and time (what allocation
will do), after allocation the roster and the not-allocated list; and a caller's position.

A phone operator finds the caller (ID number and the registered mobile) and reads the line out:
"第 37 位，共 40 个考位". A supervisor browses the sessions.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from counter_app.domain.exams import RULE_TEXT
from counter_app.services.context import AppContext
from counter_app.services.exam_ranking import RankingDesk, split_after_allocation
from counter_app.services.exams import CHANNEL_NAMES, when
from counter_app.views.customer import MessageLine, keyboard_table
from counter_app.views.exam_widgets import GREEN, RED, ExamPage, selected
from counter_app.views.names import service_name, subject_name
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.widgets import boxed, make_table, named_button, named_label


class ExamRankingPage(ExamPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="examRankingPage")
        self.ranking = RankingDesk(ctx.api)
        self.positions: list[dict[str, Any]] = []
        self.shown_answer: dict[str, Any] | None = None  # the session's requests last shown
        self.position_line = MessageLine()
        self.position_line.setObjectName("rankingPosition")
        self.position_line.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.position_line.setWordWrap(True)

        self.sessions = RecordTableModel(self._session_columns(), parent=self)
        self.sessions_view = keyboard_table(make_table(self.sessions, "rankingSessions"))
        self.refresh_button = named_button("rankingRefresh")
        self.sessions_box = QGroupBox()
        sessions_layout = QHBoxLayout(self.sessions_box)
        sessions_layout.addWidget(self.sessions_view, 1)
        beside = QVBoxLayout()
        beside.addWidget(self.refresh_button)
        beside.addStretch(1)
        sessions_layout.addLayout(beside)

        self.requests = RecordTableModel(self._request_columns(), key="booking_id", parent=self)
        self.requests_view = keyboard_table(make_table(self.requests, "rankingRequests"))
        self.requests_box = boxed(self.requests_view)
        self.waiting = RecordTableModel(self._request_columns(), key="booking_id", parent=self)
        self.waiting_view = keyboard_table(make_table(self.waiting, "rankingNotAllocated"))
        self.waiting_box = boxed(self.waiting_view)
        self.session_note = named_label("rankingSessionNote")

        # One column, full width: the sessions above, the chosen session's requests below, so
        # neither table needs a horizontal scroll bar at 1366x768 (side by side, both clipped).
        body = QVBoxLayout()
        body.addWidget(self.sessions_box, 2)
        body.addWidget(self.session_note)
        body.addWidget(self.requests_box, 3)
        body.addWidget(self.waiting_box, 2)

        layout = self.page_layout(self.lookup)
        layout.addWidget(self.position_line)
        layout.addLayout(body, 1)

        self.refresh_button.clicked.connect(self.load_sessions)
        self.sessions_view.selectionModel().selectionChanged.connect(lambda *_: self.load_requests())
        self.retranslate()
        self.waiting_box.hide()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Ranking and positions"))
        self.lookup.retranslate()
        self.sessions_box.setTitle(self.tr("Sessions"))
        self.refresh_button.setText(self.tr("&Refresh sessions"))
        self.waiting_box.setTitle(self.tr("Not allocated"))
        self.sessions.set_columns(self._session_columns())
        self.requests.set_columns(self._request_columns())
        self.waiting.set_columns(self._request_columns())
        self._title_requests()
        if self.shown_answer is not None:
            self._show_requests(self.shown_answer)
        if self.positions:
            self._show_positions(self.positions)

    def _session_columns(self) -> list[Column]:
        states = {"open": self.tr("open"), "closed": self.tr("closed"), "allocated": self.tr("allocated")}
        return [
            Column(self.tr("Exam"), lambda p: f"{p['exam_date']} {p['start_time']}"),
            Column(self.tr("Exam site"), lambda p: p["site_name"]),
            Column(self.tr("Subject"), lambda p: subject_name(p["subject"], p["subject_name"])),
            Column(self.tr("Class"), lambda p: p["licence_class"], align_center=True),
            Column(self.tr("Requests / seats"), lambda p: f"{p['requested_count']} / {p['capacity']}",
                   align_center=True),
            Column(self.tr("State"), lambda p: states.get(p["status"], p["status"])),
        ]

    def _request_columns(self) -> list[Column]:
        return [
            Column(self.tr("Rank"), lambda r: "" if r["rank"] is None else str(r["rank"]), align_center=True),
            Column(self.tr("Name"), lambda r: r["candidate_name"]),
            Column(self.tr("ID number"), lambda r: r["id_number_masked"]),
            Column(self.tr("Rule"), lambda r: self.tr("rule {0}").format(r["ranking_rule"])),
            Column(self.tr("Ranking time"), lambda r: when(r["ranking_time"], seconds=True)),
            Column(self.tr("Seat"), self._seat_text,
                   color=lambda r: GREEN if r["allocated"] or self._within(r) else RED),
            Column(self.tr("Requested"), lambda r: when(r["requested_at"], seconds=True)),
            Column(self.tr("Channel"), lambda r: service_name("booking_channel", r["channel"], CHANNEL_NAMES)),
        ]

    def _rule_texts(self) -> dict[int, str]:
        """The four ranking rules in the interface's language (the Chinese is the rule as written,
        `RULE_TEXT`, which the centre also sends with each request)."""
        texts = {
            1: self.tr("first booking of subject 1: by the time the licence application was accepted"),
            2: self.tr("by the time of the last exam"),
            3: self.tr("cancelled for a personal reason after a successful booking: by the cancellation time"),
            4: self.tr("the later of the last exam and a personal-reason cancellation"),
        }
        assert texts.keys() == RULE_TEXT.keys()
        return texts

    def _within(self, request: dict[str, Any]) -> bool:
        plan = selected(self.sessions_view, self.sessions)
        return bool(plan and request["rank"] is not None and request["rank"] <= plan["capacity"])

    def _seat_text(self, request: dict[str, Any]) -> str:
        if not request["provisional"]:
            return self.tr("seat") if request["allocated"] else self.tr("no seat")
        return self.tr("would get a seat") if self._within(request) else self.tr("would not get a seat")

    # --- sessions ----------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.sessions.rows:
            self.load_sessions()

    def load_sessions(self) -> None:
        self.ctx.runner.submit(self.ranking.sessions, self._sessions_loaded, self._failed)

    def _sessions_loaded(self, plans: list[dict[str, Any]]) -> None:
        self.sessions.set_rows(plans)

    def load_requests(self) -> None:
        plan = selected(self.sessions_view, self.sessions)
        if plan is None:
            return
        plan_id = plan["id"]

        def shown(answer: dict[str, Any]) -> None:
            current = selected(self.sessions_view, self.sessions)
            if current is None or current["id"] != plan_id:
                return  # another session was picked meanwhile
            self.sessions.update_row(answer["plan"])
            self._show_requests(answer)

        self.ctx.runner.submit(lambda: self.ranking.requests(plan_id), shown, self._failed)

    def _show_requests(self, answer: dict[str, Any]) -> None:
        self.shown_answer = answer
        plan = answer["plan"]
        if plan["status"] == "allocated":
            seated, waiting = split_after_allocation(answer["data"])
            self.requests.set_rows(seated)
            self.waiting.set_rows(waiting)
            self.waiting_box.show()
            self.session_note.setText(self.tr("Allocated {0}: {1} of {2} seats given, {3} not allocated.").format(
                when(plan["allocated_at"]), len(seated), plan["capacity"], len(waiting)))
        else:
            self.requests.set_rows(answer["data"])
            self.waiting.set_rows([])
            self.waiting_box.hide()
            self.session_note.setText(self.tr(
                "Not yet allocated: the order allocation would give now ({0} requests for {1} seats; booking "
                "closes {2}). Earlier ranking time ranks first; ties by request time, then booking number.").format(
                answer["count"], plan["capacity"], when(plan["booking_deadline"])))
        self.session_note.setText(self.session_note.text() + "\n" + self.tr("; ").join(
            self.tr("{0}: {1}").format(self.tr("rule {0}").format(n), text)
            for n, text in sorted(self._rule_texts().items())))
        self._title_requests(plan)

    def _title_requests(self, plan: dict[str, Any] | None = None) -> None:
        allocated = plan is not None and plan["status"] == "allocated"
        self.requests_box.setTitle(self.tr("Roster (seats given)") if allocated
                                   else self.tr("Requests in ranking order"))

    # --- a caller's position -----------------------------------------------------------------------
    def find(self) -> None:
        self.look_up(self.ranking.positions, self._show_positions, self._lookup_failed)

    def clear_person(self) -> None:
        super().clear_person()
        self.positions = []
        self.position_line.clear()

    def _show_positions(self, positions: list[dict[str, Any]]) -> None:
        self.positions = positions
        if not positions:
            self.position_line.setText(self.tr("No open request: nothing to rank."))
            return
        lines = []
        for p in positions:
            plan = p["plan"]
            head = f"{plan['exam_date']} {plan['start_time']} {plan['site_name']} " \
                   f"{subject_name(p['subject'], p['subject_name'])}："
            if p["position"] is None:
                lines.append(head + self.tr("not ranked"))
                continue
            where = self.tr("Position {0}, {1} seats in all").format(p["position"], plan["capacity"])
            if plan["status"] == "allocated":
                state = self.tr("seat given") if p["status"] in ("allocated", "completed") else self.tr("no seat")
            else:
                state = self.tr("would get a seat now") if p["position"] <= plan["capacity"] \
                    else self.tr("would not get a seat now")
            lines.append(f"{head}{where}（{state}）")
        self.position_line.setText("\n".join(lines))
