"""Driving the real window with the keyboard alone: key events to the focused widget.

`press` sends one key (with modifiers) to whatever has the focus, as a keyboard does; shortcuts
(F1–F8, F12, mnemonics) fire through Qt's shortcut map exactly as for a real key. Chinese text
arrives as an input-method commit, which is how a clerk's IME delivers it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    """Type into the focused widget: keys for ASCII, an input-method commit for Chinese."""
    widget = focused()
    if text.isascii():
        QTest.keyClicks(widget, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def tab_to(qtbot, target: QWidget, limit: int = 30) -> None:  # noqa: ANN001
    """Press Tab until `target` has the focus (fails if Tab never gets there: a trap)."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        press(Qt.Key.Key_Tab)
        qtbot.wait(5)
    assert QApplication.focusWidget() is target, f"Tab never reached {target.objectName() or target}"
