"""Issue 11 on the counter's screen: a newer sign-in of the account elsewhere sends the older
counter back to its sign-in dialog, which says why; an administrator's counter shows only the
pages that are not counter business (real widgets, a real `--demo` centre process)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.views.conftest import languages, make_counter, sign_in_through_dialog  # noqa: F401


@pytest.fixture
def live_api(tmp_path):  # noqa: ANN201
    """`central-api --demo` with the production settings of issue 11 (device, one session)."""
    from tests.conftest import LiveApi

    api = LiveApi(tmp_path / "api")
    api.embedded.extra_env.update(CENTRAL_API_REQUIRE_DEVICE="1", CENTRAL_API_SINGLE_SESSION="1")
    api.start()
    yield api
    api.stop()


def test_the_older_counter_is_sent_back_to_sign_in_with_the_reason(qtbot, make_counter, tmp_path):  # noqa: F811
    first, second = make_counter(), make_counter()  # two PCs, two device keys
    sign_in_through_dialog(qtbot, first, "clerk01")
    sign_in_through_dialog(qtbot, second, "clerk01")
    # The older counter's next call to the centre (here: the station list a page reloads).
    first.ctx.runner.submit(first.ctx.api.stations, lambda _items: None, lambda _exc: None)
    qtbot.waitUntil(lambda: first.controller.login_dialog is not None, timeout=15000)
    message = first.controller.login_dialog.message.text()
    assert "该账户已在另一台电脑登录" in message and "请重新登录" in message
    first.controller.login_dialog.grab().save(
        str(Path(os.environ.get("SCREENSHOT_DIR") or tmp_path) / "signed-in-elsewhere.png"))
    assert second.controller.window is not None and second.controller.window.isVisible()


def test_a_system_administrator_sees_no_counter_business(qtbot, make_counter, tmp_path):  # noqa: F811
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "sysadmin01")
    assert list(window.nav_keys) == ["printing", "sync", "console"]  # the console: accounts (issue 12)
    assert "系统管理员" in window.user_label.text()
    shot = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path) / "sysadmin-main-window.png"
    window.resize(1366, 768)
    assert window.grab().save(str(shot))
