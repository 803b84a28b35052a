"""Nanjing time everywhere (issue 16), tried at 01:00 Nanjing time (17:00 UTC the day before):
registration and binding dates, the status-bar clock and the summary's day show 2026-11-25."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import LiveApi
from tests.views.conftest import sign_in_through_dialog
from tests.views.test_offline_view import ID
from tests.views.test_registration_view import _click, _type


@pytest.fixture
def live_api(tmp_path):  # noqa: ANN001, ANN201
    api = LiveApi(tmp_path / "api")
    api.embedded.extra_env["CENTRAL_API_NOW"] = "2026-11-25T01:00:00+08:00"
    api.start()
    yield api
    api.stop()


def test_dates_at_one_in_the_morning_are_nanjing_dates(qtbot, make_counter):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "clerk01")
    # The counter follows the centre's clock, whatever this PC's clock says.
    qtbot.waitUntil(lambda: window.clock_label.text().startswith("2026-11-25 01:0"), timeout=10000)
    assert window.clock_label.text().endswith("（中心时间）")
    window.show_page("face_sign")
    page = window.page_by_key["face_sign"]
    page.tabs.setCurrentIndex(1)
    form = page.personal
    _type(qtbot, form.id_number, ID["张伟"])
    qtbot.waitUntil(lambda: form.vehicles.rowCount() == 4, timeout=10000)
    _type(qtbot, form.name, "张伟")
    _type(qtbot, form.mobile, "13905171234")
    form.vehicles.setData(form.vehicles.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    _click(qtbot, form.submit_button)
    record = page.record
    qtbot.waitUntil(lambda: record.user is not None and record.bound.rowCount() == 1, timeout=15000)
    since = page.results.index(0, 7).data()
    bound_at = record.bound.index(0, 3).data()
    assert (since, bound_at) == ("2026-11-25", "2026-11-25")  # the UTC date would be 2026-11-24
    assert record.user["registration_no"].startswith("R20261125")
    window.show_page("printing")
    assert window.page_by_key["printing"].day.date().toString("yyyy-MM-dd") == "2026-11-25"


def test_the_phone_desk_says_it_is_closed_before_the_click(qtbot, make_counter):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "phone01")
    window.show_page("exam_booking")
    page = window.exam_booking_page
    qtbot.waitUntil(lambda: page.desk_label.isVisible(), timeout=10000)  # 01:00 is out of hours
    assert "工作日 09:00–17:00" in page.desk_label.text()
    assert page.book_button.isVisible() and not page.book_button.isEnabled()
