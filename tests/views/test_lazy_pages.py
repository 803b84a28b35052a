"""Pages are built on first use (issue 17): sign-in builds the first page only, and opening any
other page for the first time keeps the window active and puts the focus in that page's first
field — for each role whose rail differs (a window clerk, the phone desk, a supervisor)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from counter_app.views.customer import PAGE_KEYS as F_KEYS
from tests.views.keyboard import press
from tests.views.test_login_and_status import _signed_in_window


@pytest.mark.parametrize("username", ["clerk01", "phone01", "admin"])  # clerk01 has 12 pages: Ctrl+F1 too
def test_each_page_built_on_first_use_keeps_the_window_active(qtbot, make_counter, username):  # noqa: ANN001
    counter = make_counter()
    window = _signed_in_window(qtbot, counter, username)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    first = window.nav_keys[0]
    # The window builds its first page on the turn of the event loop after it shows, then puts
    # the focus in the queue ticket (a customer starts there). Qt may focus the ticket on
    # activation before that turn, so wait for the first page itself.
    qtbot.waitUntil(lambda: window.current_page() is window.page_by_key.get(first), timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.ticket, timeout=5000)
    assert set(window.page_by_key) == {first}, "sign-in builds the first page only"
    assert len(window.nav_keys) <= len(F_KEYS), "every page has a key (F1-F11, then Ctrl+F1-Ctrl+F11)"
    for n, key in enumerate(window.nav_keys):
        combination = F_KEYS[n][0]
        press(combination.key(), combination.keyboardModifiers())
        qtbot.waitUntil(lambda key=key: window.current_page() is window.page_by_key.get(key), timeout=5000)
        qtbot.wait(50)  # a stray top-level shown while building would take the activation by now
        assert window.isActiveWindow(), f"opening {key} took the activation from the window"
        focus = QApplication.focusWidget()
        assert focus is not None and window.current_page().isAncestorOf(focus), f"focus lost on {key}"
    assert set(window.page_by_key) == set(window.nav_keys)
