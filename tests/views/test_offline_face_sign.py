"""Offline face-sign that can be signed (issue 16): a local reference at once, a 申请表 marked
「待中心确认」 with the vehicles ticked from the last known records; after catch-up the centre's
number and the bound vehicles in 同步状态, and the form again with the real number."""
from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt

from tests.views.conftest import sign_in_through_dialog
from tests.views.test_exam_pages import _close_previews
from tests.views.test_offline_view import ID
from tests.views.test_registration_view import _click, _type


def _text(pdf: bytes, tmp_path, name: str) -> str:  # noqa: ANN001
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_a_registration_saved_offline_prints_provisionally_then_with_the_centres_number(
        qtbot, make_counter, live_api, tmp_path):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "clerk01")
    window.show_page("face_sign")
    page = window.page_by_key["face_sign"]
    page.tabs.setCurrentIndex(1)
    form = page.personal
    _type(qtbot, form.id_number, ID["张伟"])  # online: his four vehicles are listed (and kept on the PC)
    qtbot.waitUntil(lambda: form.vehicles.rowCount() == 4, timeout=10000)
    form.next_customer()

    live_api.stop()
    qtbot.waitUntil(lambda: counter.ctx.monitor.online is False, timeout=10000)
    _type(qtbot, form.id_number, ID["张伟"])  # offline: the last known records are offered
    qtbot.waitUntil(lambda: form.vehicles.rowCount() == 4, timeout=10000)
    ticked = [form.vehicles.row(0)["plate"], form.vehicles.row(1)["plate"]]
    _type(qtbot, form.name, "张伟")
    _type(qtbot, form.mobile, "13905171234")
    for row in (0, 1):
        form.vehicles.setData(form.vehicles.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    _click(qtbot, form.submit_button)
    qtbot.waitUntil(lambda: "LS000001" in form.message.text() and form.print_provisional.isVisible(), timeout=10000)
    _click(qtbot, form.print_provisional)
    qtbot.waitUntil(lambda: len(counter.ctx.prints.documents) == 1, timeout=15000)
    provisional = _text(counter.ctx.prints.documents[0].pdf, tmp_path, "provisional")
    _close_previews(window)
    for expected in ("待中心确认", "LS000001", "张伟", *ticked):
        assert expected in provisional, expected

    live_api.start()  # catch-up: the replay runs by itself
    window.show_page("sync")
    sync = window.page_by_key["sync"]
    qtbot.waitUntil(lambda: sync.references.rowCount() == 1
                    and sync.references.index(0, 2).data().startswith("R"), timeout=30000)
    number = sync.references.index(0, 2).data()
    assert sync.references.index(0, 0).data() == "LS000001"
    assert sync.references.index(0, 3).data() == "、".join(ticked)
    sync.references_view.selectRow(0)
    _click(qtbot, sync.reprint_button)
    qtbot.waitUntil(lambda: len(counter.ctx.prints.documents) == 2, timeout=15000)
    final = _text(counter.ctx.prints.documents[0].pdf, tmp_path, "final")
    assert number in final and "待中心确认" not in final and all(p in final for p in ticked)


def test_a_booking_saved_offline_has_a_provisional_receipt_then_the_real_one(qtbot, make_counter, live_api, tmp_path):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "clerk01")
    window.show_page("exam_booking")
    page = window.exam_booking_page
    _type(qtbot, page.lookup.id_number, "320102200103150116")  # 孙悦: first 科目一
    _click(qtbot, page.lookup.find_button)
    qtbot.waitUntil(lambda: page.candidate is not None and page.sessions.rowCount() > 0
                    and {r["subject"] for r in page.sessions.rows} == {"k1"}, timeout=15000)
    page.sessions_view.selectRow(0)
    live_api.stop()
    qtbot.waitUntil(lambda: counter.ctx.monitor.online is False, timeout=10000)
    _click(qtbot, page.book_button)
    qtbot.waitUntil(lambda: page.last_booking is not None and page.receipt_button.isEnabled(), timeout=10000)
    assert page.last_booking["local_ref"] == "YS000001"
    _click(qtbot, page.receipt_button)
    qtbot.waitUntil(lambda: len(counter.ctx.prints.documents) == 1, timeout=15000)
    provisional = _text(counter.ctx.prints.documents[0].pdf, tmp_path, "provisional-booking")
    _close_previews(window)
    assert "待中心确认" in provisional and "YS000001" in provisional and "孙悦" in provisional

    live_api.start()
    window.show_page("sync")
    sync = window.page_by_key["sync"]
    qtbot.waitUntil(lambda: sync.references.rowCount() == 1
                    and sync.references.index(0, 2).data().startswith("YY"), timeout=30000)
    number = sync.references.index(0, 2).data()
    sync.references_view.selectRow(0)
    _click(qtbot, sync.reprint_button)
    qtbot.waitUntil(lambda: len(counter.ctx.prints.documents) == 2, timeout=15000)
    final = _text(counter.ctx.prints.documents[0].pdf, tmp_path, "final-booking")
    assert number in final and "待中心确认" not in final
