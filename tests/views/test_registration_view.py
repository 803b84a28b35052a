"""面签注册 through the real page against a real central API (DOMAIN.md §1)."""
import json

import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from central_api.registration.demo import PEOPLE_FILE
from tests.views.conftest import sign_in_through_dialog

PEOPLE = json.loads(PEOPLE_FILE.read_text(encoding="utf-8"))
ID = {c["name"]: c["id_number"] for c in PEOPLE["cards"]}
UNIT = PEOPLE["units"][0]


def _page(qtbot, make_counter, username="clerk01"):  # noqa: ANN001, ANN202
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, username)
    window.show_page("face_sign")
    return counter, window.page_by_key["face_sign"]


def _type(qtbot, editor, text: str) -> None:  # noqa: ANN001
    """Type as a clerk does: keys for ASCII, an input-method commit for Chinese."""
    editor.clear()
    editor.setFocus()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(editor, event)
    editor.editingFinished.emit()


def _click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _vins_of(live_api, owner_id: str) -> list[str]:  # noqa: ANN001
    # Read as the supervisor: a side sign-in as the counter's clerk01 would end the counter's
    # session (one session per account, issue 11).
    api = f"{live_api.base_url}/api/v1"
    token = requests.post(f"{api}/auth/login", json={"username": "admin", "password": "Counter#2026"},
                          timeout=10).json()["access_token"]
    rows = requests.get(f"{api}/vehicles", params={"owner_id_number": owner_id}, timeout=10,
                        headers={"Authorization": f"Bearer {token}"}).json()["data"]
    return [r["vin"] for r in rows]


def test_own_vehicles_apart_three_of_others_with_consent_then_a_fourth_is_refused(qtbot, make_counter, live_api):
    _counter, page = _page(qtbot, make_counter)
    page.tabs.setCurrentIndex(1)
    form = page.personal
    # 陈静 (a licence holder) drives cars of 张伟, who is present with his ID card.
    others = _vins_of(live_api, ID["张伟"])
    _type(qtbot, form.id_number, ID["陈静"])
    assert form.card_type.text() == "居民身份证"
    form.user_type.setCurrentIndex(form.user_type.findData("driver"))
    _type(qtbot, form.name, "陈静")
    _type(qtbot, form.mobile, "18761602345")
    for vin in others[:3]:
        _type(qtbot, form.others.fields.vin, vin)
        _type(qtbot, form.others.fields.owner, ID["张伟"])
        _click(qtbot, form.others.add_button)
    assert form.others.model.rowCount() == 3
    _click(qtbot, form.submit_button)
    record = page.record
    qtbot.waitUntil(lambda: record.user is not None and record.user["id_number"] == ID["陈静"], timeout=10000)
    assert page.tabs.currentIndex() == 0
    assert (record.bound.rowCount(), record.others.rowCount()) == (0, 3)  # two lists
    assert "张伟（所有人到场）" in record.others.index(0, 2).data()
    assert "已绑定机动车 3/3 辆" in record.summary.text() and "居民身份证" in record.summary.text()

    # The fourth of 张伟's cars, with a signed authorisation: the centre refuses it (limit 3).
    record.consent.way.setCurrentIndex(record.consent.way.findData("signed_authorisation"))
    _type(qtbot, record.consent.vin, others[3])
    _type(qtbot, record.consent.owner, ID["张伟"])
    _type(qtbot, record.consent.ref, "SQ-2026-0001")
    _click(qtbot, record.bind_other_button)
    qtbot.waitUntil(lambda: "最多绑定3辆他人名下" in record.message.text(), timeout=10000)
    assert record.others.rowCount() == 3

    # The signed form: print preview of the pre-filled application.
    _click(qtbot, record.print_button)
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=15000)
    assert page.last_preview.document.pageCount() == 1
    page.last_preview.close()


def test_a_residence_permit_number_shows_its_document(qtbot, make_counter):
    _counter, page = _page(qtbot, make_counter)
    page.tabs.setCurrentIndex(1)
    first17 = "81000019900101123"
    number = first17 + "10X98765432"[sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(first17)) % 11]
    _type(qtbot, page.personal.id_number, number)
    assert page.personal.fields["id_number"].error.text() == ""
    assert page.personal.card_type.text() == "港澳居民居住证"


def test_online_user_upgraded_at_the_counter_keeps_the_vehicle(qtbot, make_counter):
    _counter, page = _page(qtbot, make_counter, "clerk01")
    _type(qtbot, page.search, ID["王芳"])
    _click(qtbot, page.search_button)
    qtbot.waitUntil(lambda: page.record.user is not None, timeout=10000)
    assert page.results.rowCount() == 1
    listed = page.results.index(0, 3).data()
    assert listed == ID["王芳"][:4] + "**********" + ID["王芳"][-4:]  # masked in the list
    assert ID["王芳"] in page.record.summary.text()  # whole in the open record
    assert "互联网注册" in page.record.summary.text() and "0/1" in page.record.summary.text()  # her own: not counted
    kept = page.record.bound.row(0)["vin"]
    _click(qtbot, page.record.face_sign_button)
    qtbot.waitUntil(lambda: page.record.user["face_signed"], timeout=10000)
    assert [v["vin"] for v in page.record.user["vehicles"]] == [kept]
    assert "0/3" in page.record.summary.text()
    assert not page.record.face_sign_button.isEnabled()


def test_unit_registers_at_the_counter_and_not_from_the_internet(qtbot, make_counter, live_api):
    _counter, page = _page(qtbot, make_counter, "clerk01")
    page.tabs.setCurrentIndex(2)
    form = page.unit
    _type(qtbot, form.unit_name, UNIT["unit_name"])
    _type(qtbot, form.uscc, UNIT["uscc"])
    qtbot.waitUntil(lambda: form.vehicles.rowCount() == 3, timeout=10000)
    _type(qtbot, form.address, UNIT["address"])
    _type(qtbot, form.agent_name, "周强")
    _type(qtbot, form.agent_id, ID["周强"])
    _type(qtbot, form.agent_mobile, "13770881234")
    _type(qtbot, form.authorisation, "宁通授〔2026〕18号")
    form.vehicles.setData(form.vehicles.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    _click(qtbot, form.submit_button)
    qtbot.waitUntil(lambda: page.record.user is not None and page.record.user["kind"] == "unit", timeout=10000)
    assert "单位用户" in page.record.summary.text()

    # The same unit through the 122 gateway (the internet channel) is refused.
    api = f"{live_api.base_url}/api/v1"
    token = requests.post(f"{api}/auth/login", json={"username": "internet01", "password": "Counter#2026"},
                          timeout=10).json()["access_token"]
    refused = requests.post(f"{api}/users/unit", headers={"Authorization": f"Bearer {token}"}, timeout=10, json={
        "unit_name": UNIT["unit_name"], "uscc": UNIT["uscc"], "address": UNIT["address"], "agent_name": "周强",
        "agent_id_number": ID["周强"], "agent_mobile": "13770881234", "authorisation_ref": "x"})
    assert refused.status_code == 403 and refused.json()["code"] == "unit_counter_only"


def test_mismatched_mobile_names_the_vehicle_and_stores_nothing(qtbot, make_counter):
    _counter, page = _page(qtbot, make_counter)
    page.tabs.setCurrentIndex(1)
    form = page.personal
    _type(qtbot, form.id_number, ID["李娜"])
    qtbot.waitUntil(lambda: form.vehicles.rowCount() == 2, timeout=10000)
    _type(qtbot, form.name, "李娜")
    _type(qtbot, form.mobile, "13851609876")
    second_plate = None
    for row in range(2):
        form.vehicles.setData(form.vehicles.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        if form.vehicles.row(row)["mobile"] == "189****1111":
            second_plate = form.vehicles.row(row)["plate"]
    _click(qtbot, form.submit_button)
    qtbot.waitUntil(lambda: "手机号码与登记信息不一致" in form.message.text(), timeout=10000)
    assert f"机动车 {second_plate}登记的手机号为 189****1111" in form.message.text()
    assert "189****1111" in form.fields["mobile"].error.text()
    _type(qtbot, page.search, ID["李娜"])
    page.tabs.setCurrentIndex(0)
    _click(qtbot, page.search_button)
    qtbot.waitUntil(lambda: "尚未注册" in page.search_message.text(), timeout=10000)


def test_wrong_check_digit_is_shown_beside_the_field_and_nothing_is_sent(qtbot, make_counter, live_api):
    counter, page = _page(qtbot, make_counter)
    page.tabs.setCurrentIndex(1)
    form = page.personal
    good = ID["刘洋"]
    _type(qtbot, form.id_number, good[:-1] + ("0" if good[-1] != "0" else "1"))
    assert form.fields["id_number"].error.text() == "身份证号码校验位错误"
    _type(qtbot, form.name, "刘洋")
    _type(qtbot, form.mobile, "1391234567")
    assert form.fields["mobile"].error.text() == "手机号码应为以1开头的11位数字"
    _click(qtbot, form.submit_button)
    assert form.message.text() == "请先更正红色提示的项目。"
    qtbot.wait(300)
    token = requests.post(f"{live_api.base_url}/api/v1/auth/login", timeout=10,
                          json={"username": "admin", "password": "Counter#2026"}).json()["access_token"]
    found = requests.get(f"{live_api.base_url}/api/v1/users", params={"id_number": good}, timeout=10,
                         headers={"Authorization": f"Bearer {token}"}).json()
    assert found["count"] == 0


def test_id_card_reader_fills_the_form(qtbot, make_counter):
    counter, page = _page(qtbot, make_counter)
    from counter_app.services.id_card_reader import IdCard

    card = next(c for c in PEOPLE["cards"] if c["name"] == "陈静")
    counter.ctx.id_reader.place(IdCard(**{k: v for k, v in card.items() if k != "demo_role"}))
    page.tabs.setCurrentIndex(1)
    _click(qtbot, page.personal.read_card)
    qtbot.waitUntil(lambda: page.personal.id_number.text() == ID["陈静"], timeout=5000)
    assert page.personal.name.text() == "陈静"
    assert page.personal.fields["id_number"].error.text() == ""


def test_uscc_and_vin_check_digits_are_refused_in_the_form(qtbot, make_counter):
    _counter, page = _page(qtbot, make_counter)
    page.tabs.setCurrentIndex(2)
    bad_uscc = UNIT["uscc"][:-1] + ("0" if UNIT["uscc"][-1] != "0" else "1")
    _type(qtbot, page.unit.uscc, bad_uscc)
    assert page.unit.fields["uscc"].error.text() == "统一社会信用代码校验位错误"
    assert page.unit.vehicles.rowCount() == 0  # nothing was looked up for a wrong number

    page.tabs.setCurrentIndex(0)
    _type(qtbot, page.search, ID["王芳"])
    _click(qtbot, page.search_button)
    qtbot.waitUntil(lambda: page.record.user is not None, timeout=10000)
    vin = page.record.user["vehicles"][0]["vin"]
    _type(qtbot, page.record.vin, vin[:8] + ("0" if vin[8] != "0" else "1") + vin[9:])
    _click(qtbot, page.record.bind_button)
    assert page.record.vin_field.error.text() == "车辆识别代号校验位（第9位）错误"
    assert page.record.message.text() == ""  # nothing was sent
