"""Small shared widgets and helpers of the views."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)


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


class DictTableModel(QAbstractTableModel):
    """A read-only table over a list of rows (dicts or records); columns are (header, cell
    function) pairs.

    Rows are replaced as a whole when a search answers (`set_rows`); a row can be read back
    with `row(i)`. With `checkable`, column 0 carries a tick box per row.
    """

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]], *,
                 checkable: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.checkable = checkable
        self.checked: set[int] = set()

    def set_rows(self, rows: Sequence[Any], *, checked: Sequence[int] = ()) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.checked = set(checked)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self.rows[index]

    def checked_rows(self) -> list[Any]:
        return [r for i, r in enumerate(self.rows) if i in self.checked]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.columns[index.column()][1](self.rows[index.row()])
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            return Qt.CheckState.Checked if index.row() in self.checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not self.checkable or index.column() != 0:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(index.row())
        else:
            self.checked.discard(index.row())
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.checkable and index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None


def make_table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    # Small tables (search answers, bindings): every column as wide as its widest cell.
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


class FieldWithError(QWidget):
    """An input with its error line beneath, so the clerk sees what is wrong beside the field."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        set_error(self.error, text)
        self.error.setVisible(bool(text))


def make_scan_field(line_edit: QLineEdit) -> QLineEdit:
    """A search field that a keyboard-wedge scanner (barcode/QR gun) can type into.

    A wedge scanner types its characters as key presses followed by Enter. With a Chinese input
    method active they land in the IME's composition window instead of the field, so the field
    switches input methods off and asks for Latin input only (uppercase: VINs, plates' letters,
    notice codes). Enter (returnPressed) then runs the search as if the clerk had typed it.
    """
    line_edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    line_edit.setInputMethodHints(Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhNoPredictiveText
                                  | Qt.InputMethodHint.ImhPreferUppercase)
    line_edit.setProperty("scanField", True)
    return line_edit
