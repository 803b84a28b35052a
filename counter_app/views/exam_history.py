"""The candidate's bookings so far, newest first: a no-show shows as 缺考 (= fail, fee owed), a
same-day 科目四 that fell with its 科目三 as cancelled for a reason not the candidate's own."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from counter_app.services.exams import ExamDesk
from counter_app.services.tasks import TaskRunner
from counter_app.views.exam_widgets import RED
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.widgets import make_table


class BookingHistoryBox(QGroupBox):
    def __init__(self, desk: ExamDesk, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examHistoryBox")
        self.desk = desk
        self.runner = runner
        self._asked: tuple[str, str | None] | None = None
        self.model = RecordTableModel(self._columns(), parent=self)
        self.view = make_table(self.model, "examHistory")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bookings so far"))
        self.model.set_columns(self._columns())

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Exam date"), lambda r: r["plan"]["exam_date"]),
            Column(self.tr("Subject"), lambda r: r["subject_name"]),
            Column(self.tr("Status"), self.status_text,
                   color=lambda r: RED if r["result"] in ("fail", "absent") else None),
        ]

    def status_text(self, booking: dict[str, Any]) -> str:
        result = booking.get("result")
        if result == "absent":
            return self.tr("Absent: a fail, retest fee owed")
        if result == "fail":
            return self.tr("Failed")
        if result == "pass":
            return self.tr("Passed")
        status = booking["status"]
        if status == "cancelled":
            return (self.tr("Cancelled (not the candidate's own reason)") if booking.get("cancel_reason") == "not_self"
                    else self.tr("Cancelled"))
        return {"requested": self.tr("Requested, waiting for allocation"), "allocated": self.tr("Seat allocated"),
                "not_allocated": self.tr("No seat")}.get(status, status)

    def load(self, id_number: str, mobile: str | None) -> None:
        """Fetch off the UI thread; an answer for a person asked about earlier is dropped."""
        self._asked = (id_number, mobile)
        self.model.set_rows([])

        def shown(rows: list[dict[str, Any]], asked: tuple[str, str | None] = (id_number, mobile)) -> None:
            if asked == self._asked:
                self.model.set_rows(rows)

        self.runner.submit(lambda: self.desk.bookings(id_number, mobile), shown, lambda _exc: None)

    def clear(self) -> None:
        self._asked = None
        self.model.set_rows([])
