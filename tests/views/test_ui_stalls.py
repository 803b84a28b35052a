"""How long the UI thread stands still while the clerk signs in, looks a candidate up for the
first time and opens each page: measured with the stall meter (a 5 ms heartbeat) and printed.
Nothing here asserts a time; the test checks that each step did what the clerk asked for."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counter_app.services.stall_meter import StallMeter
from counter_app.views.main_window import NAV_KEYS
from tests.conftest import LiveApi
from tests.views.conftest import open_login, type_credentials

ZHOU_TING_ID, ZHOU_TING_MOBILE = "320104199807020229", "13905170002"  # a demo candidate


@pytest.fixture
def live_api(tmp_path):  # noqa: ANN001, ANN201 - a phone-desk hour, as in test_exam_pages
    api = LiveApi(tmp_path / "api")
    api.embedded.extra_env["CENTRAL_API_NOW"] = "2026-11-25T10:00:00+08:00"
    api.start()
    yield api
    api.stop()


def test_sign_in_first_lookup_and_pages_keep_the_ui_thread_moving(qtbot, make_counter, report_figure) -> None:  # noqa: ANN001
    counter = make_counter()
    dialog = open_login(qtbot, counter)
    stalls: dict[str, float] = {}

    meter = StallMeter().start()
    type_credentials(qtbot, dialog, "phone01", "Counter#2026")
    qtbot.waitUntil(lambda: counter.controller.window is not None, timeout=30000)
    window = counter.controller.window
    qtbot.waitExposed(window)
    qtbot.wait(100)
    stalls["sign-in"] = meter.stop()

    for key in NAV_KEYS[1:] + NAV_KEYS[:1]:
        meter.start()
        window.show_page(key)
        qtbot.wait(100)
        stalls[f"open {key}"] = meter.stop()
        assert window.pages.currentWidget() is window.page_by_key[key]

    window.show_page("exam_booking")
    page = window.exam_booking_page
    meter.start()
    qtbot.keyClicks(page.lookup.id_number, ZHOU_TING_ID)
    qtbot.keyClicks(page.lookup.mobile, ZHOU_TING_MOBILE)
    qtbot.mouseClick(page.lookup.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.subjects.rowCount() == 4, timeout=15000)  # 科目一 to 科目四
    qtbot.wait(100)
    stalls["first candidate lookup"] = meter.stop()

    report_figure("longest UI-thread stall: " + ", ".join(f"{k} {v:.0f} ms" for k, v in stalls.items()))
