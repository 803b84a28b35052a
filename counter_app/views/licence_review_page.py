"""审验: the licence review of an A or B licence holder, allowed only after the points study.

The clerk types (or reads from the ID card) the holder's ID number; the centre answers with the
points of the scoring period, whether the study is required, complete or what is still missing
(video minutes counted from sittings of at least 10 minutes whose photos matched, the 50-question
test), with the sittings and tests the learning platform reported. The review is recorded only
when the centre allows it.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QWidget

from counter_app.domain.timefmt import local
from counter_app.services.context import AppContext
from counter_app.services.exams import when
from counter_app.services.points_study import StudyService, review_write
from counter_app.views.centre_messages import reason_texts
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.vehicle_service_page import GREEN, RED, VehicleServicePage
from counter_app.views.widgets import boxed, make_table, named_button, named_label, set_error


class LicenceReviewPage(VehicleServicePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "reviewPage", parent)
        self.service = StudyService(ctx.api)
        self.record: dict[str, Any] | None = None
        self.id_number: str | None = None
        self.search.setMaxLength(18)

        self.holder = named_label("reviewHolder", "—", wrap=False)
        self.points = named_label("reviewPoints", wrap=False)
        self.points.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.state = named_label("reviewStudyState")
        self.sittings = RecordTableModel(self._sitting_columns(), parent=self)
        self.sittings_view = make_table(self.sittings, "studySittings")
        self.tests = RecordTableModel(self._test_columns(), parent=self)
        self.tests_view = make_table(self.tests, "studyTests")
        self.sittings_box = boxed(self.sittings_view)
        self.tests_box = boxed(self.tests_view)
        self.review_button = named_button("reviewButton")
        self.result = named_label("reviewResult")

        tables = QHBoxLayout()
        tables.addWidget(self.sittings_box, 2)
        tables.addWidget(self.tests_box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.result, 1)
        bottom.addWidget(self.review_button)
        layout = self.page_layout(self.search_row)
        layout.addWidget(self.holder)
        layout.addWidget(self.points)
        layout.addWidget(self.state)
        layout.addLayout(tables, 1)
        layout.addLayout(bottom)
        self.review_button.clicked.connect(self.review)
        self.retranslate()
        self.show_result(None)

    def _sitting_columns(self) -> list[Column]:
        return [
            Column(self.tr("Started"), lambda r: when(r["started_at"])),
            Column(self.tr("Ended"), lambda r: when(r["ended_at"])),
            Column(self.tr("Minutes"), lambda r: str(r["counted_minutes"]), align_center=True),
            Column(self.tr("Photo check"), lambda r: self.tr("Matched") if r["photo_matched"] else self.tr("No match"),
                   lambda r: None if r["photo_matched"] else RED),
            Column(self.tr("Counted"), lambda r: self.tr("Yes") if r["counts"] else self.tr("; ").join(
                reason_texts([r["problem"]], r.get("problem_codes"))),
                   lambda r: GREEN if r["counts"] else RED),
        ]

    def _test_columns(self) -> list[Column]:
        return [
            Column(self.tr("Taken"), lambda r: when(r["started_at"])),
            Column(self.tr("Answered"), lambda r: str(r["questions_answered"]), align_center=True),
            Column(self.tr("Score"), lambda r: str(r["score"]), align_center=True),
            Column(self.tr("Valid"), lambda r: self.tr("Yes") if not r["problems"] else self.tr("; ").join(
                reason_texts(r["problems"], r.get("problem_codes"))),
                   lambda r: GREEN if not r["problems"] else RED),
        ]

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Licence review"))
        self.search.setPlaceholderText(self.tr("ID number of the licence holder"))
        self.find_button.setText(self.tr("Find"))
        self.sittings_box.setTitle(self.tr("Video sittings reported by the learning platform"))
        self.tests_box.setTitle(self.tr("Tests"))
        self.review_button.setText(self.tr("Record the review"))
        self.sittings.set_columns(self._sitting_columns())
        self.tests.set_columns(self._test_columns())

    # --- search ----------------------------------------------------------------------------------
    def fetch(self, text: str) -> dict[str, Any]:
        return self.service.find(text, local(self.ctx.clock.now()).date())

    def show_result(self, record: dict[str, Any] | None) -> None:
        if record is None or self.record is None or record["id_number_masked"] != self.record["id_number_masked"]:
            self.result.clear()
        self.record = record
        self.id_number = self.searched.strip().upper() if record else None  # the number asked, not retyped
        if record is None:
            self.holder.setText("—")
            self.points.clear()
            self.state.clear()
            self.sittings.set_rows([])
            self.tests.set_rows([])
            self.review_button.setEnabled(False)
            return
        self.holder.setText(self.tr("{0}  {1}  licence class {2}").format(
            record["name"], record["id_number_masked"], record["licence_class"]))
        period = (self.tr("scoring period {0} to {1}").format(record["period_start"], record["period_end"])
                  if record["period_start"] else self.tr("no points recorded"))
        self.points.setText(self.tr("{0} point(s), {1}").format(record["points"], period))
        if record["reviewed_at"]:
            text, ok = self.tr("Reviewed on {0} for this scoring period.").format(when(record["reviewed_at"])), True
        elif record["complete"]:
            text, ok = self.tr("Points study complete ({0} minutes, test done): the review may be recorded.").format(
                record["counted_minutes"]), True
        elif not record["required"] and record["review_allowed"]:
            text, ok = self.tr("No points study required for this licence: the review may be recorded."), True
        else:
            text, ok = self.tr("The review may not be recorded yet:") + "\n" + "\n".join(
                "• " + m for m in reason_texts(record["missing"], record.get("missing_codes"))), False
        set_error(self.state, "" if ok else text)
        self.state.setText(text)
        if ok:
            self.state.setStyleSheet(f"color: {GREEN}; font-weight: bold;")
        self.sittings.set_rows(record["sittings"])
        self.tests.set_rows(record["tests"])
        self.review_button.setEnabled(bool(record["review_allowed"]))

    def review(self) -> None:
        record, id_number = self.record, self.id_number
        if record is None or id_number is None or not self.review_button.isEnabled():
            return
        self.review_button.setEnabled(False)
        self.submit(lambda: review_write(record, id_number), self.result, self._reviewed)

    def _reviewed(self, record: dict[str, Any]) -> None:
        self._show(record)
        self.result.setText(self.tr("Review recorded."))
        self.result.setStyleSheet(f"color: {GREEN}; font-weight: bold;")
