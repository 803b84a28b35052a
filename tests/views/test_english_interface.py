"""The English interface speaks English (issue 16, item 9): the centre's refusals, the rail.

A refusal carries a stable code and the centre's Chinese words. The Chinese interface shows the
centre's words exactly; the English one shows the English text of the code. Every code the centre
(or this PC's services) can refuse with has an English text: the codes are read from the sources,
so a new code without one fails here.
"""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from central_api.registration.demo import PEOPLE_FILE
from counter_app.domain.plates import SelectionStatus
from counter_app.services.api_client import ApiError
from counter_app.views.centre_messages import centre_message, known_codes
from tests.views.conftest import open_login, sign_in_through_dialog, type_credentials

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = json.loads(PEOPLE_FILE.read_text(encoding="utf-8"))
ID = {c["name"]: c["id_number"] for c in PEOPLE["cards"]}
CJK = re.compile(r"[\u4e00-\u9fff]")
# The classes whose first argument is a refusal's code (their subclasses are found below).
REFUSALS = {"ApiError", "Unauthorized", "Forbidden", "NotFound", "Conflict", "Unprocessable", "Refused",
            "SelectionRefused", "NotEligible", "Refusal", "RegistrationRefusal", "Condition"}
# A value check of the domain (FieldError): the kind before the first "_" picks the English text.
FIELD_CODE = re.compile(r"^(id_number|uscc|vin|mobile|plate)_[a-z]+$")


def _name(node: ast.AST) -> str | None:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


def refusal_codes() -> set[str]:
    """Every literal code a refusal is made with in the centre, the domain and the counter's
    services: `Conflict("user_exists", …)`, a domain `Refusal("exam_over", …)` the centre passes on,
    `found(row, *SELECTION_NOT_FOUND)` with a module constant, an error class's own
    `super().__init__("service_busy", …)`; plus the error handlers' fixed codes."""
    files = [p for d in ("central_api", "counter_app/domain", "counter_app/services") for p in (ROOT / d).rglob("*.py")]
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in files]
    classes = {node.name: node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    errors = set(REFUSALS)
    while True:
        more = {name for name, cls in classes.items() if any(_name(b) in errors for b in cls.bases)} - errors
        if not more:
            break
        errors |= more
    constants = {t.id: node.value.elts[0].value for tree in trees for node in tree.body
                 if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple) and node.value.elts
                 and isinstance(node.value.elts[0], ast.Constant) and isinstance(node.value.elts[0].value, str)
                 for t in node.targets if isinstance(t, ast.Name)}
    codes: set[str] = set()
    fixed: set[str] = set()  # classes with their own code: their argument is not a code
    for name in errors & classes.keys():
        for node in ast.walk(classes[name]):
            if isinstance(node, ast.Call) and _name(node.func) == "__init__" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                codes.add(node.args[0].value)
                fixed.add(name)
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for arg in node.args:  # a (code, message) constant spread into any call
                if isinstance(arg, ast.Starred) and _name(arg.value) in constants:
                    codes.add(constants[_name(arg.value)])
            first = node.args[0] if node.args else None
            if _name(node.func) in errors - fixed and isinstance(first, ast.Constant) and isinstance(first.value, str):
                codes.add(first.value)
    # The error handlers' own codes and the plate selection's `selection_{status}`.
    errors_py = (ROOT / "central_api/platform/errors.py").read_text(encoding="utf-8")
    codes |= set(re.findall(r'"code":\s*"([a-z_]+)"', errors_py))
    codes |= set(re.findall(r'\(\s*"([a-z_]+)",\s*"[^"]*[\u4e00-\u9fff]', errors_py))
    codes |= {f"selection_{status.value}" for status in SelectionStatus if status is not SelectionStatus.OPEN}
    return {code for code in codes if code}


def test_the_code_list_is_read_from_the_sources():
    """The collector finds refusals of every shape (a guard against a collector that finds none)."""
    codes = refusal_codes()
    assert {"user_exists", "account_locked", "booking_closed", "service_busy", "exam_plan_not_found",
            "validation_error", "internal_error", "unauthorized", "selection_lapsed", "offline",
            "card_unreadable", "reason_required"} <= codes
    assert len(codes) > 150


def test_every_refusal_code_has_an_english_text():
    missing = sorted(code for code in refusal_codes() if code not in known_codes() and not FIELD_CODE.match(code))
    assert missing == [], "add these codes to counter_app/views/centre_messages.py (and `make lupdate`)"


def test_english_texts_are_english_and_chinese_shows_the_centres_own_words(qapp, languages):  # noqa: ARG001
    centre_words = "中心的原话（编号 R20261125000001，2026-11-25 10:00）"
    languages.use("en")
    try:
        for code in refusal_codes():
            english = centre_message(ApiError(code, centre_words))
            assert english != centre_words and english.strip(), code
            # Only an example plate (苏A…) may carry a Chinese character in English.
            assert not CJK.search(english.replace("苏A", "")), (code, english)
    finally:
        languages.use("zh_CN")
    for code in refusal_codes():
        assert centre_message(ApiError(code, centre_words)) == centre_words, code
    # A code the counter does not know yet (a newer centre): the centre's words in any language.
    languages.use("en")
    try:
        assert centre_message(ApiError("brand_new_code", centre_words)) == centre_words
    finally:
        languages.use("zh_CN")


def test_the_enrolment_code_is_in_the_english_refusal_too(qapp, languages):  # noqa: ARG001
    """The clerk reads the one-time code to the system administrator, in either language."""
    pending = ApiError("device_pending", "本机尚未登记。请系统管理员批准登记码 47951599 后再登录", 403,
                       details=[{"code": "47951599"}])
    languages.use("en")
    try:
        assert "47951599" in centre_message(pending) and not CJK.search(centre_message(pending))
    finally:
        languages.use("zh_CN")
    assert centre_message(pending) == "本机尚未登记。请系统管理员批准登记码 47951599 后再登录"


def _type(editor, text: str) -> None:  # noqa: ANN001
    editor.clear()
    editor.setFocus()
    if text.isascii():
        for char in text:
            editor.insert(char)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(editor, event)
    editor.editingFinished.emit()


def _sign_in_in(qtbot, counter, language: str, username: str = "clerk01"):  # noqa: ANN001, ANN202
    dialog = open_login(qtbot, counter)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    type_credentials(qtbot, dialog, username, "Counter#2026")
    qtbot.waitUntil(lambda: counter.controller.window is not None, timeout=15000)
    return counter.controller.window


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_duplicate_registration_is_refused_in_the_clerks_language(qtbot, make_counter, language, tmp_path):
    """王芳 registered on the internet: registering her again at the counter is `user_exists`."""
    counter = make_counter()
    window = _sign_in_in(qtbot, counter, language)
    window.show_page("face_sign")
    page = window.page_by_key["face_sign"]
    _type(page.search, ID["王芳"])
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.record.user is not None, timeout=10000)
    number = page.record.user["registration_no"]
    page.tabs.setCurrentIndex(1)
    form = page.personal
    _type(form.id_number, ID["王芳"])
    _type(form.name, "王芳")
    _type(form.mobile, "13951700001")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.open_existing.isVisible(), timeout=15000)
    if language == "en":
        assert form.message.text() == "This ID number is already registered."
        window.resize(1366, 768)
        window.grab().save(str(tmp_path / "en-refusal-user-exists.png"))
    else:  # the centre's own words (service._existing_conflict), the number and the way included
        assert form.message.text() == f"该证件号码已注册（编号 {number}，互联网注册），可在查询结果中为其办理面签升级"


def test_a_locked_account_is_told_in_english(qtbot, make_counter):
    counter = make_counter()
    dialog = open_login(qtbot, counter)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    for attempt in range(1, 6):
        type_credentials(qtbot, dialog, "clerk01", f"bad-{attempt}")
        qtbot.waitUntil(lambda: dialog.login_button.isEnabled() and dialog.message.text() != "", timeout=10000)
        if attempt < 5:
            assert dialog.message.text() == "Wrong username or password."
        dialog.message.clear()
    type_credentials(qtbot, dialog, "clerk01", "Counter#2026")
    qtbot.waitUntil(lambda: dialog.message.text() != "" and dialog.login_button.isEnabled(), timeout=10000)
    assert dialog.message.text() == "This account is locked after repeated wrong passwords; try again later."
    assert counter.controller.window is None


def _rail(window) -> list[str]:  # noqa: ANN001
    return [window.nav_model.item(row).text() for row in range(window.nav_model.rowCount())]


def test_the_rail_speaks_the_language_of_each_sign_in_and_follows_a_switch(qtbot, make_counter, languages):
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "clerk01")
    assert _rail(window)[0] == "面签注册  (F1)"
    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.controller.login_dialog is not None
                    and counter.controller.login_dialog.isVisible(), timeout=5000)
    counter.controller.window = None
    english = _sign_in_in(qtbot, counter, "en")
    rail = _rail(english)
    assert rail[:3] == ["Face-sign registration  (F1)", "Change of contact  (F2)", "Plate confirmation  (F3)"]
    assert not any(CJK.search(text) for text in rail), rail
    assert english.nav_model.item(0).toolTip() == "Face-sign registration: press F1"
    assert english.sign_out_button.text() == "Sign ou&t"
    # A language switch while signed in (Qt posts LanguageChange to the windows): the rail follows.
    languages.use("zh_CN")
    qtbot.waitUntil(lambda: _rail(english)[:3] == ["面签注册  (F1)", "变更联系方式  (F2)", "号牌确认  (F3)"],
                    timeout=2000)
    assert english.page_actions["plates"].text() == "号牌确认"
    assert english.sign_out_button.text() == "退出登录(&T)"
    # The status bar too: who is signed in where, and the link.
    assert english.user_label.text().startswith("用户：") and "窗口民警" in english.user_label.text()
    assert english.online_badge.text() == "● 在线"
    languages.use("en")
    qtbot.waitUntil(lambda: _rail(english)[0] == "Face-sign registration  (F1)", timeout=2000)
    assert english.station_label.text().startswith("Station: ")
    assert english.user_label.text().endswith(", Counter clerk") and english.online_badge.text() == "● Online"
    assert english.queue_label.text() == "Queued writes: 0"
