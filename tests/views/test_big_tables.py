"""The shared table model with 100,000 rows (sessions, rosters, the audit trail): the rows it
shows after a load, an update, a sort and a filter, worked out from the data; the longest
UI-thread stall of each step is measured with the stall meter and printed (not asserted)."""
from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from counter_app.services.stall_meter import StallMeter
from counter_app.views.record_table import Column, RecordTableModel
from counter_app.views.widgets import DictTableModel, make_table

ROWS = 100_000


def _records(n: int) -> list[dict]:
    rng = random.Random(17)
    return [{"id": i, "name": f"考生{rng.randrange(10**6):06d}", "seats": rng.randrange(100),
             "status": rng.choice(["已预约", "已取消", "候补"])} for i in range(n)]


@pytest.fixture
def table(qtbot):  # noqa: ANN001, ANN201
    model = RecordTableModel([Column("编号", lambda r: r["id"]), Column("姓名", lambda r: r["name"]),
                              Column("座位", lambda r: r["seats"]), Column("状态", lambda r: r["status"])])
    view = make_table(model, "bigTable")
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    return model, view


def _measured(qtbot, step, done=None) -> float:  # noqa: ANN001
    """Run `step` from the event loop, wait for `done` (or just the repaint); longest stall in ms."""
    meter = StallMeter().start()
    step()
    if done is not None:
        qtbot.waitUntil(done, timeout=60000)
    qtbot.wait(100)
    return meter.stop()


def test_load_update_sort_filter_of_100000_rows(qtbot, table, report_figure) -> None:  # noqa: ANN001
    model, view = table
    records = _records(ROWS)
    stalls = {"load": _measured(qtbot, lambda: model.set_rows(records))}
    assert model.rowCount() == ROWS
    assert view.columnWidth(0) > 0

    # The clerk selects row 50,000; an update of that record keeps the selection on it.
    view.selectionModel().select(model.index(50_000, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
    changed = dict(records[50_000], status="已取消")
    stalls["update"] = _measured(qtbot, lambda: model.update_row(changed))
    assert model.record(50_000) is changed
    assert model.find(50_000) == 50_000 and model.find(ROWS) == -1
    assert model.update_row({"id": ROWS, "name": "无此人", "seats": 0, "status": ""}) is False

    # Sort by seats, descending: what sorted() of the same data gives; the selection follows the record.
    ready = []
    model.view_ready.connect(lambda: ready.append(1))
    stalls["sort"] = _measured(qtbot, lambda: model.sort(2, Qt.SortOrder.DescendingOrder), lambda: len(ready) == 1)
    expected = sorted(records[:50_000] + [changed] + records[50_001:], key=lambda r: r["seats"], reverse=True)
    assert [r["seats"] for r in model.rows] == [r["seats"] for r in expected]
    selected = view.selectionModel().selectedRows()
    assert [model.record(i.row())["id"] for i in selected] == [50_000]
    assert model.record(model.find(50_000)) is changed

    # Filter on a name fragment: exactly the records whose name holds it, still in seat order.
    fragment = records[123]["name"][2:6]
    stalls["filter"] = _measured(qtbot, lambda: model.set_filter(fragment), lambda: len(ready) == 2)
    wanted = [r["id"] for r in expected if fragment in r["name"] or fragment in str(r["id"])
              or fragment in str(r["seats"]) or fragment in r["status"]]
    assert [r["id"] for r in model.rows] == wanted
    assert 123 in [r["id"] for r in model.rows]

    stalls["unfilter"] = _measured(qtbot, lambda: model.set_filter(""), lambda: len(ready) == 3)
    assert model.rowCount() == ROWS
    report_figure("100,000-row table, longest UI-thread stall: " + ", ".join(f"{k} {v:.0f} ms" for k, v in stalls.items()))


def test_a_new_load_wins_over_a_sort_still_running(qtbot, table) -> None:  # noqa: ANN001
    model, _view = table
    model.set_rows(_records(20_000))
    model.sort(1)
    model.set_rows(_records(3))  # the answer of a new search arrives before the sort is done
    qtbot.waitUntil(lambda: model.rowCount() == 3 and [r["name"] for r in model.rows]
                    == sorted(r["name"] for r in _records(3)), timeout=30000)
    qtbot.wait(300)
    assert model.rowCount() == 3


def test_ticked_rows_follow_their_records_through_a_sort(qtbot) -> None:  # noqa: ANN001
    model = DictTableModel([("车辆识别代号", lambda r: r["vin"])], checkable=True)
    model.set_rows([{"vin": v} for v in ("C", "A", "B")], checked=[0])  # C ticked
    ready = []
    model.view_ready.connect(lambda: ready.append(1))
    model.sort(0)
    qtbot.waitUntil(lambda: ready == [1], timeout=10000)
    assert [r["vin"] for r in model.rows] == ["A", "B", "C"]
    assert model.checked_rows() == [{"vin": "C"}]
    assert model.data(model.index(2, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
