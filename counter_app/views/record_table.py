"""A read-only table model over a list of records (dicts from the central API)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Record = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Record], str]
    color: Callable[[Record], str | None] | None = None
    align_center: bool = False


class RecordTableModel(QAbstractTableModel):
    """Rows are records keyed by `key`; a new query replaces them, one changed record is
    updated in place (dataChanged), so selection and sort survive an update."""

    def __init__(self, columns: Sequence[Column], key: str = "id", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.key = key
        self.rows: list[Record] = []

    def set_columns(self, columns: Sequence[Column]) -> None:
        """New headers (after a language change)."""
        self.columns = list(columns)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def set_rows(self, rows: Sequence[Record]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update_row(self, record: Record) -> bool:
        for i, row in enumerate(self.rows):
            if row[self.key] == record[self.key]:
                self.rows[i] = record
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
                return True
        return False

    def record(self, row: int) -> Record | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def find(self, key: Any) -> int:
        return next((i for i, r in enumerate(self.rows) if r[self.key] == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(record)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_center:
            return Qt.AlignmentFlag.AlignCenter
        return None
