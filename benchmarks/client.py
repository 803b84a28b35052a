"""Benchmark: the counter application against bare baselines measured in the same run (issue 17).

    .venv/bin/python benchmarks/client.py [--small] [--only crash,start,tables,printing,soak]

`BENCH_SMALL=1` (or `--small`) runs CI sizes: 10,000 table rows instead of 100,000, a 200-row
roster instead of 1,000, 400 soak transactions instead of 2,000. Every figure is printed
beside its baseline and the ratio; start-up figures come from fresh child processes (Qt
offscreen) so that imports and RSS are a real start's. A real central API (`central-api
--demo` on SQLite) runs as a child process for the parts that sign in.

Figures (what the issue's table lists):
- start → log-in window painted, vs a bare PySide6 window painted (process start to first paint);
- RSS after sign-in, vs a bare main window with a table of 100 rows;
- UI-thread stall during sign-in (from the click to the main window shown);
- 100,000 rows: the longest UI stall while loading, updating one row, sorting and filtering,
  vs a plain model of strings (load, update);
- one application form and an N-row roster as PDF, vs a bare reportlab canvas drawing the same
  strings in the same font;
- RSS growth per transaction over the soak's second half (registration, booking, printing, sync);
- UI-thread stall of the first candidate lookup after sign-in (the booking page);
- the crash probe: how `True`'s and `None`'s reference counts move over 100,000 signal emits and
  20,000 thread-pool tasks (PySide6 6.12.0 on CPython 3.11 lost one per emit / per task, and the
  program aborted with `bool_dealloc` when a count reached zero); the baseline is no change.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PARTS = ("crash", "start", "tables", "printing", "soak")


# --- helpers shared by the children ---------------------------------------------------------------
def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _emit(**figures: Any) -> None:
    print("RESULT " + json.dumps(figures), flush=True)


def _child(part: str, *args: str, env: dict[str, str] | None = None, timeout: float = 300) -> dict[str, Any]:
    """Run `client.py --child part args…` and return its RESULT line, with the parent's start time."""
    started = time.time()
    proc = subprocess.run([sys.executable, __file__, "--child", part, *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout, cwd=ROOT)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[7:])
            result["_started"] = started
            return result
    raise RuntimeError(f"child {part} failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")


def _wait_until(condition, timeout: float = 60.0) -> None:  # noqa: ANN001
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        QTimer.singleShot(2, loop.quit)
        loop.exec()


def _settle(ms: int = 300) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _paint_watch(widget) -> dict[str, float]:  # noqa: ANN001
    """Record the wall-clock time of the widget's first paint."""
    from PySide6.QtCore import QEvent, QObject

    seen: dict[str, float] = {}

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: ANN001, ANN201, N802
            if event.type() == QEvent.Type.Paint and "painted" not in seen:
                seen["painted"] = time.time()
            return False

    watch = Watch(widget)
    widget.installEventFilter(watch)
    seen["_watch"] = watch  # type: ignore[assignment]  # keep it alive
    return seen


# --- children: start-up ---------------------------------------------------------------------------
def child_bare_window() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication([])
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("bare window"))
    seen = _paint_watch(window)
    window.show()
    _wait_until(lambda: "painted" in seen)
    _emit(painted=seen["painted"], rss=_rss_mb())
    app.quit()


def child_bare_table() -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([])
    window = QMainWindow()
    model = QStandardItemModel(100, 6)
    for r in range(100):
        for c in range(6):
            model.setItem(r, c, QStandardItem(f"cell {r}/{c}"))
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 720)
    window.show()
    _settle(500)
    _emit(rss=_rss_mb())
    app.quit()


def child_app(api_url: str) -> None:
    """The real `counter-app` start (entry.main, the console script), timed to the log-in window's first paint, then a
    sign-in through the dialog with the stall meter running, then RSS with the main window up."""
    import counter_app.app as app_module
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    figures: dict[str, Any] = {}
    original = app_module.Controller.show_login

    def show_login(self):  # noqa: ANN001, ANN202
        dialog = original(self)
        if "painted" in figures:
            return dialog
        figures["seen"] = _paint_watch(dialog)
        QTimer.singleShot(0, lambda: drive(self, dialog))
        return dialog

    def drive(controller, dialog) -> None:  # noqa: ANN001
        from counter_app.services.stall_meter import StallMeter

        try:
            _wait_until(lambda: "painted" in figures["seen"])
            figures["painted"] = figures["seen"]["painted"]
            _wait_until(lambda: controller.ctx is not None and controller.ctx.monitor.online is True)
            dialog.username.setText("clerk01")
            dialog.password.setText("Counter#2026")
            meter = StallMeter().start()
            dialog.login_button.click()
            _wait_until(lambda: controller.window is not None and controller.window.isVisible())
            _settle(200)
            figures["sign_in_stall"] = meter.stop()
            _settle(3000)  # what loads in the background after sign-in has landed
            import gc

            gc.collect()
            figures["rss_signed_in"] = _rss_mb()
            figures["first_lookup_stall"] = _first_candidate_lookup(controller.window)
        except Exception as exc:  # noqa: BLE001
            figures["error"] = repr(exc)
        QApplication.instance().quit()

    app_module.Controller.show_login = show_login
    from counter_app.entry import main as counter_app

    counter_app(["--api-url", api_url])
    figures.pop("seen", None)
    _emit(**figures)


def _first_candidate_lookup(window) -> float:  # noqa: ANN001
    """The longest UI stall of the first exam-candidate lookup after sign-in (a demo candidate)."""
    from counter_app.services.stall_meter import StallMeter

    window.show_page("exam_booking")
    page = window.exam_booking_page
    _settle(300)
    page.lookup.id_number.setText("320104199807020229")
    page.lookup.mobile.setText("13905170002")
    meter = StallMeter().start()
    page.lookup.find_button.click()
    _wait_until(lambda: page.subjects.rowCount() == 4)  # 科目一 to 科目四 came back
    _settle(100)
    return meter.stop()


def child_crash(emits: int, tasks: int) -> None:
    """The refcount probe of the PySide6 crash (issue 17), in a fresh process."""
    import gc

    import PySide6
    from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

    class Emitter(QObject):
        flag = Signal(bool)

    class Task(QRunnable):
        def run(self) -> None:
            return None

    app = QCoreApplication([])  # noqa: F841 - signals need an application object
    emitter = Emitter()
    emitter.flag.connect(lambda value: None)
    pool = QThreadPool()
    pool.setExpiryTimeout(-1)  # the workers stay: their thread states would move None's count
    for _ in range(100):  # warm-up: the pool's threads exist before the count is read
        pool.start(Task())
    pool.waitForDone()
    gc.collect()
    true_before = sys.getrefcount(True)
    for _ in range(emits):
        emitter.flag.emit(True)
    true_delta = sys.getrefcount(True) - true_before
    none_before = sys.getrefcount(None)
    for _ in range(tasks):
        pool.start(Task())
    pool.waitForDone()
    none_delta = sys.getrefcount(None) - none_before
    _emit(true_delta=true_delta, none_delta=none_delta, pyside=PySide6.__version__, python=sys.version.split()[0])


# --- children: tables -----------------------------------------------------------------------------
def _table_rows(n: int) -> list[dict[str, Any]]:
    import random

    rng = random.Random(17)
    subjects = ["科目一", "科目二", "科目三", "科目四"]
    return [{"id": i, "name": f"考生{rng.randrange(10**6):06d}", "id_number": f"3201********{i % 10000:04d}",
             "subject": subjects[i % 4], "status": rng.choice(["已预约", "已取消", "候补"]),
             "time": f"2026-12-{1 + i % 28:02d} {8 + i % 9:02d}:00"} for i in range(n)]


def _timed_op(start, done) -> tuple[float, float]:  # noqa: ANN001
    """Start an operation inside the event loop; return (ms until done, longest UI stall in ms)."""
    from PySide6.QtCore import QTimer

    from counter_app.services.stall_meter import StallMeter

    _settle(100)
    meter = StallMeter().start()
    t0 = time.perf_counter()
    QTimer.singleShot(0, start)
    _wait_until(done, timeout=120)
    elapsed = (time.perf_counter() - t0) * 1000
    _settle(150)  # the repaint that follows
    return elapsed, meter.stop()


def child_tables(n: int) -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([])
    rows = _table_rows(n)
    keys = ["id", "name", "id_number", "subject", "status", "time"]
    figures: dict[str, float] = {}

    # The baseline: a plain model of strings, nothing computed per cell.
    class Plain(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.data_rows: list[list[str]] = []

        def rowCount(self, parent=QModelIndex()):  # noqa: ANN001, ANN202, B008, N802
            return len(self.data_rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: ANN001, ANN202, B008, N802
            return 6

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN202
            if role == Qt.ItemDataRole.DisplayRole:
                return self.data_rows[index.row()][index.column()]
            return None

    plain = Plain()
    view = QTableView()
    view.setModel(plain)
    view.resize(1200, 700)
    view.show()
    strings = [[str(r[k]) for k in keys] for r in rows]

    def plain_load() -> None:
        plain.beginResetModel()
        plain.data_rows = strings
        plain.endResetModel()
        figures["plain_loaded"] = 1

    figures["plain_load"] = _timed_op(plain_load, lambda: "plain_loaded" in figures)[1]

    def plain_update() -> None:
        plain.data_rows[n // 2] = list(plain.data_rows[n // 2])
        plain.data_rows[n // 2][4] = "已取消"
        plain.dataChanged.emit(plain.index(n // 2, 0), plain.index(n // 2, 5))
        figures["plain_updated"] = 1

    figures["plain_update"] = _timed_op(plain_update, lambda: "plain_updated" in figures)[1]
    view.close()

    # The application's table: RecordTableModel in the view every page builds (make_table).
    from counter_app.views.record_table import Column, RecordTableModel
    from counter_app.views.widgets import make_table

    model = RecordTableModel([Column(k, (lambda r, k=k: r[k])) for k in keys])
    view = make_table(model, "bench")
    view.resize(1200, 700)
    view.show()
    _settle(100)
    threaded = hasattr(model, "set_filter")  # after issue 17: sort and filter off the UI thread
    figures["threaded"] = float(threaded)

    def load() -> None:
        model.set_rows(rows)
        figures["loaded"] = 1

    figures["load"] = _timed_op(load, lambda: "loaded" in figures and model.rowCount() == n)[1]

    def update() -> None:
        record = dict(rows[n // 2], status="已取消")
        model.update_row(record)
        figures["updated"] = 1

    figures["update"] = _timed_op(update, lambda: "updated" in figures)[1]

    if threaded:
        ready = {"n": 0}
        model.view_ready.connect(lambda: ready.__setitem__("n", ready["n"] + 1))
        before = ready["n"]
        figures["sort"] = _timed_op(lambda: model.sort(1, Qt.SortOrder.DescendingOrder),
                                    lambda: ready["n"] > before)[1]
        before = ready["n"]
        figures["filter"] = _timed_op(lambda: model.set_filter("考生12"), lambda: ready["n"] > before)[1]
        figures["filtered_rows"] = model.rowCount()
    else:
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(model)
        view.setModel(proxy)
        _settle(200)
        figures["sort"] = _timed_op(lambda: (proxy.sort(1, Qt.SortOrder.DescendingOrder), figures.update(sorted=1)),
                                    lambda: "sorted" in figures)[1]
        proxy.setFilterKeyColumn(1)
        figures["filter"] = _timed_op(lambda: (proxy.setFilterFixedString("考生12"), figures.update(filtered=1)),
                                      lambda: "filtered" in figures)[1]
        figures["filtered_rows"] = proxy.rowCount()
    _emit(**figures)
    app.quit()


# --- children: printing -----------------------------------------------------------------------------
def _median_ms(fn, runs: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def child_printing(roster_rows: int) -> None:
    import io
    from datetime import datetime

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from counter_app.domain.timefmt import SHANGHAI
    from counter_app.services.exams import Clerk, roster_form
    from counter_app.services.printing import FONT, Grid, Text, ensure_font, render_pdf
    from counter_app.services.registration import registration_form

    ensure_font()
    user = {"kind": "personal", "user_type": "vehicle_owner", "name": "张伟", "id_number": "320102198001011234",
            "mobile": "13905171234", "face_signed": True, "binding_limit": 3, "binding_count": 2,
            "registration_no": "ZC2026112500001",
            "vehicles": [{"plate": "苏A12345", "vin": "LSVAU2180N2183294", "vehicle_type": "小型轿车", "brand": "大众"},
                         {"plate": None, "vin": "LFV2A21K7N3029458", "vehicle_type": "小型轿车", "brand": "一汽"}]}
    printed_at = datetime(2026, 11, 25, 9, 0, tzinfo=SHANGHAI)
    form = registration_form(user, change=False, clerk="王警官（clerk01）", station="南京市车管所", printed_at=printed_at)
    roster = {"plan": {"id": 17, "site_name": "尧化门考场", "exam_date": "2026-12-07", "start_time": "09:00",
                       "subject_name": "科目一", "licence_class": "C1", "capacity": roster_rows},
              "count": roster_rows,
              "data": [{"seat": i, "candidate_name": f"考生{i:04d}", "id_number_masked": f"320102********{i % 10000:04d}",
                        "licence_class": "C1", "booking_id": 1000 + i} for i in range(1, roster_rows + 1)]}
    roster_spec = roster_form(roster, Clerk("王警官", "clerk01", "南京市车管所", printed_at))

    def texts(spec) -> list[str]:  # noqa: ANN001
        out = [spec.title, spec.form_number, spec.serial, spec.footer, *spec.signatures, *spec.notes]
        for block in spec.blocks:
            if isinstance(block, Grid):
                out += list(block.headers) + [c for row in block.rows for c in row]
            elif isinstance(block, Text):
                out.append(block.text)
            else:
                out += [str(v) for v in vars(block).values() if isinstance(v, str)]
                for row in getattr(block, "rows", []):
                    out += [x for c in row for x in (c.label, c.value)]
        return out

    def bare(strings: list[str], per_page: int) -> bytes:
        """The same strings in the same font, one per cell of a ruled grid of 7 columns."""
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, invariant=1)
        canvas.setFont(FONT, 9.5)
        for i, s in enumerate(strings):
            slot = i % (per_page * 7)
            if i and slot == 0:
                canvas.showPage()
                canvas.setFont(FONT, 9.5)
            x, y = 45 + (slot % 7) * 72, 800 - (slot // 7) * 22
            canvas.rect(x - 2, y - 6, 72, 22, stroke=1, fill=0)
            canvas.drawString(x, y, s)
        canvas.save()
        return buffer.getvalue()

    form_texts, roster_texts = texts(form), texts(roster_spec)
    roster_per_page = 34 if roster_rows else 34
    runs_form, runs_roster = 30, 3
    figures = {
        "form": _median_ms(lambda: render_pdf(form), runs_form),
        "form_bare": _median_ms(lambda: bare(form_texts, 34), runs_form),
        "roster": _median_ms(lambda: render_pdf(roster_spec), runs_roster),
        "roster_bare": _median_ms(lambda: bare(roster_texts, roster_per_page), runs_roster),
        "roster_rows": roster_rows,
    }
    _emit(**figures)


# --- children: soak -----------------------------------------------------------------------------------
def child_soak(api_url: str, transactions: int) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.endurance.soak import Soak

    app = QApplication([])
    with tempfile.TemporaryDirectory(dir="/dev/shm" if os.path.isdir("/dev/shm") else None) as tmp:
        soak = Soak.sign_in(api_url, Path(tmp))
        t0 = time.perf_counter()
        soak.run(transactions, sample_every=max(1, transactions // 20))
        elapsed = time.perf_counter() - t0
        soak.stop()
    half = transactions // 2
    curve = dict(soak.curve)
    first, last = curve[min(curve, key=lambda k: abs(k - half))], curve[max(curve)]
    _emit(transactions=transactions, seconds=elapsed, rss_half=first, rss_end=last,
          kb_per_transaction=(last - first) * 1024 / (transactions - half),
          growth_pct=(last - first) / first * 100, failures=len(soak.failures), curve=soak.curve)
    app.quit()


# --- the parent ---------------------------------------------------------------------------------------
class Table:
    def __init__(self) -> None:
        self.lines: list[str] = ["| what | measured | baseline | ratio |", "|---|---|---|---|"]

    def add(self, what: str, value: float, unit: str, baseline: float | None = None) -> None:
        if baseline:
            self.lines.append(f"| {what} | {value:,.1f} {unit} | {baseline:,.1f} {unit} | {value / baseline:.2f}× |")
        else:
            self.lines.append(f"| {what} | {value:,.1f} {unit} | — | — |")
        print(self.lines[-1], flush=True)

    def row(self, what: str, measured: str, baseline: str, verdict: str) -> None:
        self.lines.append(f"| {what} | {measured} | {baseline} | {verdict} |")
        print(self.lines[-1], flush=True)


def start_api(workdir: Path):  # noqa: ANN201
    import requests

    from counter_app.services.embedded_api import EmbeddedApi

    api = EmbeddedApi(workdir)
    api.start()
    deadline = time.monotonic() + 600  # the demo seeds 576,000 plates: minutes on a loaded machine
    while time.monotonic() < deadline and api.process.poll() is None:
        try:
            if requests.get(f"{api.base_url}/api/v1/health", timeout=1).ok:
                return api
        except requests.RequestException:
            time.sleep(0.1)
    api.stop()
    log = (workdir / "central-api.log").read_text(errors="replace")
    raise TimeoutError(f"central-api did not come up:\n{log[-3000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true", default=bool(os.environ.get("BENCH_SMALL")))
    parser.add_argument("--only", default=",".join(PARTS))
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        name, *rest = args.child
        {"bare_window": child_bare_window, "bare_table": child_bare_table, "app": child_app,
         "crash": lambda *a: child_crash(int(a[0]), int(a[1])),
         "tables": lambda *a: child_tables(int(a[0])), "printing": lambda *a: child_printing(int(a[0])),
         "soak": lambda *a: child_soak(a[0], int(a[1]))}[name](*rest)
        return 0

    only = set(args.only.split(","))
    rows, roster, transactions = (10_000, 200, 400) if args.small else (100_000, 1_000, 2_000)
    print(f"# benchmarks/client.py {'(small)' if args.small else ''} on {os.uname().nodename}, "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", flush=True)
    table = Table()
    # SQLite files in memory where the machine has /dev/shm: the figures are about the client,
    # not about how fast a loaded disk syncs.
    scratch = "/dev/shm" if os.path.isdir("/dev/shm") else None
    with tempfile.TemporaryDirectory(dir=scratch) as tmp:
        env = {"COUNTER_APP_DATA_DIR": str(Path(tmp) / "data"), "XDG_CACHE_HOME": str(Path(tmp) / "cache")}
        api = start_api(Path(tmp) / "api") if only & {"start", "soak"} else None
        try:
            if "crash" in only:
                c = _child("crash", "100000", "20000")
                print(f"crash probe: PySide6 {c['pyside']} on CPython {c['python']}: 100,000 emits moved True's count "
                      f"by {c['true_delta']:+d}, 20,000 pool tasks moved None's by {c['none_delta']:+d} "
                      "(baseline: no change; a fall is the bug that aborted the program)", flush=True)
                for what, delta in (("True per 100,000 emits", c["true_delta"]), ("None per 20,000 pool tasks", c["none_delta"])):
                    table.row(f"crash probe: references lost to {what}", f"{max(0, -delta):,}", "0 (the bug: one each)",
                              "ok" if delta >= 0 else "**the crash bug**")
            if "start" in only:
                bare = [_child("bare_window") for _ in range(3)]
                bare_start = statistics.median((r["painted"] - r["_started"]) * 1000 for r in bare)
                bare_table = statistics.median(_child("bare_table")["rss"] for _ in range(2))
                runs = [_child("app", api.base_url, env=env) for _ in range(4)]  # the first fills caches
                errors = [r["error"] for r in runs if "error" in r]
                if errors:
                    raise RuntimeError(errors[0])
                warm = runs[1:]
                start = statistics.median((r["painted"] - r["_started"]) * 1000 for r in warm)
                table.add("start → log-in window painted (first start of the day)",
                          (runs[0]["painted"] - runs[0]["_started"]) * 1000, "ms", bare_start)
                table.add("start → log-in window painted", start, "ms", bare_start)
                table.add("RSS after sign-in (vs bare main window with a table)",
                          statistics.median(r["rss_signed_in"] for r in warm), "MB", bare_table)
                table.add("UI thread blocked during sign-in", statistics.median(r["sign_in_stall"] for r in warm), "ms")
                table.add("UI thread blocked during the first candidate lookup",
                          statistics.median(r["first_lookup_stall"] for r in warm), "ms")
            if "tables" in only:
                t = _child("tables", str(rows), timeout=1800)
                how = "in Python off the UI thread" if t["threaded"] else "through a QSortFilterProxyModel"
                table.add(f"{rows:,} rows: load (longest UI stall)", t["load"], "ms", t["plain_load"])
                table.add(f"{rows:,} rows: update one row (longest UI stall)", t["update"], "ms", t["plain_update"])
                table.add(f"{rows:,} rows: sort {how} (longest UI stall)", t["sort"], "ms")
                table.add(f"{rows:,} rows: filter {how} (longest UI stall)", t["filter"], "ms")
            if "printing" in only:
                p = _child("printing", str(roster))
                table.add("one application form (PDF, vs bare canvas)", p["form"], "ms", p["form_bare"])
                table.add(f"a {roster:,}-candidate roster (PDF, vs bare canvas)", p["roster"], "ms", p["roster_bare"])
            if "soak" in only:
                s = _child("soak", api.base_url, str(transactions), env=env, timeout=3600)
                table.add(f"RSS growth per transaction over transactions {transactions // 2:,}–{transactions:,}",
                          s["kb_per_transaction"], "KB")
                print(f"soak: {transactions:,} transactions in {s['seconds']:.0f} s, RSS {s['rss_half']:.0f} → "
                      f"{s['rss_end']:.0f} MB over the second half ({s['growth_pct']:+.1f}%), "
                      f"{s['failures']} failed; curve (transactions, MB): "
                      + " ".join(f"{n}:{mb:.0f}" for n, mb in s["curve"]), flush=True)
        finally:
            if api is not None:
                api.stop()
    print("\n".join(table.lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
