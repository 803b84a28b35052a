"""A real counter app (real widgets, real services) against a real central API process."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from counter_app.app import Controller, Languages, apply_appearance, build_context
from counter_app.services.context import AppContext
from counter_app.services.settings import ClientSettings


@pytest.fixture(scope="session")
def languages(qapp) -> Languages:  # noqa: ANN001
    apply_appearance(qapp)
    langs = Languages(qapp)
    langs.use("zh_CN")
    return langs


@dataclass
class Counter:
    ctx: AppContext
    controller: Controller
    settings_overrides: dict = field(default_factory=dict)


@pytest.fixture
def make_counter(qapp, languages, live_api, tmp_path):  # noqa: ANN001, ANN201
    made: list[Counter] = []

    def make(**overrides) -> Counter:  # noqa: ANN003
        settings = ClientSettings(api_url=live_api.base_url, data_dir=tmp_path / f"client{len(made)}", **overrides)
        ctx = build_context(settings, live_api.base_url)
        ctx.monitor.start()
        counter = Counter(ctx=ctx, controller=Controller(qapp, ctx, languages))
        made.append(counter)
        return counter

    yield make
    for counter in made:
        counter.ctx.monitor.stop()
        window = counter.controller.window
        if window is not None:
            window.closed.disconnect()
            window.close()
        if counter.controller.login_dialog is not None:
            counter.controller.login_dialog.rejected.disconnect()
            counter.controller.login_dialog.close()
        counter.ctx.runner.wait(10000)
        counter.ctx.store.close()
    languages.use("zh_CN")


def sign_in_through_dialog(qtbot, counter: Counter, username: str, password: str = "Counter#2026",  # noqa: ANN001
                           station: str | None = None):  # noqa: ANN201
    """Open the real log-in dialog, type, click, and wait for the main window."""
    dialog = open_login(qtbot, counter)
    type_credentials(qtbot, dialog, username, password, station)
    qtbot.waitUntil(lambda: counter.controller.window is not None, timeout=15000)
    return counter.controller.window


def open_login(qtbot, counter: Counter):  # noqa: ANN001, ANN201
    dialog = counter.controller.show_login()
    qtbot.waitUntil(lambda: counter.ctx.monitor.online is True, timeout=15000)
    return dialog


def type_credentials(qtbot, dialog, username: str, password: str, station: str | None = None) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    if station is not None:
        dialog.station.setCurrentIndex(dialog.station.findText(station))
    dialog.username.clear()
    dialog.password.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
