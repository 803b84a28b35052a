"""One customer at a time, keyboard first: what every page shares.

- `NEXT_CUSTOMER_KEY` (F12, 下一位) clears every page to its empty state; each page implements
  `next_customer()` and names its `first_field()`.
- `Lookup` runs one lookup at a time off the UI thread with a busy state and a cancel (the
  button turns into 取消 and Esc cancels); an answer that arrives after a cancel, a newer
  lookup or 下一位 is dropped, and a lookup ends at once when the centre is known down.
- `keyboard_table` and `scanner_field` set up tables and scan fields for the keyboard.
- `CounterPage` is the set-up every service page shares: its context, heading, message line, and
  its texts set again when the language changes.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from counter_app.domain.refused import Refused
from counter_app.services.api_client import ApiError, OfflineError
from counter_app.services.context import AppContext
from counter_app.views.centre_messages import centre_message
from counter_app.views.widgets import make_scan_field

log = logging.getLogger(__name__)

NEXT_CUSTOMER_KEY = QKeySequence(Qt.Key.Key_F12)
# F1-F11 (F12 is 下一位), then Ctrl+F1-Ctrl+F11 for a role with more pages than that (a clerk at
# the central office has 12): every page has a key (issue 16 item 2).
PAGE_KEYS = tuple(QKeySequence(getattr(Qt.Key, f"Key_F{n}")) for n in range(1, 12)) + tuple(
    QKeySequence(Qt.KeyboardModifier.ControlModifier | getattr(Qt.Key, f"Key_F{n}")) for n in range(1, 12))



def set_shown(widget: QWidget, on: bool) -> None:
    """Show or hide a widget that may not have its parent yet: a parentless widget made visible
    would be a window of its own for a moment and take the activation from the main window (pages
    are built on first use, while the window is up); it is shown with its parent instead."""
    if on and widget.parentWidget() is None:
        return
    widget.setVisible(on)

class _SelectOnFocus(QObject):
    """Tabbing into a table selects its current (else first) row, so what has the focus is chosen."""

    def eventFilter(self, view: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusIn and isinstance(view, QAbstractItemView):
            model, selection = view.model(), view.selectionModel()
            if model is not None and selection is not None and model.rowCount() and not selection.hasSelection():
                row = view.currentIndex().row() if view.currentIndex().isValid() else 0
                view.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                             | QItemSelectionModel.SelectionFlag.Rows)
                view.setCurrentIndex(model.index(row, 0))
        return False


def keyboard_table(view: QAbstractItemView) -> QAbstractItemView:
    """Tab and Shift+Tab leave the table (arrows move inside, Space ticks)."""
    view.setTabKeyNavigation(False)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    view.installEventFilter(_SelectOnFocus(view))
    if isinstance(view, QTableView):  # compact rows: more of a list fits at 1366x768
        view.verticalHeader().setMinimumSectionSize(22)
        view.verticalHeader().setDefaultSectionSize(26)
    return view


# A field a barcode scanner types into: the input method stays off (Latin only). One helper for
# every scan field (it was written twice).
scanner_field = make_scan_field


class MessageLine(QLabel):
    """A message line that takes no room while it says nothing (more rows for the lists)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        set_shown(self, bool(text))

    def clear(self) -> None:
        self.setText("")


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab follows the given (visual) order.

    Set again once the event loop runs: a page is built before the main window adopts it, and
    reparenting does not keep a focus chain set on a parentless widget."""

    def apply() -> None:
        try:
            for first, second in zip(widgets, widgets[1:]):
                QWidget.setTabOrder(first, second)
        except RuntimeError:  # a widget was deleted meanwhile
            pass

    apply()
    QTimer.singleShot(0, apply)


class Lookup(QObject):
    """One lookup at a time, with a busy state and a cancel.

    `run(fn, ok, failed)` disables nothing the clerk needs: the lookup's button turns into a
    cancel button (its text is restored afterwards) and Esc on the page cancels. `ok` and
    `failed` are called only for the newest, uncancelled lookup.
    """

    busy_changed = Signal(bool)
    cancelled = Signal()

    def __init__(self, ctx: AppContext, page: QWidget, button: QPushButton | None = None) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.button = button
        self._generation = 0
        self._busy = False
        self._label = ""
        self._failed: Callable[[Exception], None] | None = None
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), page)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.cancel)
        if button is not None:
            button.clicked.connect(self._button_clicked)
        ctx.monitor.online_changed.connect(self._online_changed)
        self._on_click: Callable[[], None] | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def on_click(self, start: Callable[[], None]) -> None:
        """What the button does when no lookup runs (when one runs, it cancels)."""
        self._on_click = start

    def _button_clicked(self) -> None:
        if self._busy:
            self.cancel()
        elif self._on_click is not None:
            self._on_click()

    def run(self, fn: Callable[[], Any], ok: Callable[[Any], None], failed: Callable[[Exception], None]) -> None:
        self._generation += 1
        generation = self._generation
        self._failed = failed
        self._set_busy(True)
        if self.ctx.monitor.online is False:
            # The monitor already knows the centre is down: say so now, not after a timeout.
            self._set_busy(False)
            failed(OfflineError("known offline"))
            return

        def done(result: Any) -> None:
            if generation == self._generation:
                self._set_busy(False)
                ok(result)

        def bad(exc: Exception) -> None:
            if generation == self._generation:
                self._set_busy(False)
                failed(exc)

        self.ctx.runner.submit(fn, done, bad)

    def forget(self) -> None:
        """Drop whatever answer is on its way (下一位, a new search)."""
        self._generation += 1
        self._set_busy(False)

    def cancel(self) -> None:
        if not self._busy:
            return
        self.forget()
        self.cancelled.emit()

    def _online_changed(self, online: bool) -> None:
        if not online and self._busy:
            failed = self._failed
            self.forget()
            if failed is not None:
                failed(OfflineError("went offline"))

    def _set_busy(self, busy: bool) -> None:
        if busy == self._busy:
            return
        self._busy = busy
        if self.button is not None:
            if busy:
                self._label = self.button.text()
                self.button.setText(self.tr("Cancel (Esc)"))
            else:
                self.button.setText(self._label)
        self.busy_changed.emit(busy)


class CounterPage(QWidget):
    """What every service page sets up the same way: the context, a heading, a message line, and
    its texts set again on a language change.

    `message` is a `MessageLine` (no room taken while silent) unless a page passes its own label.
    A subclass sets its texts in `retranslate()`, clears to its empty state in `next_customer()`
    and names where typing starts in `first_field()`.
    """

    def __init__(self, ctx: AppContext, name: str, message_name: str, parent: QWidget | None = None, *,
                 message: QLabel | None = None) -> None:
        super().__init__(parent)
        assert ctx.login is not None
        self.ctx = ctx
        self.setObjectName(name)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.message = message if message is not None else MessageLine()
        self.message.setObjectName(message_name)
        self.message.setWordWrap(True)

    def page_layout(self, search: QWidget | QLayout | None = None) -> QVBoxLayout:
        """The page's layout begun as on every page: the heading, the search line if any, the message."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        if isinstance(search, QLayout):
            layout.addLayout(search)
        elif search is not None:
            layout.addWidget(search)
        layout.addWidget(self.message)
        return layout

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text again (a subclass fills it in)."""

    def failure_text(self, exc: Exception, offline: str) -> str:
        """What to tell the clerk about a failed request: `offline` when the centre is unreachable,
        the centre's (or the pure rules') own message for a refusal, else the unexpected error."""
        if isinstance(exc, OfflineError):
            return offline
        if isinstance(exc, (ApiError, Refused)):
            return centre_message(exc)  # English for the English interface, the centre's words in Chinese
        log.exception("%s: request failed", self.objectName(), exc_info=exc)
        return self.tr("Unexpected error: {0}").format(exc)
