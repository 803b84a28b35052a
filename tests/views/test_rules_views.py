"""Issue 10 at the counter: 变更联系方式, and a no-show on the candidate's history (real pages,
real central API process)."""
from __future__ import annotations

import json

import requests
from PySide6.QtCore import Qt

from central_api.registration.demo import PEOPLE_FILE
from tests.views.conftest import sign_in_through_dialog

PEOPLE = json.loads(PEOPLE_FILE.read_text(encoding="utf-8"))
ID = {c["name"]: c["id_number"] for c in PEOPLE["cards"]}
TAO_RAN = "320115200006060313"  # the demo's candidate who missed her 科目二 two days ago


def _token(live_api, username: str) -> dict[str, str]:  # noqa: ANN001
    token = requests.post(f"{live_api.base_url}/api/v1/auth/login", timeout=10,
                          json={"username": username, "password": "Counter#2026"}).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def test_contact_change_at_the_window_with_receipt(qtbot, make_counter, live_api, tmp_path):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "clerk01")
    window.show_page("contact_change")
    page = window.page_by_key["contact_change"]
    qtbot.keyClicks(page.id_edit, ID["李娜"])
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.records.rowCount() == 3, timeout=10000)
    assert "李娜" in page.summary.text() and "居民身份证" in page.summary.text()
    stale = next(i for i in range(3) if page.records.row(i)["mobile_masked"] == "189****1111")
    page.records.setData(page.records.index(stale, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.keyClicks(page.mobile_edit, "13851609876")
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert "核验" in page.message.text() and page.done is None  # the ID card first: nothing sent
    page.id_checked.setChecked(True)
    page.resize(1366, 768)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.done is not None, timeout=10000)
    assert "1" in page.message.text() and "138****9876" in page.message.text()
    qtbot.waitUntil(lambda: all(page.records.row(i)["mobile_masked"] == "138****9876" for i in range(3)),
                    timeout=10000)
    page.grab().save(str(tmp_path / "contact_change.png"))
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=15000)
    assert page.last_preview.document.pageCount() == 1
    page.last_preview.close()
    # The registration that was refused for the disagreeing mobile now goes through.
    headers = _token(live_api, "clerk01")
    api = f"{live_api.base_url}/api/v1"
    vins = [r["vin"] for r in requests.get(f"{api}/vehicles", params={"owner_id_number": ID["李娜"]},
                                           headers=headers, timeout=10).json()["data"]]
    created = requests.post(f"{api}/users/personal", headers=headers, timeout=10, json={
        "user_type": "vehicle_owner", "id_number": ID["李娜"], "name": "李娜", "mobile": "13851609876", "vins": vins})
    assert created.status_code == 201, created.text


def test_a_no_show_appears_on_the_candidates_history(qtbot, make_counter, live_api):
    # The scheduler's no-show job, run now by a supervisor instead of waiting for its timer.
    ran = requests.post(f"{live_api.base_url}/api/v1/jobs/no-shows", headers=_token(live_api, "admin"), timeout=10)
    assert ran.status_code == 200 and ran.json()["absent"] == 1
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "clerk01")
    window.show_page("exam_booking")
    page = window.page_by_key["exam_booking"]
    qtbot.keyClicks(page.lookup.id_number, TAO_RAN)
    qtbot.mouseClick(page.lookup.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.history.model.rowCount() == 1, timeout=10000)
    status = page.history.model.index(0, 2).data()
    assert "缺考" in status and "不合格" in status and "补考费" in status
    assert "居民身份证" in page.summary.text()
    k2 = next(page.subjects.record(i) for i in range(page.subjects.rowCount())
              if page.subjects.record(i)["subject"] == "k2")
    assert any("补考费" in reason for reason in k2["reasons"])
