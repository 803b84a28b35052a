"""The console's security policy (安全策略, issue 11 item 17), driven like the security
administrator against a real `central-api --demo` process: a number changed with the keyboard
alone and saved with Enter reaches the centre; the audit administrator sees the form read-only;
the business supervisor's and the system administrator's consoles have no such tab."""
from __future__ import annotations

import requests
from PySide6.QtCore import Qt

from counter_app.domain.refused import Refused
from counter_app.services.console import security_policy_write
from counter_app.views.centre_messages import centre_message
from tests.views.conftest import sign_in_through_dialog


def _policy_tab(qtbot, window):  # noqa: ANN001, ANN202
    window.show_page("console")
    tab = window.page_by_key["console"].show_tab("policy")
    qtbot.waitUntil(lambda: tab.stored_label.text() != "", timeout=15000)  # the policy in force is shown
    return tab


def _centre_policy(live_api) -> dict:  # noqa: ANN001
    """The centre's GET, as the audit administrator (a second secadmin01 sign-in would end the PC's)."""
    base = f"{live_api.base_url}/api/v1"
    token = requests.post(f"{base}/auth/login", json={"username": "auditor01", "password": "Counter#2026"},
                          timeout=20).json()["access_token"]
    return requests.get(f"{base}/security/policy", headers={"Authorization": f"Bearer {token}"}, timeout=20).json()


def test_the_security_administrator_changes_a_number_with_the_keyboard_and_saves_with_enter(
        qtbot, make_counter, live_api):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "secadmin01")
    tab = _policy_tab(qtbot, window)
    assert window.page_by_key["console"].tabs.tabText(window.page_by_key["console"].tabs.indexOf(tab)) == "安全策略"
    spin = tab.spins["max_failed_logins"]
    assert (spin.minimum(), spin.maximum(), spin.value()) == (3, 10, 5)  # the bounds and the default
    assert "（3–10）" in tab.labels[0].text() or "(3–10)" in tab.labels[0].text()
    assert "(&S)" in tab.save_button.text()  # Alt+S

    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "3")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "已保存" in tab.result.text(), timeout=15000)
    policy = _centre_policy(live_api)
    assert policy["max_failed_logins"] == 3 and policy["stored"] is True and policy["updated_by"] == "secadmin01"
    assert policy["lockout_minutes"] == 15  # the others unchanged


def test_the_auditor_reads_the_policy_and_cannot_change_it(qtbot, make_counter, live_api):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "auditor01")
    tab = _policy_tab(qtbot, window)
    assert not tab.save_button.isVisible()
    assert all(spin.isReadOnly() for spin in tab.spins.values())
    assert tab.spins["password_max_age_days"].value() == 90


def test_the_supervisor_and_the_system_administrator_have_no_policy_tab(qtbot, make_counter, live_api):
    for username in ("admin", "sysadmin01"):
        counter = make_counter()
        window = sign_in_through_dialog(qtbot, counter, username)
        assert "policy" not in window.page_by_key["console"].tab_by_key, username
        window.sign_out()


def test_a_number_out_of_bounds_is_refused_in_chinese_before_anything_is_sent(qapp, languages):  # noqa: ANN001
    values = {"max_failed_logins": 11, "lockout_minutes": 15, "max_failed_logins_per_address": 30,
              "password_max_age_days": 90, "password_history": 5, "token_ttl_minutes": 720}
    try:
        security_policy_write(values)
    except Refused as exc:
        assert exc.code == "max_failed_logins_out_of_range"
        assert centre_message(exc) == "连续登录失败锁定次数须在3至10次之间"
    else:
        raise AssertionError("an out-of-bounds policy was not refused")


def test_every_bound_refusal_has_an_english_text_with_its_numbers(qapp, languages):  # noqa: ANN001
    """The codes are made from the field names (the source scan of test_english_interface cannot
    see them), so each is checked here; the English names the bounds from the refusal's details."""
    from counter_app.domain.security_policy import BOUNDS, out_of_range_code
    from counter_app.views.centre_messages import known_codes

    assert {out_of_range_code(name) for name in BOUNDS} <= known_codes()
    refused = Refused("lockout_minutes_out_of_range", "锁定时长须在5至1440分钟之间")
    refused.details = [{"field": "lockout_minutes", "low": 5, "high": 1440}]  # type: ignore[attr-defined]
    languages.use("en")
    try:
        assert centre_message(refused) == "The lock-out must last 5 to 1440 minutes; nothing was saved."
    finally:
        languages.use("zh_CN")
    assert centre_message(refused) == "锁定时长须在5至1440分钟之间"
