"""The counter keeps working when the centre is down: 待同步, replay on reconnect, 待处理."""
import json

import requests

from central_api.registration.demo import PEOPLE_FILE
from tests.views.conftest import sign_in_through_dialog
from tests.views.test_registration_view import _click, _type

PEOPLE = json.loads(PEOPLE_FILE.read_text(encoding="utf-8"))
ID = {c["name"]: c["id_number"] for c in PEOPLE["cards"]}


def _users(live_api, id_number: str) -> int:  # noqa: ANN001
    api = f"{live_api.base_url}/api/v1"
    token = requests.post(f"{api}/auth/login", json={"username": "admin", "password": "Counter#2026"},
                          timeout=10).json()["access_token"]
    return requests.get(f"{api}/users", params={"id_number": id_number}, timeout=10,
                        headers={"Authorization": f"Bearer {token}"}).json()["count"]


def test_registrations_made_offline_reach_the_centre_and_refusals_wait_in_a_list(qtbot, make_counter, live_api):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "clerk01")
    window.show_page("face_sign")
    page = window.page_by_key["face_sign"]
    form = page.personal
    page.tabs.setCurrentIndex(1)

    live_api.stop()
    qtbot.waitUntil(lambda: counter.ctx.monitor.online is False, timeout=5000)
    # 赵磊 (a new-car owner) is fine; 陈静 typed with a mobile her licence does not carry.
    for name, user_type, mobile in (("赵磊", "new_car_owner", "13912345678"), ("陈静", "driver", "13912340000")):
        form.user_type.setCurrentIndex(form.user_type.findData(user_type))
        _type(qtbot, form.id_number, ID[name])
        _type(qtbot, form.name, name)
        _type(qtbot, form.mobile, mobile)
        _click(qtbot, form.submit_button)
        # Saved: the form is cleared for the next person and says the write waits.
        qtbot.waitUntil(lambda: form.id_number.text() == "" and "待同步" in form.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: window.queue_label.text() == "待同步：2 条", timeout=5000)
    sync = window.page_by_key["sync"]
    qtbot.waitUntil(lambda: sync.pending.rowCount() == 2, timeout=5000)
    assert "赵磊" in sync.pending.index(0, 1).data()

    live_api.start()  # the link returns: the replay runs by itself
    qtbot.waitUntil(lambda: sync.pending.rowCount() == 0 and sync.refused.rowCount() == 1, timeout=20000)
    assert window.queue_label.text() == "待同步：0 条"
    assert _users(live_api, ID["赵磊"]) == 1 and _users(live_api, ID["陈静"]) == 0
    refusal = sync.refused.index(0, 3).data()
    assert "驾驶证（C2）登记的手机号为 187****2345" in refusal  # the centre's own words

    sync.refused_view.selectRow(0)
    _click(qtbot, sync.resolve_button)
    qtbot.waitUntil(lambda: sync.refused.rowCount() == 0, timeout=5000)


def test_record_changes_need_the_centre_and_say_so(qtbot, make_counter, live_api):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "clerk01")
    window.show_page("face_sign")
    page = window.page_by_key["face_sign"]
    _type(qtbot, page.search, ID["王芳"])
    _click(qtbot, page.search_button)
    qtbot.waitUntil(lambda: page.record.user is not None, timeout=10000)
    live_api.stop()
    qtbot.waitUntil(lambda: counter.ctx.monitor.online is False, timeout=5000)
    _click(qtbot, page.record.face_sign_button)
    qtbot.waitUntil(lambda: "须中心即时答复" in page.record.message.text(), timeout=5000)
    assert counter.ctx.store.pending_count() == 0  # nothing pretends to be saved
    live_api.start()
