"""The supervisor's console and the live board (issue 12), driven like a supervisor against a real
`central-api --demo` process (clock started at Wednesday 2026-11-25 10:00 in Nanjing).

Demo facts used (README, central_api/*/demo.py): `admin` is the supervisor at 南京市车管所;
`clerk01` a clerk there; 李娜 was put on the plate-selection blacklist for not confirming
苏A0S09T; the holiday calendar is seeded from chinese-calendar 1.11, which knows 2004–2026.
"""
from __future__ import annotations

import pytest
import requests
from PySide6.QtCore import QDate, Qt

from counter_app.services.embedded_api import free_port
from counter_app.services.registration import register_personal
from tests.conftest import LiveApi
from tests.views.conftest import open_login, sign_in_through_dialog, type_credentials

OFFLINE_AFTER = 3  # seconds without a heartbeat before the board calls a counter offline


@pytest.fixture
def live_api(tmp_path):  # noqa: ANN001, ANN201
    api = LiveApi(tmp_path / "api")
    api.embedded.extra_env["CENTRAL_API_NOW"] = "2026-11-25T10:00:00+08:00"
    api.embedded.extra_env["CENTRAL_API_COUNTER_OFFLINE_SECONDS"] = str(OFFLINE_AFTER)
    api.start()
    yield api
    api.stop()


def _click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type(qtbot, edit, text: str) -> None:  # noqa: ANN001
    edit.clear()
    edit.insert(text)  # Chinese arrives through the input method as inserted text


def _cell(model, row: int, header: str) -> str:  # noqa: ANN001
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return model.data(model.index(row, headers.index(header)))


def _row_where(model, header: str, value: str) -> int:  # noqa: ANN001
    return next((r for r in range(model.rowCount()) if _cell(model, r, header) == value), -1)


def _api_as(live_api: LiveApi, username: str, password: str = "Counter#2026") -> dict[str, str]:
    token = requests.post(f"{live_api.base_url}/api/v1/auth/login",
                          json={"username": username, "password": password}, timeout=20).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def _console_tab(qtbot, window, key: str):  # noqa: ANN001, ANN202
    window.show_page("console")
    page = window.page_by_key["console"]
    administrator = window.ctx.login.role in ("sysadmin", "secadmin", "auditor")  # 三员分立
    assert window.pages.currentWidget() is page
    assert page.heading.text() == ("管理控制台" if administrator else "主管控制台")
    return page.show_tab(key)


def test_an_account_created_must_change_its_password_at_the_first_sign_in(qtbot, make_counter, live_api):
    counter = make_counter()
    # Accounts are the system administrator's (三员分立, issue 11), not the business supervisor's.
    window = sign_in_through_dialog(qtbot, counter, "sysadmin01")
    tab = _console_tab(qtbot, window, "accounts")
    qtbot.waitUntil(lambda: _row_where(tab.model, "用户名", "clerk01") >= 0, timeout=10000)

    _type(qtbot, tab.new_username, "clerk11")
    _type(qtbot, tab.new_name, "周辅警")
    tab.new_role.setCurrentIndex(tab.new_role.findData("clerk"))
    tab.new_station.setCurrentIndex(tab.new_station.findData(1))
    _type(qtbot, tab.new_password, "short")  # the rule's message beside the form, nothing sent
    _click(qtbot, tab.create_button)
    assert "密码长度至少10位" in tab.result.text()
    assert _row_where(tab.model, "用户名", "clerk11") < 0
    _type(qtbot, tab.new_password, "Temp#2026Xuanwu")
    _click(qtbot, tab.create_button)
    qtbot.waitUntil(lambda: _row_where(tab.model, "用户名", "clerk11") >= 0, timeout=10000)
    row = _row_where(tab.model, "用户名", "clerk11")
    assert _cell(tab.model, row, "状态") == "启用，须修改密码"
    assert _cell(tab.model, row, "站点") == "南京市车管所"
    assert "clerk11" in tab.result.text() and "首次登录" in tab.result.text()

    # The new clerk signs in: the password change comes first, the main window waits for it.
    window.sign_out()
    qtbot.waitUntil(lambda: counter.controller.login_dialog is not None, timeout=10000)
    counter.controller.window = None
    type_credentials(qtbot, counter.controller.login_dialog, "clerk11", "Temp#2026Xuanwu")
    qtbot.waitUntil(lambda: counter.controller.password_dialog is not None, timeout=15000)
    dialog = counter.controller.password_dialog
    assert counter.controller.window is None
    assert "首次登录" in dialog.intro.text() or "重置" in dialog.intro.text()
    # The centre refuses any other work with this sign-in until the password is changed.
    with pytest.raises(Exception) as refused:
        counter.ctx.api.get("/stations")
    assert getattr(refused.value, "code", None) == "password_change_required"

    qtbot.keyClicks(dialog.old, "Temp#2026Xuanwu")
    qtbot.keyClicks(dialog.new, "Mine#2026Zhou")
    qtbot.keyClicks(dialog.repeat, "Mine#2026Zhoo")
    _click(qtbot, dialog.save_button)
    assert dialog.message.text() == "两次输入的新密码不一致。"
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "Mine#2026Zhou")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: counter.controller.window is not None, timeout=15000)
    assert counter.controller.password_dialog is None
    assert counter.ctx.api.get("/stations")  # work is allowed now
    # The idle lock opens with the new password, not the one the supervisor gave.
    assert counter.ctx.check_unlock_password("Mine#2026Zhou")
    assert not counter.ctx.check_unlock_password("Temp#2026Xuanwu")
    # The old password no longer signs in; the new one does, straight to work.
    old = requests.post(f"{live_api.base_url}/api/v1/auth/login",
                        json={"username": "clerk11", "password": "Temp#2026Xuanwu"}, timeout=20)
    assert old.status_code == 401
    again = requests.post(f"{live_api.base_url}/api/v1/auth/login",
                          json={"username": "clerk11", "password": "Mine#2026Zhou"}, timeout=20).json()
    assert again["must_change_password"] is False


def test_next_years_calendar_entered_then_a_plate_deadline_in_it_computed(qtbot, make_counter):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "admin")
    tab = _console_tab(qtbot, window, "calendar")
    qtbot.waitUntil(lambda: tab.years is not None, timeout=10000)
    # 2026-11-25 is within two months of the end of 2026, the last year the calendar knows.
    assert tab.known.text() == "日历已知 2004–2026 年。"
    assert "2026-12-31" in tab.warning.text() and "2027" in tab.warning.text()
    assert tab.year.value() == 2027 and tab.model.rowCount() == 0

    # A plate chosen on Wednesday 2026-12-30 is held into 2027: not computable yet.
    tab.chosen_on.setDate(QDate(2026, 12, 30))
    _click(qtbot, tab.trial_button)
    qtbot.waitUntil(lambda: "2027年的节假日安排尚未录入" in tab.trial_result.text(), timeout=10000)

    # From the notice: 1 January 2027 (a Friday) is 元旦. A name is required.
    tab.day.setDate(QDate(2027, 1, 1))
    tab.kind.setCurrentIndex(tab.kind.findData("holiday"))
    _click(qtbot, tab.add_button)
    assert tab.result.text() == "请填写节日名称（如 元旦、春节调休）"
    _type(qtbot, tab.name, "元旦")
    _click(qtbot, tab.add_button)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    assert (_cell(tab.model, 0, "日期"), _cell(tab.model, 0, "类别"), _cell(tab.model, 0, "名称")) == (
        "2027-01-01", "放假", "元旦")
    assert tab.year_button.text() == "确认2027年安排已全部录入"
    _click(qtbot, tab.year_button)
    qtbot.waitUntil(lambda: tab.years is not None and tab.years["last_year"] == 2027, timeout=10000)
    assert tab.known.text() == "日历已知 2004–2027 年。" and tab.warning.text() == ""

    # Held from the next day for 3 working days: Thu 12-31 (1), Fri 01-01 元旦 off, weekend,
    # Mon 01-04 (2), Tue 01-05 (3). Without the holiday it would have been Monday 01-04.
    _click(qtbot, tab.trial_button)
    qtbot.waitUntil(lambda: "2027-01-05" in tab.trial_result.text(), timeout=10000)
    assert tab.trial_result.text() == "2026-12-30 选定的号牌须于 2027-01-05 前确认（次日起 3 个工作日）。"


def test_a_blacklist_entry_lifted_with_a_reason(qtbot, make_counter, live_api):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "admin")
    tab = _console_tab(qtbot, window, "blacklist")
    qtbot.waitUntil(lambda: _row_where(tab.model, "姓名", "李娜") >= 0, timeout=10000)
    row = _row_where(tab.model, "姓名", "李娜")
    assert _cell(tab.model, row, "状态") == "生效中" and _cell(tab.model, row, "号牌") == "苏A0S09T"
    assert "*" in _cell(tab.model, row, "证件号码")  # masked in the list
    tab.table.selectRow(row)

    _click(qtbot, tab.lift_button)  # no reason: refused beside the field, nothing sent
    assert tab.result.text() == "解除黑名单须填写原因"
    headers = _api_as(live_api, "admin")
    entries = requests.get(f"{live_api.base_url}/api/v1/plate-blacklist", headers=headers, timeout=10).json()["data"]
    assert [e["active"] for e in entries if e["owner_name"] == "李娜"] == [True]

    _type(qtbot, tab.reason, "经核实系短信未送达，未能按期确认")
    _click(qtbot, tab.lift_button)
    qtbot.waitUntil(lambda: _cell(tab.model, row, "状态") == "已解除或期满", timeout=10000)
    assert "李娜" in tab.result.text() and "已解除" in tab.result.text()
    assert _cell(tab.model, row, "原因") == "经核实系短信未送达，未能按期确认"
    assert not tab.lift_button.isEnabled()
    entries = requests.get(f"{live_api.base_url}/api/v1/plate-blacklist", headers=headers, timeout=10).json()["data"]
    lifted = [e for e in entries if e["owner_name"] == "李娜"]
    assert [(e["active"], e["lifted_by"], e["lift_reason"]) for e in lifted] == [
        (False, "admin", "经核实系短信未送达，未能按期确认")]
    # The audit tab finds the lifting by account and record: the audit administrator reads the
    # trail (三员分立, issue 11); the supervisor's console has no audit tab.
    assert "audit" not in window.page_by_key["console"].tab_by_key
    auditor = sign_in_through_dialog(qtbot, make_counter(), "auditor01")
    audit = _console_tab(qtbot, auditor, "audit")
    _type(qtbot, audit.username, "admin")
    audit.entity.setCurrentIndex(audit.entity.findData("plate_blacklist"))
    _click(qtbot, audit.find_button)
    qtbot.waitUntil(lambda: audit.model.rowCount() == 1, timeout=10000)
    assert _cell(audit.model, 0, "操作") == "解除黑名单" and _cell(audit.model, 0, "账户") == "admin"


def _cut(counter) -> str:  # noqa: ANN001
    """Cut this counter's link to the centre (its requests go to a port nobody listens on)."""
    good, counter.ctx.api.base_url = counter.ctx.api.base_url, f"http://127.0.0.1:{free_port()}"
    return good


def _person(n: int) -> dict:
    ids = ("360426199101010071", "11010519491231002X", "440524188001010014")
    return {"user_type": "learner", "id_number": ids[n], "name": f"测试{n}", "mobile": f"1391234567{n}"}


def test_the_board_shows_a_counter_going_offline_with_3_writes_waiting(qtbot, make_counter, report_figure):
    # The clerk's PC: a heartbeat every 0.3 s; its link probe and outbox retry slow, so that
    # the writes made while the link was cut wait until the test cuts it for good.
    clerk = make_counter(heartbeat_interval_ms=300, health_interval_ms=600_000, outbox_retry_ms=600_000)
    sign_in_through_dialog(qtbot, clerk, "clerk01")
    boss = make_counter(board_refresh_ms=300, heartbeat_interval_ms=300)
    window = sign_in_through_dialog(qtbot, boss, "admin")
    window.show_page("board")
    board = window.page_by_key["board"]
    assert board.heading.text() == "实时看板"
    qtbot.waitUntil(lambda: _row_where(board.counters, "当前用户", "clerk01") >= 0, timeout=10000)
    row = _row_where(board.counters, "当前用户", "clerk01")
    assert (_cell(board.counters, row, "连接"), _cell(board.counters, row, "待同步")) == ("在线", "0")

    # The link drops while the clerk registers three people: the writes wait in the outbox.
    good = _cut(clerk)
    for n in range(3):
        clerk.ctx.writes.submit(register_personal(_person(n)), lambda *_: None)
    # Saved, every callback delivered (a late one starts a replay, which fails while cut) and no
    # replay running: nothing sends them until the outbox's retry.
    qtbot.waitUntil(lambda: clerk.ctx.store.pending_count() == 3 and clerk.ctx.runner.pending == 0
                    and not clerk.ctx.writes.running, timeout=15000)
    # It comes back long enough for heartbeats (the replay waits for its retry) ...
    clerk.ctx.api.base_url = good
    qtbot.waitUntil(lambda: _cell(board.counters, _row_where(board.counters, "当前用户", "clerk01"), "待同步") == "3",
                    timeout=10000)
    assert _cell(board.counters, _row_where(board.counters, "当前用户", "clerk01"), "连接") == "在线"
    # ... and drops for good: no heartbeat for OFFLINE_AFTER seconds, and the board says so.
    _cut(clerk)
    qtbot.waitUntil(lambda: _cell(board.counters, _row_where(board.counters, "当前用户", "clerk01"), "连接") == "离线",
                    timeout=OFFLINE_AFTER * 1000 + 10000)
    row = _row_where(board.counters, "当前用户", "clerk01")
    assert (_cell(board.counters, row, "待同步"), _cell(board.counters, row, "待处理（被拒）")) == ("3", "0")
    station = _row_where(board.stations, "站点", "南京市车管所")
    assert _cell(board.stations, station, "在线终端") == "1 / 2"  # the supervisor's PC is the other one
    assert _cell(board.stations, station, "待同步") == "3"
    assert "1 台离线" in board.status.text()
    assert clerk.ctx.store.pending_count() == 3  # the board's figure is the PC's own
    report_figure(f"live board: {clerk.ctx.store.pending_count()} writes waiting on an offline counter")
    window.grab().save("/tmp/board.png")


def test_the_pool_tab_adds_the_next_segment(qtbot, make_counter, live_api):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "admin")
    tab = _console_tab(qtbot, window, "pool")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    # The test centre's one segment 苏A:0L0DL: 24 letters x 10 x 24 = 5,760 plates, released.
    assert (_cell(tab.model, 0, "号段"), _cell(tab.model, 0, "号牌数"), _cell(tab.model, 0, "状态")) == (
        "苏A:0L0DL", "5,760", "已投放")
    assert "低于 1,000 个时自动补充" in tab.figures.text()
    _type(qtbot, tab.segment, "苏A:0L0DL")  # the same segment again: refused with the centre's message
    _click(qtbot, tab.add_button)
    qtbot.waitUntil(lambda: "重叠" in tab.result.text(), timeout=10000)
    assert tab.result.property("error") is True and tab.model.rowCount() == 1
    _type(qtbot, tab.segment, "苏A:1LDDL")
    _click(qtbot, tab.add_button)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10000)
    # 1 fixed, then letter, digit, digit, letter: 24 x 10 x 10 x 24 = 57,600 plates, waiting.
    assert (_cell(tab.model, 1, "号段"), _cell(tab.model, 1, "号牌数"), _cell(tab.model, 1, "状态")) == (
        "苏A:1LDDL", "57,600", "待投放")
    assert tab.result.text() == "已新增号段 苏A:1LDDL（57,600 个号牌）。"
