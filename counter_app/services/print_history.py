"""What this counter printed since sign-in, for a reprint (kept in memory only: the PDFs hold
personal data, and the centre holds the records they were made from)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class PrintedDocument:
    title: str
    file_name: str
    printed_at: datetime
    pdf: bytes


class PrintHistory(QObject):
    changed = Signal()

    def __init__(self, limit: int = 50, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.documents: list[PrintedDocument] = []  # newest first

    def record(self, document: PrintedDocument) -> None:
        self.documents.insert(0, document)
        del self.documents[self.limit:]
        self.changed.emit()

    def clear(self) -> None:
        self.documents.clear()
        self.changed.emit()
