"""A phone operator books and cancels an exam through the real pages against a real centre.

The centre runs `central-api --demo` with its clock started at Wednesday 2026-11-25 10:00 in
Nanjing (phone desk open). Demo candidate 周婷 passed 科目一 and got the learner permit 20 days
ago (2026-11-05 08:00), class C1: 科目二 is bookable (10 days), 科目三 not before 30 days
(2026-12-05). The demo's only open 科目二 C1 session is 天保考点 2026-12-07 08:30 with 12 of 20
seats requested.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication

from counter_app.services.exams import roster_csv
from tests.conftest import LiveApi
from tests.views.test_login_and_status import _signed_in_window

ZHOU_TING_ID, ZHOU_TING_MOBILE = "320104199807020229", "13905170002"


@pytest.fixture
def live_api(tmp_path):  # noqa: ANN001, ANN201 - the centre of this module starts at a phone-desk hour
    api = LiveApi(tmp_path / "api")
    api.embedded.extra_env["CENTRAL_API_NOW"] = "2026-11-25T10:00:00+08:00"
    api.start()
    yield api
    api.stop()


def _pdf_text(pdf: bytes, tmp_path: Path, name: str) -> str:
    """Check the PDF embeds only its own fonts and renders; return its text."""
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run([shutil.which("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.strip().splitlines()[2:]
    assert rows and all(row.split()[-5:-3] == ["yes", "yes"] for row in rows), fonts  # embedded, subset
    subprocess.run([shutil.which("pdftoppm"), "-png", "-r", "80", str(path), str(tmp_path / name)], check=True)
    assert list(tmp_path.glob(f"{name}-*.png"))
    return subprocess.run([shutil.which("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _close_previews(window) -> None:  # noqa: ANN001
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible() and widget.objectName() != "loginDialog":
            widget.close()


def _lookup(qtbot, lookup, id_number: str, mobile: str | None) -> None:  # noqa: ANN001
    lookup.id_number.clear()
    lookup.mobile.clear()
    qtbot.keyClicks(lookup.id_number, id_number)
    if mobile:
        qtbot.keyClicks(lookup.mobile, mobile)
    qtbot.mouseClick(lookup.find_button, Qt.MouseButton.LeftButton)


def test_phone_operator_books_and_cancels_and_prints_both_receipts(qtbot, make_counter, tmp_path):
    counter = make_counter()
    window = _signed_in_window(qtbot, counter, "phone01")
    window.show_page("exam_booking")
    page = window.exam_booking_page
    assert page.lookup.mobile.isVisible()  # the hotline must confirm the caller's mobile

    _lookup(qtbot, page.lookup, ZHOU_TING_ID, None)
    assert page.message.text() == "请来电人报出登记的手机号码（11位）。"
    _lookup(qtbot, page.lookup, ZHOU_TING_ID, "13900000000")
    qtbot.waitUntil(lambda: "手机号码与登记的手机号码不一致" in page.message.text(), timeout=10000)
    assert page.subjects.rowCount() == 0

    _lookup(qtbot, page.lookup, ZHOU_TING_ID, ZHOU_TING_MOBILE)
    qtbot.waitUntil(lambda: page.subjects.rowCount() == 4, timeout=10000)
    assert "周婷" in page.summary.text() and "C1" in page.summary.text()
    by_subject = {r["subject"]: r for r in page.subjects.rows}
    assert by_subject["k2"]["bookable"] and not by_subject["k1"]["bookable"]
    assert "最早 2026-12-05" in by_subject["k3"]["reasons"][0]
    # 科目二 is chosen (the first bookable subject) and its sessions for class C1 are listed.
    qtbot.waitUntil(lambda: page.sessions.rowCount() == 1 and page.sessions.rows[0]["subject"] == "k2",
                    timeout=10000)
    requests_column = 5
    assert page.sessions.index(0, requests_column).data() == "12 / 20"
    page.sessions_view.selectRow(0)
    assert page.book_button.isEnabled()
    qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_booking is not None, timeout=10000)
    booking = page.last_booking
    assert booking["channel"] == "phone" and booking["ranking_rule"] == 2
    assert "预约申请成功" in page.result.text() and "按上次考试时间排序" in page.result.text()
    qtbot.waitUntil(lambda: page.sessions.rowCount() == 1
                    and page.sessions.index(0, requests_column).data() == "13 / 20", timeout=10000)
    qtbot.waitUntil(lambda: any("已有未考的科目二预约" in "".join(r["reasons"]) for r in page.subjects.rows),
                    timeout=10000)

    qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=15000)
    text = _pdf_text(page.last_pdf, tmp_path, "booking")
    for expected in ("机动车驾驶人考试预约凭证", "周婷", "3201**********0229", "科目二", "天保考点", "2026-12-07 08:30",
                     "电话", "2026-11-05 08:00:00", "规则2：按上次考试时间排序", f"YY{booking['id']:08d}",
                     "赵话务员（phone01）", "南京市车管所", "考生签字"):
        assert expected in text, expected
    _close_previews(window)

    window.show_page("exam_cancel")
    cancel = window.exam_cancel_page
    assert not cancel.id_checked.isVisible()  # the hotline never sees an ID card
    _lookup(qtbot, cancel.lookup, ZHOU_TING_ID, ZHOU_TING_MOBILE)
    qtbot.waitUntil(lambda: cancel.bookings.rowCount() == 1, timeout=10000)
    assert cancel.cancel_button.isEnabled()
    assert "预约尚未截止" in cancel.rule_hint.text()
    qtbot.mouseClick(cancel.cancel_button, Qt.MouseButton.LeftButton)
    assert cancel.confirm_button.isVisible()
    qtbot.mouseClick(cancel.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cancel.last_cancelled is not None, timeout=10000)
    assert cancel.bookings.rows[0]["status"] == "cancelled"
    assert "已取消" in cancel.bookings.index(0, 4).data()
    assert f"预约 {booking['id']} 已于" in cancel.result.text()
    qtbot.mouseClick(cancel.receipt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cancel.last_pdf is not None, timeout=15000)
    text = _pdf_text(cancel.last_pdf, tmp_path, "cancellation")
    for expected in ("机动车驾驶人考试取消预约凭证", "周婷", "科目二", "本人原因", "电话", "否",
                     "排序分配前取消：下次预约的排序时间不变"):
        assert expected in text, expected
    _close_previews(window)

    # The booking page sees 科目二 bookable again.
    window.show_page("exam_booking")
    _lookup(qtbot, page.lookup, ZHOU_TING_ID, ZHOU_TING_MOBILE)
    qtbot.waitUntil(lambda: any(r["subject"] == "k2" and r["bookable"] for r in page.subjects.rows), timeout=10000)


def test_roster_csv_keeps_the_seat_order_and_masks_numbers():
    roster = {"plan": {"id": 3}, "count": 2, "data": [
        {"seat": 2, "booking_id": 12, "rank": 2, "candidate_name": "乙", "id_number_masked": "3201**********0002",
         "licence_class": "C1"},
        {"seat": 1, "booking_id": 7, "rank": 1, "candidate_name": "甲", "id_number_masked": "3201**********0001",
         "licence_class": "C1"}]}
    assert roster_csv(roster).splitlines() == [
        "\ufeff座位号,姓名,身份证号码,准驾车型,预约号",
        "1,甲,3201**********0001,C1,YY00000007",
        "2,乙,3201**********0002,C1,YY00000012",
    ]


def test_supervisor_publishes_allocates_and_prints_the_roster(qtbot, make_counter, tmp_path):
    counter = make_counter()
    window = _signed_in_window(qtbot, counter, "admin")
    window.show_page("exam_booking")
    page = window.exam_booking_page
    assert page.publish_button.isVisible() and page.allocate_button.isVisible()

    dialog = page.open_publish_dialog()
    dialog.site.setCurrentIndex(dialog.site.findText("汤铜考点"))
    dialog.exam_date.setDate(QDate(2026, 12, 11))  # booking open until 12-06 00:00
    dialog.start.setTime(QTime(9, 15))
    dialog.subject.setCurrentIndex(dialog.subject.findData("k1"))
    dialog.capacity.setValue(25)
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已发布" in page.result.text(), timeout=10000)
    assert "2026-12-11 09:15 汤铜考点" in page.result.text()
    qtbot.waitUntil(lambda: any(r["site_name"] == "汤铜考点" and r["start_time"] == "09:15"
                                for r in page.sessions.rows), timeout=10000)

    # The demo's 科目一 session of 2026-11-30 at 天保考点 closed for booking on 11-25 00:00.
    page.show_closed.setChecked(True)
    qtbot.waitUntil(lambda: any(r["status"] == "closed" for r in page.sessions.rows), timeout=10000)
    closed = next(r for r in page.sessions.rows if r["status"] == "closed")
    page.sessions_view.selectRow(page.sessions.find(closed["id"]))
    assert page.allocate_button.isEnabled() and not page.roster_button.isEnabled()
    qtbot.mouseClick(page.allocate_button, Qt.MouseButton.LeftButton)
    # 14 demo requests for 10 seats.
    qtbot.waitUntil(lambda: "10 of 14" in page.result.text() or "14 人中 10 人" in page.result.text(),
                    timeout=10000)
    qtbot.waitUntil(lambda: page.sessions.rows[page.sessions.find(closed["id"])]["status"] == "allocated",
                    timeout=10000)
    page.sessions_view.selectRow(page.sessions.find(closed["id"]))
    assert page.roster_button.isEnabled() and not page.book_button.isEnabled()
    qtbot.mouseClick(page.roster_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=15000)
    text = _pdf_text(page.last_pdf, tmp_path, "roster")
    for expected in ("机动车驾驶人考试考生名册", "天保考点", "座位号", "（照片）", "考生签字", "排上考位 10 人",
                     "监考员签字"):
        assert expected in text, expected
    _close_previews(window)
    target = tmp_path / "roster.csv"
    page.export_csv(target)
    qtbot.waitUntil(lambda: target.exists() and "考生名册已保存" in page.result.text(), timeout=10000)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "座位号,姓名,身份证号码,准驾车型,预约号"
    assert [line.split(",")[0] for line in lines[1:]] == [str(i) for i in range(1, 11)]
