"""The console's counter PCs (本机登记, issues 11 and 14), driven like the system administrator
against a real `central-api --demo` process that requires the PC's signature and does NOT approve
enrolments by itself (CENTRAL_API_AUTO_APPROVE_DEVICES=0, as in production).

The rules (issue 11 item 15, docs/DECISIONS.md "Devices"): a new PC gets an 8-digit one-time code
at its first sign-in; the system administrator approves it (三员分立, item 17: accounts and
devices are the system administrator's); then the PC signs in; a revoked PC's sessions end and it
cannot sign in again. The first PC (the administrator's own) is approved at the server with
`central-api approve-device CODE`.
"""
from __future__ import annotations

import sqlite3

import platform
import re

import pytest
from PySide6.QtCore import Qt

from central_api.accounts.demo import DEMO_PASSWORD
from central_api.cli import main as central_api_main
from counter_app.services.api_client import ApiClient, ApiError
from counter_app.services.device_identity import DeviceIdentity
from tests.conftest import LiveApi
from tests.views.conftest import open_login, type_credentials

CODE = re.compile(r"登记码 (\d{8}) ")


@pytest.fixture
def live_api(tmp_path):  # noqa: ANN001, ANN201
    api = LiveApi(tmp_path / "api")
    api.embedded.extra_env.update(CENTRAL_API_REQUIRE_DEVICE="1", CENTRAL_API_AUTO_APPROVE_DEVICES="0")
    api.start()
    yield api
    api.stop()


def _cell(model, row: int, header: str) -> str:  # noqa: ANN001
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return model.data(model.index(row, headers.index(header)))


def _status(tab, device_id: int) -> str | None:  # noqa: ANN001
    row = tab.model.find(device_id)
    return None if row < 0 else _cell(tab.model, row, "状态")


def _approve_at_the_server(live_api: LiveApi, monkeypatch, capsys, code: str) -> None:  # noqa: ANN001
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{live_api.embedded.data_dir / 'central-demo.sqlite3'}")
    assert central_api_main(["approve-device", code]) == 0
    assert "approved at station 1" in capsys.readouterr().out


def _first_sign_in(qtbot, counter, live_api, monkeypatch, capsys, username: str):  # noqa: ANN001, ANN201
    """The PC's first sign-in shows its code; approved at the server; the second sign-in works."""
    dialog = open_login(qtbot, counter)
    type_credentials(qtbot, dialog, username, DEMO_PASSWORD, "南京市车管所")
    qtbot.waitUntil(lambda: CODE.search(dialog.message.text()) is not None, timeout=15000)
    assert "本机尚未登记" in dialog.message.text() and counter.controller.window is None
    _approve_at_the_server(live_api, monkeypatch, capsys, CODE.search(dialog.message.text()).group(1))
    type_credentials(qtbot, dialog, username, DEMO_PASSWORD)
    qtbot.waitUntil(lambda: counter.controller.window is not None, timeout=15000)
    return counter.controller.window


def _sign_in_again(qtbot, counter, username: str):  # noqa: ANN001, ANN201
    counter.controller.window.sign_out()
    qtbot.waitUntil(lambda: counter.controller.login_dialog is not None, timeout=10000)
    counter.controller.window = None
    type_credentials(qtbot, counter.controller.login_dialog, username, DEMO_PASSWORD)
    qtbot.waitUntil(lambda: counter.controller.window is not None, timeout=15000)
    return counter.controller.window


def _row_where(model, header: str, value: str) -> int:  # noqa: ANN001
    return next((r for r in range(model.rowCount()) if _cell(model, r, header) == value), -1)


def _click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isEnabled() and button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_system_administrator_approves_and_revokes_a_pc(qtbot, make_counter, live_api, monkeypatch, capsys,
                                                            tmp_path):
    counter = make_counter()
    window = _first_sign_in(qtbot, counter, live_api, monkeypatch, capsys, "sysadmin01")
    window.show_page("console")
    page = window.page_by_key["console"]
    tab = page.show_tab("devices")
    assert page.tabs.tabText(page.tabs.currentIndex()) == "本机登记"
    own = counter.ctx.api.device.enrolment(live_api.base_url)
    qtbot.waitUntil(lambda: _status(tab, own.device_id) == "已启用", timeout=10000)
    assert _cell(tab.model, tab.model.find(own.device_id), "站点") == "南京市车管所"
    assert _cell(tab.model, tab.model.find(own.device_id), "电脑名称").endswith("（本机）")  # not to be revoked by mistake

    # A new window PC (江北分所) asks at its first sign-in: refused, with its code.
    pc = ApiClient(live_api.base_url, retries=0)
    pc.device = DeviceIdentity(tmp_path / "window3")
    with pytest.raises(ApiError) as pending:
        pc.login("clerk02", DEMO_PASSWORD, 2)
    assert pending.value.code == "device_pending"
    enrolment = pc.device.enrolment(live_api.base_url)
    assert enrolment.code in pending.value.message and len(enrolment.code) == 8
    _click(qtbot, tab.refresh_button)
    qtbot.waitUntil(lambda: _status(tab, enrolment.device_id) == "待批准", timeout=10000)
    assert tab.model.find(enrolment.device_id) == 0  # a waiting PC comes first
    assert _cell(tab.model, 0, "站点") == "南京市车管所江北分所"

    # Bad input: a code that is not 8 digits is refused beside the form, nothing sent.
    qtbot.keyClicks(tab.code, "1234")
    qtbot.keyClick(tab.code, Qt.Key.Key_Return)
    assert tab.result.text() == "登记码为8位数字，请核对本机登录窗口上显示的登记码"
    # A wrong code: the centre's message.
    wrong = "00000000" if enrolment.code != "00000000" else "11111111"
    tab.code.clear()
    qtbot.keyClicks(tab.code, wrong)
    qtbot.keyClick(tab.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "登记码无效或已过期" in tab.result.text(), timeout=10000)
    assert _status(tab, enrolment.device_id) == "待批准"

    # The code read out on the phone in two groups; Enter approves it at the station it asked for.
    tab.code.clear()
    qtbot.keyClicks(tab.code, f"{enrolment.code[:4]} {enrolment.code[4:]}")
    qtbot.keyClick(tab.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _status(tab, enrolment.device_id) == "已启用", timeout=10000)
    assert "南京市车管所江北分所" in tab.result.text() and tab.code.text() == ""
    assert tab.selected()["id"] == enrolment.device_id
    info = pc.login("clerk02", DEMO_PASSWORD, 2)
    assert info.station["name"] == "南京市车管所江北分所"
    assert pc.stations()

    # Revoke, after the confirmation; its session ends and it cannot sign in again.
    assert not tab.confirm_button.isVisible()
    _click(qtbot, tab.revoke_button)
    assert tab.confirm_button.isVisible() and "立即结束" in tab.confirm_label.text()
    _click(qtbot, tab.back_button)  # changed its mind: nothing sent
    assert _status(tab, enrolment.device_id) == "已启用"
    _click(qtbot, tab.revoke_button)
    _click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: _status(tab, enrolment.device_id) == "已注销", timeout=10000)
    assert not tab.revoke_button.isEnabled()
    row = tab.model.find(enrolment.device_id)
    assert _cell(tab.model, row, "注销时间") != ""
    with pytest.raises(ApiError) as ended:
        pc.stations()
    assert ended.value.code == "invalid_token"
    with pytest.raises(ApiError) as refused:
        pc.login("clerk02", DEMO_PASSWORD, 2)
    assert refused.value.code == "device_not_enrolled" and refused.value.message == "本机已被注销，请联系系统管理员"
    # The administrator's own PC is untouched.
    assert _status(tab, own.device_id) == "已启用"


def test_only_the_system_administrator_has_the_tab(qtbot, make_counter, live_api, monkeypatch, capsys):
    counter = make_counter(heartbeat_interval_ms=300, board_refresh_ms=300)
    window = _first_sign_in(qtbot, counter, live_api, monkeypatch, capsys, "admin")  # the business supervisor
    assert central_api_main(["approve-device", "00000000"]) == 2  # spent or unknown: refused, says why
    assert "登记码无效或已过期" in capsys.readouterr().err
    window.show_page("console")
    assert "devices" not in window.page_by_key["console"].tab_by_key
    assert window.page_by_key["console"].heading.text() == "主管控制台"  # the supervisor's
    # The live board names this PC by its enrolment (one table of PCs).
    window.show_page("board")
    board = window.page_by_key["board"].counters
    qtbot.waitUntil(lambda: _row_where(board, "当前用户", "admin") >= 0, timeout=10000)
    row = _row_where(board, "当前用户", "admin")
    assert (_cell(board, row, "终端"), _cell(board, row, "本机登记")) == (platform.node()[:64], "已登记")
    window = _sign_in_again(qtbot, counter, "secadmin01")  # roles and lock-outs, not devices
    window.show_page("console")
    tabs = window.page_by_key["console"].tab_by_key
    assert "accounts" in tabs and "devices" not in tabs
    # 三员分立: an administrator's console is not called the supervisor's, in the rail or on the page.
    assert window.page_by_key["console"].heading.text() == "管理控制台"
    assert window.nav_model.item(window.nav_keys.index("console")).text().startswith("管理控制台")
    window = _sign_in_again(qtbot, counter, "clerk01")
    assert "console" not in window.nav_keys
    window = _sign_in_again(qtbot, counter, "sysadmin01")
    window.show_page("console")
    assert "devices" in window.page_by_key["console"].tab_by_key
    # An administrator's PC sends no heartbeat (every one was refused and audited: one row a beat).
    qtbot.wait(1000)  # more than 3 heartbeat intervals of this counter
    with sqlite3.connect(live_api.embedded.data_dir / "central-demo.sqlite3") as db:
        refused = db.execute("SELECT username, entity_id FROM audit_log WHERE action = 'access_refused'").fetchall()
    assert [row for row in refused if "heartbeat" in str(row[1])] == []
