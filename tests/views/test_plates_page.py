"""The plate-confirmation page, driven like a clerk, against a real `central-api --demo` process.

The centre's clock starts at Wednesday 2026-11-25 09:00 (CENTRAL_API_NOW) so the demo
reservations have known deadlines: 赵磊 chose 苏A0B01C an hour earlier, held from Thursday for
3 working days: Thu 26, Fri 27, Mon 30 → the deadline is 2026-11-30.
"""
import pytest
from PySide6.QtCore import Qt

from central_api.plates.demo import DEMO_RESERVATIONS
from tests.conftest import LiveApi
from tests.views.test_login_and_status import _signed_in_window

ZHAO_LEI = DEMO_RESERVATIONS[0]
LI_NA = next(d for d in DEMO_RESERVATIONS if d.status == "expired")


@pytest.fixture
def live_api(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("CENTRAL_API_NOW", "2026-11-25T09:00:00+08:00")
    api = LiveApi(tmp_path / "api")
    api.start()
    yield api
    api.stop()


def _plates_page(qtbot, make_counter):  # noqa: ANN001, ANN202
    counter = make_counter()
    window = _signed_in_window(qtbot, counter)
    window.show_page("plates")
    return counter, window, window.plates_page


def _search(qtbot, page, text: str) -> None:  # noqa: ANN001
    """Type (ASCII keys; Chinese arrives through the input method, i.e. as inserted text)."""
    page.search.clear()
    if text.isascii():
        qtbot.keyClicks(page.search, text)
    else:
        page.search.insert(text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.search_button.isEnabled() and page.message.text() not in ("", "正在查询…", "正在查询…（Esc 取消）"),
                    timeout=10000)


def _cell(page, row: int, column: str) -> str:  # noqa: ANN001
    model = page.model
    return model.data(model.index(row, model.COLUMNS.index(column)))


def test_clerk_finds_and_confirms_a_plate_and_prints_the_notice(qtbot, make_counter):
    counter, window, page = _plates_page(qtbot, make_counter)
    assert window.pages.currentWidget() is page
    assert page.heading.text() == "号牌确认"
    _search(qtbot, page, ZHAO_LEI.id_number)  # what the ID-card reader would type
    assert page.model.rowCount() == 1
    assert (_cell(page, 0, "plate"), _cell(page, 0, "owner"), _cell(page, 0, "status")) == (
        "苏A0B01C", "赵磊", "待确认")
    assert _cell(page, 0, "deadline") == "2026-11-30"
    assert _cell(page, 0, "blacklist") == "否"
    assert _cell(page, 0, "id_number") == ZHAO_LEI.id_number[:4] + "*" * 10 + ZHAO_LEI.id_number[-4:]
    assert page.plate_label.text() == "苏A0B01C"
    # Nothing is confirmed before the document is ticked.
    assert not page.confirm_button.isEnabled()
    qtbot.mouseClick(page.document_checked, Qt.MouseButton.LeftButton)
    page.way.setCurrentIndex(page.way.findData("post_postman_install"))
    assert "30" in page.way.currentText() and page.fee_label.text() == "30 元"
    assert not page.confirm_button.isEnabled()  # a postal address is needed
    page.postal_address.insert("南京市栖霞区仙林大道163号")  # typed through the input method
    assert page.confirm_button.isEnabled()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cell(page, 0, "status") == "已确认", timeout=10000)
    # Confirmed Wed 2026-11-25: ready 3 days later, Sat 2026-11-28.
    assert "2026-11-28" in page.result_label.text() and "邮递员上门安装" in page.result_label.text()
    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None and page.preview.isVisible(), timeout=15000)
    assert page.preview.document.pageCount() == 1
    assert page.preview.pdf.startswith(b"%PDF")
    page.preview.close()
    # The centre agrees, and a second confirmation is refused there.
    _search(qtbot, page, "苏A0B01C")
    assert _cell(page, 0, "status") == "已确认" and not page.confirm_button.isEnabled()
    assert page.print_button.isEnabled()


def test_blacklist_and_expired_reservations_are_shown_and_not_confirmable(qtbot, make_counter):
    _counter, _window, page = _plates_page(qtbot, make_counter)
    _search(qtbot, page, LI_NA.vin)
    assert _cell(page, 0, "status") == "已过期"
    assert _cell(page, 0, "blacklist").startswith("是，至 ")
    qtbot.mouseClick(page.document_checked, Qt.MouseButton.LeftButton)
    assert not page.confirm_button.isEnabled()
    assert "不能再确认" in page.result_label.text()
    _search(qtbot, page, "hello")
    assert "不是通知编号" in page.message.text()


def test_confirmation_needs_the_centre_and_is_not_queued(qtbot, make_counter, live_api):
    counter, _window, page = _plates_page(qtbot, make_counter)
    _search(qtbot, page, DEMO_RESERVATIONS[1].plate)
    qtbot.mouseClick(page.document_checked, Qt.MouseButton.LeftButton)
    live_api.stop()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "需要连接中心服务" in page.result_label.text(), timeout=15000)
    assert "未保存" in page.result_label.text()
    assert counter.ctx.store.pending_count() == 0
    assert page.confirm_button.isEnabled()  # the clerk may try again once the link is back
