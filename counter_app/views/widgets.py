"""Small shared widgets and helpers of the views."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def set_error(label: QLabel, text: str) -> None:
    """Show a message for the clerk in the error style (empty text hides it)."""
    label.setProperty("error", bool(text))
    label.setStyleSheet("color: #c62828;" if text else "")
    label.setText(text)


class ConnectionBadge(QLabel):
    """● 在线 / ● 离线 / ● 正在连接…"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBadge")
        self.online: bool | None = None
        self.retranslate()

    def set_online(self, online: bool | None) -> None:
        self.online = online
        self.retranslate()

    def retranslate(self) -> None:
        if self.online is None:
            text, color = self.tr("Connecting..."), "#9e9e9e"
        elif self.online:
            text, color = self.tr("Online"), "#2e7d32"
        else:
            text, color = self.tr("Offline"), "#c62828"
        self.setText(f"● {text}")
        self.setStyleSheet(f"color: {color}; font-weight: bold;")


def add_rows(form: QFormLayout, *fields: QWidget) -> list[QLabel]:
    """Add one row per field with a label the caller fills in (and refills on retranslation)."""
    labels = []
    for field in fields:
        label = QLabel()
        label.setBuddy(field)
        form.addRow(label, field)
        labels.append(label)
    return labels
