"""The shared read-only table (widgets.DictTableModel) with what the exam pages add: a colour
and an alignment per column, new headers after a language change, and one record updated in
place (dataChanged), so that the selection survives an update."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from counter_app.views.widgets import DictTableModel

Record = dict[str, Any]


class Column(NamedTuple):
    header: str
    text: Callable[[Record], str]
    color: Callable[[Record], str | None] | None = None
    align_center: bool = False


class RecordTableModel(DictTableModel):
    def __init__(self, columns: Sequence[Column], key: str = "id", parent: QObject | None = None) -> None:
        super().__init__(columns, parent=parent)
        self.key = key

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.columns = list(columns)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def update_row(self, record: Record) -> bool:
        row = self.find(record[self.key])
        if row < 0:
            return False
        self.rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return True

    def record(self, row: int) -> Record | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def find(self, key: Any) -> int:
        return next((i for i, r in enumerate(self.rows) if r[self.key] == key), -1)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            column: Column = self.columns[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                role = Qt.ItemDataRole.DisplayRole  # long reasons: the whole text on hover
            elif role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
                color = column.color(self.rows[index.row()])
                return QColor(color) if color else None
            elif role == Qt.ItemDataRole.TextAlignmentRole and column.align_center:
                return Qt.AlignmentFlag.AlignCenter
        return super().data(index, role)
