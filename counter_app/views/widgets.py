"""Small shared widgets and helpers of the views."""
from __future__ import annotations

import heapq
import logging
import operator
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.services.tasks import TaskRunner

log = logging.getLogger(__name__)


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
    with `row(i)`. With `checkable`, column 0 carries a tick box per row. With a `key`, one row
    is found (`find`) and replaced (`update_row`) through a key → row dict, not a scan.

    Built for 100,000 rows (sessions, rosters, the audit trail): `data` does nothing for the
    roles it does not serve, and sorting (`sort`, also a header click) and filtering
    (`set_filter`) run in Python on a pool thread; the UI thread only swaps the finished order
    in (`layoutChanged`, the selection follows its rows) and `view_ready` says so.
    """

    view_ready = Signal()  # a sort or filter has been applied

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]], *,
                 checkable: bool = False, key: str | Callable[[Any], Any] | None = None,
                 runner: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.all_rows: list[Any] = []  # as given to set_rows
        self.rows: list[Any] = []  # as shown: filtered and sorted
        self.checkable = checkable
        self.checked: set[int] = set()  # rows as shown
        self._key = operator.itemgetter(key) if isinstance(key, str) else key
        self._runner = runner
        self._index: dict[Any, int] | None = None  # key → row as shown, built on first use
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._filter = ""
        self._generation = 0  # a newer sort/filter makes older answers stale

    # --- rows ---------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], *, checked: Sequence[int] = ()) -> None:
        self._generation += 1  # a sort or filter still running answers for the old rows
        self.beginResetModel()
        self.all_rows = list(rows)
        self.rows = self.all_rows
        self.checked = set(checked)
        self._index = None
        self.endResetModel()
        if self._sort is not None or self._filter:
            self._arrange()
        elif self._key is not None and len(self.rows) > SLICE:
            self._index_in_background()

    def row(self, index: int) -> Any:
        return self.rows[index]

    def checked_rows(self) -> list[Any]:
        return [self.rows[i] for i in sorted(self.checked) if i < len(self.rows)]

    def find(self, key: Any) -> int:
        """The row (as shown) whose key is `key`, or -1."""
        if self._key is None:
            raise TypeError("this table has no key")
        if self._index is None:
            self._index = _index_of(self.rows, self._key)
        return self._index.get(key, -1)

    def _index_in_background(self) -> None:
        """Build the key → row dict on a pool thread, so the first update after a load is quick."""
        generation, rows, key_of = self._generation, self.rows, self._key

        def done(index: dict[Any, int]) -> None:
            if generation == self._generation and self.rows is rows and self._index is None:
                self._index = index

        self._runner_or_default().submit(lambda: _index_of(rows, key_of), done)  # type: ignore[arg-type]

    def update_row(self, record: Any) -> bool:
        """Replace the row with the same key in place (the selection stays); False if absent."""
        if self._key is None:
            raise TypeError("this table has no key")
        row = self.find(self._key(record))
        if row < 0:
            return False
        old = self.rows[row]
        self.rows[row] = record
        if self.rows is not self.all_rows:
            # The same record in the unfiltered list, found by identity (rare: sort/filter active).
            for i, r in enumerate(self.all_rows):
                if r is old:
                    self.all_rows[i] = record
                    break
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return True

    # --- sorting and filtering off the UI thread ---------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if 0 <= column < len(self.columns) else None
        self._arrange()

    def set_filter(self, text: str) -> None:
        """Show only the rows where some cell contains `text` (case-insensitive); "" shows all."""
        self._filter = text.strip().casefold()
        self._arrange()

    def _arrange(self) -> None:
        self._generation += 1
        generation = self._generation
        rows, columns, sort, needle = self.all_rows, [c[1] for c in self.columns], self._sort, self._filter
        key_of = self._key

        def work() -> tuple[list[Any], dict[Any, int] | None, dict[int, int]]:
            shown = rows
            if needle:
                shown = [r for r in rows if any(needle in _text(fn(r)).casefold() for fn in columns)]
            if sort is not None:
                fn = columns[sort[0]]
                shown = _sorted_in_chunks(shown, fn, reverse=sort[1] == Qt.SortOrder.DescendingOrder)
            elif shown is rows:
                shown = list(rows)
            index = _index_of(shown, key_of) if key_of is not None else None
            return shown, index, _index_of(shown, id)

        self._runner_or_default().submit(work, lambda result: self._arranged(generation, *result),
                                         lambda exc: log.error("sorting the table failed: %s", exc))

    def _arranged(self, generation: int, shown: list[Any], index: dict[Any, int] | None,
                  position: dict[int, int]) -> None:
        if generation != self._generation:
            return  # a newer sort, filter or set_rows is on its way
        self.layoutAboutToBeChanged.emit()
        old_rows = self.rows
        checked = {id(old_rows[i]) for i in self.checked if i < len(old_rows)}
        persistent = self.persistentIndexList()
        if persistent or checked:
            for old in persistent:
                row = position.get(id(old_rows[old.row()]), -1) if old.row() < len(old_rows) else -1
                self.changePersistentIndex(old, self.index(row, old.column()) if row >= 0 else QModelIndex())
            self.checked = {position[c] for c in checked if c in position}
        self.rows = shown
        self._index = index
        self.layoutChanged.emit()
        self.view_ready.emit()

    def _runner_or_default(self) -> TaskRunner:
        if self._runner is None:
            self._runner = _shared_runner()
        return self._runner

    # --- Qt's model interface ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _DISPLAY:
            value = self.columns[index.column()][1](self.rows[index.row()])
            return "" if value is None else str(value)
        if role == _CHECK and self.checkable and index.column() == 0:
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
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None


_DISPLAY = Qt.ItemDataRole.DisplayRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_SHARED: list[TaskRunner] = []


def _shared_runner() -> TaskRunner:
    """One pool for the tables built without the context's runner (one thread: sorts queue)."""
    if not _SHARED:
        _SHARED.append(TaskRunner(max_threads=1, parent=QCoreApplication.instance()))
    return _SHARED[0]


# A C loop (dict(), list.sort) holds the GIL throughout: in slices of this many rows a pool
# thread lets the UI thread in between (Python switches threads every 5 ms, but only between
# bytecodes), so the event loop keeps turning while 100,000 rows are indexed or sorted.
SLICE = 5_000


def _index_of(rows: list[Any], key_of: Callable[[Any], Any]) -> dict[Any, int]:
    """key → position, built slice by slice (with an itemgetter each slice runs in C)."""
    index: dict[Any, int] = {}
    for start in range(0, len(rows), SLICE):
        index.update(zip(map(key_of, rows[start:start + SLICE]), range(start, start + SLICE)))
    return index


def _sorted_in_chunks(rows: list[Any], cell: Callable[[Any], Any], *, reverse: bool) -> list[Any]:
    """The rows by `cell`'s value (numbers before text, empty cells last), stable, without one
    long GIL-holding C sort: slices of row numbers sorted one by one, then merged by heapq.merge
    (Python, so it yields the GIL). Keys are plain numbers or strings, and row numbers are sorted
    rather than (key, row) tuples: 100,000 new tuples would set off full garbage collections,
    which hold the GIL for seconds on a loaded PC."""
    keys = _sort_keys(list(map(cell, rows)))
    get = keys.__getitem__
    runs = [sorted(range(start, min(start + SLICE, len(rows))), key=get, reverse=reverse)
            for start in range(0, len(rows), SLICE)]
    order = runs[0] if len(runs) == 1 else heapq.merge(*runs, key=get, reverse=reverse)
    return [rows[i] for i in order]


_LAST = "\U0010ffff"  # sorts after any text: empty cells at the end


def _sort_keys(values: list[Any]) -> list[Any]:
    """One comparable key per value: the numbers themselves when every cell is a number (or
    empty), else the display text (numbers before text only in a mixed column)."""
    if all(v is None or v == "" or (isinstance(v, (int, float)) and not isinstance(v, bool)) for v in values):
        return [float("inf") if v is None or v == "" else v for v in values]
    if any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return [_sort_key(v) for v in values]  # mixed numbers and text: rare, tuples
    return [_LAST if v is None or v == "" else str(v) for v in values]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before text, each in its own order; empty cells last."""
    if value is None or value == "":
        return (2, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value)
    return (1, str(value))


# Columns are sized once per reset from this many rows, not on every change over all of them.
SIZE_SAMPLE_ROWS = 100


def size_columns(view: QTableView, sample: int = SIZE_SAMPLE_ROWS) -> None:
    """Every column as wide as its header or its widest cell among the first `sample` rows.

    Measured with the view's font metrics over the display strings: QTableView's own
    resizeColumnsToContents asks Python's data() for eight roles per cell (about 5,000 calls,
    100-200 ms, for a 200-row sample of a 3-column table)."""
    model = view.model()
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    rows = min(sample, model.rowCount())
    checkable = getattr(model, "checkable", False)
    last = model.columnCount() - 1
    for column in range(model.columnCount()):
        widest = header.sectionSizeFromContents(column).width()
        if column == last and header.stretchLastSection():
            # The last column takes the room left (its long texts elided, whole on hover): sized
            # to its longest text it would push itself out of view behind a scroll bar, header too.
            view.setColumnWidth(column, widest)
            continue
        for row in range(rows):
            text = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            if text:
                widest = max(widest, metrics.horizontalAdvance(str(text)) + 24)
        if checkable and column == 0:
            widest += 24
        view.setColumnWidth(column, min(widest, 600))


def make_table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row layout after a sort
    # Columns sized once per reset from the first rows (ResizeToContents would ask Python's
    # data() for a thousand rows on every change).
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    sizer = QTimer(view)
    sizer.setSingleShot(True)
    sizer.setInterval(0)
    sizer.timeout.connect(lambda: size_columns(view))
    model.modelReset.connect(sizer.start)
    model.headerDataChanged.connect(sizer.start)
    view.setAlternatingRowColors(True)
    sizer.start()
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


# --- the set-up the service pages share (one helper each instead of the same lines on every page) ---
def named_label(name: str, text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that tests and style sheets find by its object name (wrapping unless told)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def named_button(name: str) -> QPushButton:
    """A button found by its object name; its text is set in the page's `retranslate()`."""
    button = QPushButton()
    button.setObjectName(name)
    return button


def inline_row(*widgets: QWidget) -> QWidget:
    """Widgets side by side at their natural width, the rest of the line empty (a form's row)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


def boxed(widget: QWidget) -> QGroupBox:
    """A titled box holding one widget (a table, mostly); the title is set in `retranslate()`."""
    box = QGroupBox()
    QVBoxLayout(box).addWidget(widget)
    return box


def form_box(fields: Sequence[QWidget], buttons: Sequence[QWidget], *, lead: QWidget | None = None,
             extra: Sequence[QWidget] = ()) -> tuple[QGroupBox, list[QLabel]]:
    """A titled box: a form of labelled fields, then `extra` widgets, then a row of buttons led by
    `lead` (a result line, stretched) or pushed right. Returns the box and the form's labels."""
    box = QGroupBox()
    form = QFormLayout()
    labels = add_rows(form, *fields)
    layout = QVBoxLayout(box)
    layout.addLayout(form)
    for widget in extra:
        layout.addWidget(widget)
    row = QHBoxLayout()
    if lead is not None:
        row.addWidget(lead, 1)
    else:
        row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)
    return box, labels
