"""Updates at sign-in (issue 14 item 5): below the minimum the counter does not open; a newer
version is offered and may wait."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counter_app.services import updates
from installer.sign_update import publish
from tests.test_updates import _key
from tests.views.conftest import open_login, type_credentials


def _publish(tmp_path, monkeypatch, *, version: str, minimum: str) -> None:  # noqa: ANN001
    private, _public = _key(tmp_path, "release")
    package = tmp_path / f"counter-app-{version}.bin"
    package.write_bytes(b"installer" * 100)
    publish(private, package, platform=updates.this_platform(), version=version, minimum=minimum,
            out=tmp_path / "updates")
    monkeypatch.setenv("CENTRAL_API_UPDATES_DIR", str(tmp_path / "updates"))


@pytest.fixture
def below_minimum(tmp_path, monkeypatch):  # noqa: ANN001, ANN201 - before the centre starts
    _publish(tmp_path, monkeypatch, version="99.0.0", minimum="99.0.0")


@pytest.fixture
def newer_available(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    _publish(tmp_path, monkeypatch, version="99.0.0", minimum="0.0.1")


def _prompt(qtbot, counter):  # noqa: ANN001, ANN202
    qtbot.waitUntil(lambda: getattr(counter.ctx, "update_prompt", None) is not None, timeout=15000)
    prompt = counter.ctx.update_prompt
    qtbot.waitUntil(prompt.isVisible, timeout=5000)
    return prompt


def test_below_the_minimum_the_main_window_does_not_open(below_minimum, qtbot, make_counter):
    counter = make_counter()
    dialog = open_login(qtbot, counter)
    type_credentials(qtbot, dialog, "clerk01", "Counter#2026")
    prompt = _prompt(qtbot, counter)
    assert "99.0.0" in prompt.text() and "最低版本" in prompt.text()
    assert counter.controller.window is None
    qtbot.mouseClick(prompt.later_button, Qt.MouseButton.LeftButton)  # 退出登录
    qtbot.waitUntil(lambda: counter.controller.login_dialog is not None, timeout=5000)
    assert counter.controller.window is None and counter.ctx.login is None and counter.ctx.api.token is None


def test_a_newer_version_is_offered_and_may_wait(newer_available, qtbot, make_counter):
    counter = make_counter()
    dialog = open_login(qtbot, counter)
    type_credentials(qtbot, dialog, "clerk01", "Counter#2026")
    prompt = _prompt(qtbot, counter)
    assert "99.0.0" in prompt.text()
    qtbot.mouseClick(prompt.later_button, Qt.MouseButton.LeftButton)  # 稍后
    qtbot.waitUntil(lambda: counter.controller.window is not None, timeout=10000)
