"""The three pages of the article's other services (issue 15), driven like a clerk against a real
`central-api --demo` process (clock started at Wednesday 2026-11-25 10:00 in Nanjing).

Demo records (README): 林晓's 苏AM7Q26 may have the 2026 label; 蒋涛's 苏AK5H81 has one unhandled
parking violation caught on camera (150 yuan, no points); the coach 苏AB6Z30 (大型普通客车, 公路客运)
goes to the brigade; 韩磊 (B2, 6 points) has 90 of 120 minutes; 曹勇 (A2, 3 points) has finished.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import LiveApi
from tests.views.test_exam_pages import _close_previews, _pdf_text
from tests.views.test_login_and_status import _signed_in_window


@pytest.fixture
def live_api(tmp_path):  # noqa: ANN001, ANN201
    api = LiveApi(tmp_path / "api")
    api.embedded.extra_env["CENTRAL_API_NOW"] = "2026-11-25T10:00:00+08:00"
    api.start()
    yield api
    api.stop()


def _find(qtbot, page, text: str) -> None:  # noqa: ANN001
    """Type (a scanner types ASCII; Chinese arrives through the input method as inserted text)."""
    page.search.clear()
    before = page.find_button.isEnabled()
    assert before
    page.search.insert(text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.find_button.isEnabled() and page.message.text() != "正在查询中心服务…",
                    timeout=10000)


def _click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _column(model, row: int, header: str) -> str:  # noqa: ANN001
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return model.data(model.index(row, headers.index(header)))


def test_label_page_refuses_with_the_list_then_issues_and_prints(qtbot, make_counter, tmp_path):
    counter = make_counter()
    window = _signed_in_window(qtbot, counter)
    window.show_page("labels")
    page = window.page_by_key["labels"]
    assert window.pages.currentWidget() is page and page.heading.text() == "免检标志"

    _find(qtbot, page, "苏AK5H81")
    assert page.verdict.text() == "不能核发2026年度检验合格标志："
    assert "有1起交通违法未处理，须先处理" in page.conditions.text()
    assert "玄武区中山路与珠江路交叉口" in page.conditions.text()
    assert not page.serial.isEnabled() and not page.issue_button.isEnabled()

    _find(qtbot, page, "苏AM7Q26")
    assert page.verdict.text() == "可以核发2026年度检验合格标志。"
    assert page.labels.rowCount() == 1 and _column(page.labels, 0, "年度") == "2025"
    qtbot.keyClicks(page.serial, "JS2026A0098765")
    assert page.environmental.isChecked()
    _click(qtbot, page.issue_button)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=15000)
    assert page.result.text() == "已核发2026年度标志 JS2026A0098765。"
    qtbot.waitUntil(lambda: page.labels.rowCount() == 2, timeout=10000)
    assert (_column(page.labels, 0, "年度"), _column(page.labels, 0, "状态")) == ("2026", "已核发")
    assert page.verdict.text() == "不能核发2026年度检验合格标志："  # one a year
    text = _pdf_text(page.last_pdf, tmp_path, "label")
    for expected in ("机动车检验合格标志核发单", "苏AM7Q26", "JS2026A0098765", "林晓", "2026", "同时核发环保标志"):
        assert expected in text, expected
    assert counter.ctx.store.pending_count() == 0  # the issue went through the outbox and was sent
    _close_previews(window)


def test_violation_page_handles_pays_confirms_and_refers(qtbot, make_counter, tmp_path):
    counter = make_counter()
    window = _signed_in_window(qtbot, counter)
    window.show_page("violations")
    page = window.page_by_key["violations"]

    _find(qtbot, page, "苏AK5H81")
    assert page.model.rowCount() == 2
    selected = page.selected()
    assert selected["status"] == "unhandled" and selected["fine_yuan"] == 150
    assert page.detail.text() == "可自助处理：简易程序、不记分、罚款150元。"
    assert not page.pay_button.isEnabled()
    qtbot.keyClicks(page.licence_number, "320104197903050525")
    page.driver_name.insert("蒋涛")
    _click(qtbot, page.handle_button)
    qtbot.waitUntil(lambda: "决定书编号" in page.result.text(), timeout=10000)
    assert page.selected()["status"] == "handled"
    assert page.amount.text() == "150"  # the fine, as the bank must take it
    page.bank.setCurrentIndex(page.bank.findText("江苏银行"))
    qtbot.keyClicks(page.bank_reference, "JSB-20261125-7788")
    _click(qtbot, page.pay_button)
    qtbot.waitUntil(lambda: page.result.text() == "缴款已登记，银行确认后入账。", timeout=10000)
    assert page.selected()["payment"]["status"] == "pending"
    _click(qtbot, page.confirm_button)
    qtbot.waitUntil(lambda: page.result.text() == "银行已确认，罚款已缴纳。", timeout=10000)
    assert _column(page.model, page.model.find(selected["id"]), "状态") == "已缴款"
    assert not page.confirm_button.isEnabled()
    _click(qtbot, page.receipt_button)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=15000)
    text = _pdf_text(page.last_pdf, tmp_path, "receipt")
    for expected in ("交通违法罚款缴纳凭证", "江苏银行", "JSB-20261125-7788", "150.00", "苏AK5H81", "银行已确认"):
        assert expected in text, expected
    _close_previews(window)

    _find(qtbot, page, "苏AB6Z30")
    assert page.detail.text() == "须到交警大队处理：大型普通客车属大中型客车；使用性质为公路客运的重点车辆"
    assert not page.licence_number.isEnabled() and not page.handle_button.isEnabled()
    _click(qtbot, page.refer_button)
    qtbot.waitUntil(lambda: page.result.text().startswith("已转交警大队"), timeout=10000)
    assert _column(page.model, 0, "状态") == "转交警大队"


def test_review_page_shows_what_is_missing_and_allows_the_review_only_when_complete(qtbot, make_counter):
    counter = make_counter()
    window = _signed_in_window(qtbot, counter)
    window.show_page("licence_review")
    page = window.page_by_key["licence_review"]

    _find(qtbot, page, "320113197509220713")  # 韩磊
    assert page.holder.text() == "韩磊　3201**********0713　准驾车型 B2"
    assert page.points.text().startswith("记6分，记分周期")
    assert "视频学习还差30分钟" in page.state.text() and "尚未参加50题学习测试" in page.state.text()
    assert page.sittings.rowCount() == 5
    counted = [_column(page.sittings, r, "计入学时") for r in range(5)]
    assert counted.count("是") == 3
    assert not page.review_button.isEnabled()

    _find(qtbot, page, "320106198205140934")  # 曹勇
    assert page.state.text() == "记分学习已完成（视频学习120分钟，已完成测试），可以办理审验。"
    _click(qtbot, page.review_button)
    qtbot.waitUntil(lambda: page.result.text() == "审验已办理。", timeout=10000)
    assert page.state.text().startswith("本记分周期已于2026-11-25")
    assert not page.review_button.isEnabled()
