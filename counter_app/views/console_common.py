"""What the tabs of the supervisor's console share: a result line, reads on a worker, writes
through the one write path (none of them waits offline), and a first load when first shown."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from counter_app.domain.refused import Refused
from counter_app.services.api_client import ApiError, OfflineError
from counter_app.services.console import ConsoleService
from counter_app.services.context import AppContext
from counter_app.services.sync import Write
from counter_app.views.centre_messages import centre_message
from counter_app.views.widgets import set_error

log = logging.getLogger(__name__)
GREEN = "#2e7d32"
RED = "#c62828"
AMBER = "#b26a00"


class ConsoleTab(QWidget):
    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.service = ConsoleService(ctx.api)
        self.result = QLabel()
        self.result.setObjectName(f"{name}Result")
        self.result.setWordWrap(True)
        self.loaded = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.loaded:
            self.loaded = True
            self.reload()

    def retranslate(self) -> None:
        """Set every text again (a subclass fills it in)."""

    def reload(self) -> None:
        """Ask the centre again for what the tab shows (a subclass fills it in)."""

    def read(self, fetch: Callable[[], Any], show: Callable[[Any], None], where: QLabel | None = None) -> None:
        self.ctx.runner.submit(fetch, show, lambda exc: self.failed(exc, where))

    def failed(self, exc: Exception, where: QLabel | None = None) -> None:
        where = where or self.result
        if isinstance(exc, OfflineError):
            set_error(where, self.tr("The central service cannot be reached: the console works only online."))
        elif isinstance(exc, (ApiError, Refused)):
            set_error(where, centre_message(exc))
        else:
            log.exception("console request failed", exc_info=exc)
            set_error(where, self.tr("Unexpected error: {0}").format(exc))

    def done(self, text: str) -> None:
        set_error(self.result, "")
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {GREEN}; font-weight: bold;")

    def submit(self, make: Callable[[], Write], done: Callable[[Any], None]) -> None:
        """Build the write (its input checked by the pure rules first), then send it."""
        try:
            write = make()
        except Refused as exc:
            set_error(self.result, centre_message(exc))
            return
        set_error(self.result, "")
        self.result.setText(self.tr("Sending to the centre..."))

        def outcome(kind: str, payload: Any) -> None:
            if kind == "sent":
                done(payload)
            elif kind in ("refused", "unavailable", "error"):
                self.failed(payload)
            elif kind == "pending":
                set_error(self.result, self.tr("The centre cannot be reached now: try again when the link is back."))

        self.ctx.writes.submit(write, outcome)
