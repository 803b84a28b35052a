"""发布考试计划: a supervisor publishes a session (site, day, start, subject, class, seats)."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.exams import LICENCE_CLASSES, SUBJECT_NAMES, ExamRules
from counter_app.domain.stations import STATIONS
from counter_app.views.widgets import add_rows, set_error


class PublishPlanDialog(QDialog):
    """Collects a session; the page sends it through the write queue and reports back here."""

    publish = Signal(dict)

    def __init__(self, stations: list[dict[str, Any]], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishPlanDialog")
        self.setMinimumWidth(420)
        self.site = QComboBox()
        sites = [s for s in stations if s.get("is_exam_site")] or [
            {"id": s.id, "name": s.name} for s in STATIONS if s.is_exam_site]
        for site in sorted(sites, key=lambda s: s["id"]):
            self.site.addItem(site["name"], site["id"])
        # Booking must still be open when the plan appears: the first possible day is D-5 > today.
        first_day = today + timedelta(days=ExamRules().booking_deadline_days + 1)
        self.exam_date = QDateEdit(QDate(first_day.year, first_day.month, first_day.day))
        self.exam_date.setCalendarPopup(True)
        self.exam_date.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit(QTime(8, 30))
        self.start.setDisplayFormat("HH:mm")
        self.subject = QComboBox()
        for code, name in SUBJECT_NAMES.items():
            self.subject.addItem(name, code.value)
        self.licence_class = QComboBox()
        for code, name in LICENCE_CLASSES.items():
            self.licence_class.addItem(f"{code} {name}", code)
        self.licence_class.setCurrentIndex(self.licence_class.findData("C1"))
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 2000)
        self.capacity.setValue(50)
        form = QFormLayout()
        self.labels = add_rows(form, self.site, self.exam_date, self.start, self.subject, self.licence_class,
                               self.capacity)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.publish_button = QPushButton()
        self.publish_button.setObjectName("publishPlanButton")
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.publish_button.clicked.connect(self._publish)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Publish an exam session"))
        for label, text in zip(self.labels, (self.tr("Exam site"), self.tr("Date"), self.tr("Start"),
                                             self.tr("Subject"), self.tr("Licence class"), self.tr("Seats"))):
            label.setText(text)
        self.publish_button.setText(self.tr("Publish"))
        self.close_button.setText(self.tr("Close"))

    def values(self) -> dict[str, Any]:
        return {"site_id": self.site.currentData(), "exam_date": self.exam_date.date().toString("yyyy-MM-dd"),
                "start_time": self.start.time().toString("HH:mm"), "subject": self.subject.currentData(),
                "licence_class": self.licence_class.currentData(), "capacity": self.capacity.value()}

    def _publish(self) -> None:
        self.publish_button.setEnabled(False)
        set_error(self.message, "")
        self.message.setText(self.tr("Publishing..."))
        self.publish.emit(self.values())

    def refused(self, message: str) -> None:
        self.publish_button.setEnabled(True)
        set_error(self.message, message)
