"""The console's holiday calendar: the years the centre knows (and a warning two months before
the last one ends), next year's 放假/调休 days entered from the State Council notice, and a trial
plate deadline computed by the centre on the calendar as entered."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.timefmt import local
from counter_app.services.console import (
    DAY_KIND_NAMES,
    calendar_day_remove_write,
    calendar_day_write,
    calendar_year_write,
)
from counter_app.services.context import AppContext
from counter_app.views.console_common import GREEN, ConsoleTab
from counter_app.views.names import service_name
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.widgets import add_rows, make_table, set_error


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CalendarTab(ConsoleTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "consoleCalendar", parent)
        self.years: dict[str, Any] | None = None
        self.known = QLabel()
        self.known.setObjectName("calendarKnownYears")
        self.warning = QLabel()
        self.warning.setObjectName("calendarWarning")
        self.warning.setWordWrap(True)
        self.year = QSpinBox()
        self.year.setObjectName("calendarYear")
        self.year.setRange(2004, 2100)
        self.year.setValue(local(ctx.clock.now()).year)
        self.model = RecordTableModel(self._columns(), key="date", parent=self)
        self.table = make_table(self.model, "calendarTable")

        self.day = QDateEdit()
        self.day.setObjectName("calendarDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.setObjectName("calendarKind")
        for kind in ("holiday", "workday"):
            self.kind.addItem(service_name("day_kind", kind, DAY_KIND_NAMES), kind)
        self.name = QLineEdit()
        self.name.setObjectName("calendarName")
        self.name.setMaxLength(32)
        self.add_button = QPushButton()
        self.add_button.setObjectName("calendarAddDay")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("calendarRemoveDay")
        self.year_button = QPushButton()
        self.year_button.setObjectName("calendarDeclareYear")
        self.entry_box = QGroupBox()
        entry_form = QFormLayout()
        self.entry_labels = add_rows(entry_form, self.day, self.kind, self.name)
        entry_buttons = QHBoxLayout()
        entry_buttons.addWidget(self.add_button)
        entry_buttons.addWidget(self.remove_button)
        entry_layout = QVBoxLayout(self.entry_box)
        entry_layout.addLayout(entry_form)
        entry_layout.addLayout(entry_buttons)
        entry_layout.addWidget(self.year_button)

        self.chosen_on = QDateEdit()
        self.chosen_on.setObjectName("trialChosenOn")
        self.chosen_on.setCalendarPopup(True)
        self.chosen_on.setDisplayFormat("yyyy-MM-dd")
        self.trial_button = QPushButton()
        self.trial_button.setObjectName("trialDeadlineButton")
        self.trial_result = QLabel()
        self.trial_result.setObjectName("trialDeadline")
        self.trial_result.setWordWrap(True)
        self.trial_box = QGroupBox()
        trial_form = QFormLayout()
        self.trial_labels = add_rows(trial_form, self.chosen_on)
        trial_layout = QVBoxLayout(self.trial_box)
        trial_layout.addLayout(trial_form)
        trial_layout.addWidget(self.trial_button)
        trial_layout.addWidget(self.trial_result)
        trial_layout.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.known)
        top.addStretch(1)
        self.year_label = QLabel()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        forms = QHBoxLayout()
        forms.addWidget(self.entry_box, 1)
        forms.addWidget(self.trial_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addLayout(forms)
        layout.addWidget(self.result)

        self.year.valueChanged.connect(lambda _y: self._load_days())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected_changed())
        self.add_button.clicked.connect(self.add_day)
        self.remove_button.clicked.connect(self.remove_day)
        self.year_button.clicked.connect(self.declare_year)
        self.trial_button.clicked.connect(self.trial)
        self.retranslate()

    def _columns(self) -> list[Column]:
        weekdays = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                    self.tr("Sun")]
        return [
            Column(self.tr("Date"), lambda r: r["date"]),
            Column(self.tr("Weekday"), lambda r: weekdays[date.fromisoformat(r["date"]).weekday()]),
            Column(self.tr("Kind"), lambda r: service_name("day_kind", r["kind"], DAY_KIND_NAMES),
                   lambda r: "#c62828" if r["kind"] == "holiday" else GREEN),
            Column(self.tr("Name"), lambda r: r["name"] or ""),
        ]

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Year shown"))
        self.entry_box.setTitle(self.tr("Enter a day from the State Council notice"))
        for label, text in zip(self.entry_labels, (self.tr("Date"), self.tr("Kind"), self.tr("Name"))):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. 元旦, 春节, 春节调休"))
        self.add_button.setText(self.tr("Save day"))
        self.remove_button.setText(self.tr("Make selected day ordinary"))
        self.trial_box.setTitle(self.tr("Trial: plate confirmation deadline"))
        self.trial_labels[0].setText(self.tr("Plate chosen on"))
        self.trial_button.setText(self.tr("Compute deadline"))
        self._show_years(self.years)
        self.model.set_columns(self._columns())

    # --- reading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.read(self.service.calendar_years, self._years_loaded)

    def _years_loaded(self, years: dict[str, Any]) -> None:
        first_time = self.years is None
        self._show_years(years)
        if first_time:
            next_year = years["last_year"] + 1
            self.day.setDate(_qdate(date(next_year, 1, 1)))
            self.chosen_on.setDate(_qdate(local(self.ctx.clock.now()).date()))
            if years["runs_out_soon"]:
                self.year.setValue(next_year)  # what needs entering now
        self._load_days()

    def _show_years(self, years: dict[str, Any] | None) -> None:
        self.years = years
        if years is None:
            self.known.setText("")
            self.year_button.setEnabled(False)
            return
        self.known.setText(self.tr("The calendar knows {0}–{1}.").format(years["first_year"], years["last_year"]))
        next_year = years["last_year"] + 1
        if years["runs_out_soon"]:
            set_error(self.warning, self.tr(
                "The calendar runs out on {0}-12-31: enter {1}'s holidays and make-up working days from the State "
                "Council notice, then declare {1} entered. Until then deadlines in {1} cannot be computed.").format(
                years["last_year"], next_year))
        else:
            set_error(self.warning, "")
        self.year_button.setText(self.tr("Declare {0} entered (all its days saved)").format(next_year))
        self.year_button.setEnabled(True)

    def _load_days(self) -> None:
        year = self.year.value()
        self.read(lambda: self.service.calendar_days(year), self.model.set_rows)

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selected_changed(self) -> None:
        day = self.selected()
        self.remove_button.setEnabled(day is not None)
        if day is not None:
            self.day.setDate(_qdate(date.fromisoformat(day["date"])))
            self.kind.setCurrentIndex(max(0, self.kind.findData(day["kind"])))
            self.name.setText(day["name"] or "")

    # --- writes ----------------------------------------------------------------------------------
    def add_day(self) -> None:
        day = _pydate(self.day.date())
        self.submit(lambda: calendar_day_write(day, self.kind.currentData(), self.name.text()),
                    lambda saved: self._saved(self.tr("{0} saved as {1}.").format(
                        saved["date"], service_name("day_kind", saved["kind"], DAY_KIND_NAMES)), day.year))

    def remove_day(self) -> None:
        row = self.selected()
        if row is not None:
            day = date.fromisoformat(row["date"])
            self.submit(lambda: calendar_day_remove_write(day),
                        lambda _r: self._saved(self.tr("{0} is an ordinary day again.").format(row["date"]), day.year))

    def _saved(self, text: str, year: int) -> None:
        self.done(text)
        self.name.clear()
        if self.year.value() != year:
            self.year.setValue(year)  # loads that year
        else:
            self._load_days()

    def declare_year(self) -> None:
        if self.years is None:
            return
        year = self.years["last_year"] + 1
        self.submit(lambda: calendar_year_write(year), lambda _r: (
            self.done(self.tr("{0} entered: working days may now be computed in it.").format(year)), self.reload()))

    def trial(self) -> None:
        chosen = _pydate(self.chosen_on.date())
        set_error(self.trial_result, "")
        self.trial_result.setText(self.tr("Asking the central service..."))
        self.read(lambda: self.service.plate_deadline(chosen), self._trial_done, self.trial_result)

    def _trial_done(self, answer: dict[str, Any]) -> None:
        set_error(self.trial_result, "")
        self.trial_result.setText(self.tr("A plate chosen on {0} must be confirmed by {1} ({2} working days from the "
                                          "next day).").format(answer["chosen_on"], answer["deadline"],
                                                               answer["working_days"]))
        self.trial_result.setStyleSheet(f"color: {GREEN}; font-weight: bold;")
