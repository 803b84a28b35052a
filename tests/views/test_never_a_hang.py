"""Never a hang (issue 16): with the centre frozen (SIGSTOP) a lookup ends with a clear message
within seconds, the UI thread keeps beating, and Esc cancels a running lookup at once.

Figures are printed (report_figure), not asserted against a time: the bound that matters is the
clerk's 5 s, checked with a generous wait, and the stall is measured by a 10 ms heartbeat.
"""
from __future__ import annotations

import os
import signal
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter_app.services.stall_meter import StallMeter
from tests.views.keyboard import press, type_text
from tests.views.test_login_and_status import _signed_in_window

ZHOU_TING = "320104199807020229"


def _look_up(page) -> None:  # noqa: ANN001
    page.lookup.id_number.setFocus()
    page.lookup.id_number.selectAll()
    press(Qt.Key.Key_Delete)
    type_text(ZHOU_TING)
    press(Qt.Key.Key_Return)


def test_a_lookup_with_the_centre_frozen_ends_with_a_message_and_the_ui_keeps_beating(
        qtbot, make_counter, live_api, report_figure):
    counter = make_counter()
    window = _signed_in_window(qtbot, counter)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.show_page("exam_cancel")
    page = window.exam_cancel_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.lookup.id_number, timeout=5000)

    # Esc cancels a running lookup: the button is a cancel button while it runs.
    _look_up(page)
    assert page.busy.busy and page.lookup.find_button.text() == "取消（Esc）"
    press(Qt.Key.Key_Escape)
    assert not page.busy.busy and page.message.text() == "已取消查询。"
    assert page.lookup.find_button.text() == "查询(&F)"

    pid = live_api.embedded.process.pid
    os.kill(pid, signal.SIGSTOP)
    try:
        meter = StallMeter(interval_ms=10).start()
        started = time.monotonic()
        _look_up(page)
        assert page.busy.busy
        qtbot.waitUntil(lambda: not page.busy.busy, timeout=15000)
        ended = time.monotonic() - started
        stall = meter.stop()
        message = page.message.text()
        assert message == "无法连接中心服务，请在网络恢复后重试。"
        # Known offline now: the next lookup answers at once, without waiting for a timeout.
        qtbot.waitUntil(lambda: counter.ctx.monitor.online is False, timeout=15000)
        again = time.monotonic()
        _look_up(page)
        assert not page.busy.busy and page.message.text() == message
        fast = (time.monotonic() - again) * 1000
    finally:
        os.kill(pid, signal.SIGCONT)
    report_figure(f"centre frozen (SIGSTOP): the lookup ended after {ended:.1f} s with「{message}」; "
                  f"longest UI-thread stall meanwhile {stall:.0f} ms; the next lookup answered in {fast:.0f} ms")

    # The link back: the red message goes with the next lookup.
    qtbot.waitUntil(lambda: counter.ctx.monitor.online is True, timeout=15000)
    _look_up(page)
    qtbot.waitUntil(lambda: page.lookup_values is not None and page.message.text() != message, timeout=15000)
