"""The shared read-only table (widgets.DictTableModel) with what the exam pages add: a colour
and an alignment per column, new headers after a language change, and one record updated in
place (dataChanged, found through the key index), so that the selection survives an update."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from counter_app.services.tasks import TaskRunner
from counter_app.views.widgets import DictTableModel

Record = dict[str, Any]

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole


class Column(NamedTuple):
    header: str
    text: Callable[[Record], str]
    color: Callable[[Record], str | None] | None = None
    align_center: bool = False


class RecordTableModel(DictTableModel):
    def __init__(self, columns: Sequence[Column], key: str = "id", runner: TaskRunner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(columns, key=key, runner=runner, parent=parent)
        self.key = key

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.columns = list(columns)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def record(self, row: int) -> Record | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY or role == _TOOLTIP:  # long reasons: the whole text on hover
            value = self.columns[index.column()].text(self.rows[index.row()])
            return "" if value is None else str(value)
        if role == _FOREGROUND:
            column: Column = self.columns[index.column()]
            if column.color is None:
                return None
            color = column.color(self.rows[index.row()])
            return QColor(color) if color else None
        if role == _ALIGNMENT:
            return Qt.AlignmentFlag.AlignCenter if self.columns[index.column()].align_center else None
        return None
