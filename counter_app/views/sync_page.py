"""同步状态: the link to the centre and the writes waiting to be sent."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.domain.timefmt import format_local
from counter_app.services.context import AppContext
from counter_app.views.widgets import ConnectionBadge, add_rows


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.badge = ConnectionBadge()
        self.server_url = QLabel(ctx.api.base_url)
        self.server_time = QLabel("—")
        self.queued = QLabel("0")
        self.queued.setObjectName("syncQueued")
        self.check_button = QPushButton()
        self.form = QFormLayout()
        self.labels = add_rows(self.form, self.badge, self.server_url, self.server_time, self.queued)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        ctx.monitor.online_changed.connect(self.badge.set_online)
        ctx.monitor.server_time.connect(self.show_server_time)
        self.check_button.clicked.connect(ctx.monitor.probe)
        self.badge.set_online(ctx.monitor.online)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sync status"))
        labels = (self.tr("Central service"), self.tr("Address"), self.tr("Central clock"),
                  self.tr("Writes waiting to be sent"))
        for label, text in zip(self.labels, labels):
            label.setText(text)
        self.check_button.setText(self.tr("Check now"))
        self.badge.retranslate()

    def show_server_time(self, when: datetime) -> None:
        self.server_time.setText(format_local(when, seconds=True))

    def show_queued(self, count: int) -> None:
        self.queued.setText(str(count))
