"""打印: reprint of what was printed since sign-in; the clerk's end-of-day summary."""
import json
import re
import subprocess

from central_api.registration.demo import PEOPLE_FILE
from tests.views.conftest import sign_in_through_dialog
from tests.views.test_registration_view import _click, _type

ID = {c["name"]: c["id_number"] for c in json.loads(PEOPLE_FILE.read_text(encoding="utf-8"))["cards"]}


def test_reprint_and_end_of_day_summary(qtbot, make_counter, tmp_path):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "clerk01")
    registration = window.page_by_key["face_sign"]
    window.show_page("face_sign")
    registration.tabs.setCurrentIndex(1)
    form = registration.personal
    form.user_type.setCurrentIndex(form.user_type.findData("new_car_owner"))
    _type(qtbot, form.id_number, ID["赵磊"])
    _type(qtbot, form.name, "赵磊")
    _type(qtbot, form.mobile, "13912345678")
    _click(qtbot, form.submit_button)
    qtbot.waitUntil(lambda: registration.record.user is not None, timeout=10000)
    _click(qtbot, registration.record.print_button)
    qtbot.waitUntil(lambda: registration.last_preview is not None, timeout=15000)
    registration.last_preview.close()

    page = window.page_by_key["printing"]
    window.show_page("printing")
    assert page.history.rowCount() == 1
    assert page.history.index(0, 1).data() == "互联网个人用户注册/变更申请表"
    page.history_view.selectRow(0)
    _click(qtbot, page.reprint_button)
    assert page.last_preview.document.pageCount() == 1
    page.last_preview.close()

    _click(qtbot, page.summary_button)
    qtbot.waitUntil(lambda: page.history.rowCount() == 2, timeout=15000)
    summary = tmp_path / "summary.pdf"
    summary.write_bytes(page.last_preview.pdf)
    text = subprocess.run(["pdftotext", "-layout", str(summary), "-"], capture_output=True, text=True,
                          check=True).stdout
    # One registration today by clerk01 (sign-ins are listed in the log but not counted).
    assert "窗口日终业务汇总表" in text and "王警官（clerk01）" in text and "南京市车管所" in text
    assert re.search(r"办结业务\s+1\s*笔", text) and "互联网用户注册" in text and "互联网用户 #" in text
    page.last_preview.close()

    # Signing out forgets the papers: the next clerk at this PC does not see them.
    _click(qtbot, window.sign_out_button)
    qtbot.waitUntil(lambda: counter.ctx.prints.documents == [], timeout=5000)
