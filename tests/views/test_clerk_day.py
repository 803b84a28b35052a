"""A clerk's whole day at the counter with the keyboard alone (issue 16), at 1366x768.

Every step is a key event to the focused widget (QTest): no clicks, no slot calls. Chinese text
arrives as an input-method commit, as from the clerk's IME. The centre runs `central-api --demo`
from Wednesday 2026-11-25 10:00 Nanjing time (bookings open, the phone desk open). A 10 ms
heartbeat on the UI thread measures the longest stall of the whole day from the log-in window on
(printed, not asserted; the start-up before the first window is printed apart).
"""
from __future__ import annotations

import json
import sqlite3
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from central_api.exams.allocation import HAND_ALLOCATION
from central_api.registration.demo import PEOPLE_FILE
from central_api.plates.demo import DEMO_RESERVATIONS
from counter_app.services.stall_meter import StallMeter
from counter_app.services import daily_summary
from tests.conftest import LiveApi
from tests.views.conftest import open_login
from tests.views.keyboard import ALT, SHIFT, focused, press, tab_to, type_text

PEOPLE = json.loads(PEOPLE_FILE.read_text(encoding="utf-8"))
ID = {c["name"]: c["id_number"] for c in PEOPLE["cards"]}
UNIT = PEOPLE["units"][0]
SUN_YUE = "320102200103150116"
ZHOU_TING, ZHOU_TING_MOBILE = "320104199807020229", "13905170002"
ZHAO_LEI = DEMO_RESERVATIONS[0]
K = Qt.Key


@pytest.fixture
def live_api(tmp_path):  # noqa: ANN001, ANN201
    api = LiveApi(tmp_path / "api")
    api.embedded.extra_env["CENTRAL_API_NOW"] = "2026-11-25T10:00:00+08:00"
    api.start()
    yield api
    api.stop()


def _late_candidate(live_api: LiveApi) -> str:
    """A candidate waiting in the demo's closed 科目一 session (booking closed today)."""
    with sqlite3.connect(live_api.embedded.data_dir / "central-demo.sqlite3") as db:
        return db.execute(
            "SELECT c.id_number FROM exam_booking b JOIN exam_plan p ON p.id = b.plan_id "
            "JOIN exam_candidate c ON c.id = b.candidate_id WHERE p.published_by = ? AND b.status = 'requested' "
            "ORDER BY b.id LIMIT 1", (HAND_ALLOCATION,)).fetchone()[0]


def _sign_in(qtbot, counter, username: str, meter: StallMeter):  # noqa: ANN001, ANN202
    dialog = open_login(qtbot, counter)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username, timeout=5000)
    meter.start()  # from the log-in window on (its first show is the PC's start-up)
    type_text(username)
    press(K.Key_Tab)
    assert focused() is dialog.password
    type_text("Counter#2026")
    press(K.Key_Return)
    qtbot.waitUntil(lambda: counter.controller.window is not None, timeout=20000)
    window = counter.controller.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert (window.width(), window.height()) == (1366, 768)
    # The first focus is the queue ticket, never 锁定 (Space would lock the window).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.ticket, timeout=5000)
    return window


def _next_customer(qtbot, window, ticket: str) -> None:  # noqa: ANN001
    press(K.Key_F12)
    assert focused() is window.ticket and window.ticket.text() == ""
    type_text(ticket)
    press(K.Key_Return)
    assert window.ctx.queue_ticket == ticket


def _close_preview(qtbot, window) -> None:  # noqa: ANN001
    """Esc closes the print preview; the work goes on in the main window."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog), timeout=20000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is QApplication.activeModalWidget(), timeout=5000)
    press(K.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def test_a_whole_day_with_the_keyboard_alone(qtbot, make_counter, live_api, report_figure):
    late = _late_candidate(live_api)
    # The day is measured from the log-in window on: the counter's start-up before it (the outbox
    # key from the OS keyring, the sealed store, the window's first show) is its own figure.
    meter = StallMeter(interval_ms=10)
    started = time.perf_counter()
    counter = make_counter()
    start_up = (time.perf_counter() - started) * 1000
    window = _sign_in(qtbot, counter, "clerk01", meter)
    ctx = counter.ctx

    # --- A001: personal face-sign registration, three of 张伟's four vehicles ticked -----------
    _next_customer(qtbot, window, "A001")
    page = window.page_by_key["face_sign"]
    assert focused() is page.search  # F1 is the first page; its first field has the focus
    press(K.Key_P, ALT)  # 个人用户注册(&P)
    form = page.personal
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.user_type, timeout=5000)
    press(K.Key_Tab)
    assert focused() is form.id_number
    type_text(ID["张伟"])
    press(K.Key_Tab)
    assert focused() is form.name
    type_text("张伟")
    press(K.Key_Tab)
    assert focused() is form.mobile
    type_text("13905171234")
    qtbot.waitUntil(lambda: form.vehicles.rowCount() == 4, timeout=15000)
    press(K.Key_Tab)
    assert focused() is form.vehicle_view
    for _row in range(4):  # focus lands on the first row: Space ticks, Down moves on
        press(K.Key_Space)
        press(K.Key_Down)
    assert form.vehicles.checked == {0, 1, 2, 3}  # own vehicles: no limit to tick (issue 10)
    press(K.Key_Tab)
    assert focused() is form.read_card  # Tab leaves the table
    press(K.Key_Tab, SHIFT)
    press(K.Key_Tab, SHIFT)
    assert focused() is form.mobile
    press(K.Key_Return)  # Enter in the last field submits
    record = page.record
    qtbot.waitUntil(lambda: record.user is not None and record.user["id_number"] == ID["张伟"], timeout=15000)
    assert record.bound.rowCount() == 4  # all four own vehicles (not counted toward the limit, issue 10)
    assert page.results.rowCount() == 1 and "未注册" not in page.search_message.text()
    assert focused() is record.print_button
    press(K.Key_Return)
    _close_preview(qtbot, window)

    # --- A002: unit registration --------------------------------------------------------------
    _next_customer(qtbot, window, "A002")
    assert record.user is None and page.results.rowCount() == 0  # 下一位 cleared the page
    press(K.Key_U, ALT)  # 单位用户注册(&U)
    unit = page.unit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is unit.unit_name, timeout=5000)
    for text in (UNIT["unit_name"], UNIT["uscc"], UNIT["address"], "周强", ID["周强"], "13770881234",
                 "宁通授〔2026〕18号"):
        type_text(text)
        press(K.Key_Tab)
    qtbot.waitUntil(lambda: unit.vehicles.rowCount() == 3, timeout=15000)
    assert focused() is unit.vehicle_view
    press(K.Key_Space)
    assert len(unit.vehicles.checked) == 1
    press(K.Key_Tab, SHIFT)
    assert focused() is unit.authorisation
    press(K.Key_Return)
    qtbot.waitUntil(lambda: record.user is not None and record.user["kind"] == "unit", timeout=15000)
    assert record.bound.rowCount() == 1

    # --- A003: plate confirmation ---------------------------------------------------------------
    _next_customer(qtbot, window, "A003")
    press(K.Key_F3)
    plates = window.plates_page
    assert focused() is plates.search
    type_text(ZHAO_LEI.id_number)
    press(K.Key_Return)
    qtbot.waitUntil(lambda: plates.current is not None and plates.current.plate == "苏A0B01C", timeout=15000)
    press(K.Key_C, ALT)  # 已核验…(&C); a mnemonic clicks as an animated click (~100 ms)
    qtbot.waitUntil(lambda: plates.document_checked.isChecked() and plates.confirm_button.isEnabled(), timeout=5000)
    press(K.Key_O, ALT)  # 确认号牌(&O): the notice prints at once
    _close_preview(qtbot, window)
    assert plates.current.status == "confirmed"

    # --- A004: exam booking at the window (孙悦's first 科目一) ------------------------------------
    _next_customer(qtbot, window, "A004")
    press(K.Key_F4)
    booking = window.exam_booking_page
    assert focused() is booking.lookup.id_number
    type_text(SUN_YUE)
    press(K.Key_Return)
    qtbot.waitUntil(lambda: booking.candidate is not None and booking.sessions.rowCount() > 0
                    and {r["subject"] for r in booking.sessions.rows} == {"k1"}, timeout=15000)
    view = booking.sessions_view  # readable at 1366x768: at least 8 sessions in view
    assert view.viewport().height() >= 8 * view.rowHeight(0), (view.viewport().height(), view.rowHeight(0))
    tab_to(qtbot, booking.sessions_view)  # Tab into the table chooses its first row
    assert booking.book_button.isEnabled()
    press(K.Key_B, ALT)
    qtbot.waitUntil(lambda: booking.last_booking is not None and booking.receipt_button.isEnabled(), timeout=15000)
    press(K.Key_P, ALT)
    _close_preview(qtbot, window)

    # --- A005: late cancellation at the window, the ID card checked --------------------------------
    _next_customer(qtbot, window, "A005")
    press(K.Key_F5)
    cancel = window.exam_cancel_page
    assert focused() is cancel.lookup.id_number
    type_text(late)
    press(K.Key_Return)
    qtbot.waitUntil(lambda: cancel.bookings.rowCount() >= 1 and cancel.cancel_button.isEnabled(), timeout=15000)
    assert "已截止" in cancel.rule_hint.text()
    press(K.Key_C, ALT)  # 已当面核验考生身份证(&C)
    qtbot.waitUntil(cancel.id_checked.isChecked, timeout=5000)
    press(K.Key_A, ALT)  # 取消所选预约(&A)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cancel.confirm_button, timeout=5000)
    press(K.Key_Return)
    qtbot.waitUntil(lambda: cancel.last_cancelled is not None and cancel.receipt_button.isEnabled(), timeout=15000)
    assert cancel.last_cancelled["id_checked"]
    press(K.Key_P, ALT)
    _close_preview(qtbot, window)

    # --- the end-of-day summary ---------------------------------------------------------------------
    press(K.Key_F12)
    press(getattr(K, f"Key_F{window.nav_keys.index('printing') + 1}"))  # the F-key of 打印 in this rail
    printing = window.page_by_key["printing"]
    assert focused() is printing.history_view
    press(K.Key_S, ALT)
    _close_preview(qtbot, window)
    served = daily_summary.customers(printing.last_report)
    assert served.total == 5
    assert served.by_workflow == {"面签注册": 2, "号牌确认": 1, "考试预约": 1, "取消预约": 1}
    assert served.average_minutes is not None and served.average_minutes >= 0

    # --- the phone desk: 周婷 books 科目二 by phone ------------------------------------------------------
    window_desk = meter.stop()  # the phone desk is another PC: its start-up is not this day's stall
    phone = make_counter()
    window2 = _sign_in(qtbot, phone, "phone01", meter)
    titles = [window2.nav_model.item(r).text() for r in range(window2.nav_model.rowCount())]
    assert titles == ["考试预约  (F1)", "取消预约  (F2)", "打印  (F3)", "同步状态  (F4)", "排序查询  (F5)"]
    _next_customer(qtbot, window2, "P001")
    booking2 = window2.exam_booking_page
    assert focused() is booking2.lookup.id_number
    type_text(ZHOU_TING)
    press(K.Key_Return)
    assert focused() is booking2.lookup.mobile
    type_text(ZHOU_TING_MOBILE)
    press(K.Key_Return)
    qtbot.waitUntil(lambda: booking2.candidate is not None and booking2.sessions.rowCount() > 0
                    and {r["subject"] for r in booking2.sessions.rows} == {"k2"}, timeout=15000)
    tab_to(qtbot, booking2.sessions_view)  # Tab into the table chooses its first row
    press(K.Key_B, ALT)
    qtbot.waitUntil(lambda: booking2.last_booking is not None and booking2.receipt_button.isEnabled(), timeout=15000)
    assert booking2.last_booking["channel"] == "phone"
    press(K.Key_P, ALT)
    _close_preview(qtbot, window2)

    report_figure(f"a clerk's whole day by keyboard: longest UI-thread stall {max(window_desk, meter.stop()):.0f} ms "
                  f"(10 ms heartbeat, from the log-in window on: sign-in, lookups, tables and previews included; "
                  f"building the counter before its log-in window took {start_up:.0f} ms)")
