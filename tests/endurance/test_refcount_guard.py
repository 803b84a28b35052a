"""Guard against the PySide6 reference-count bug that killed the counter after ~500 transactions.

PySide6 6.12.0 on CPython 3.11 releases one reference to ``True`` on every signal emit and one
to ``None`` each time a Python ``QRunnable.run()`` returns; when a count reaches zero CPython
aborts with ``Fatal Python error: bool_dealloc`` / ``none_dealloc``. The stack pinned in
pyproject.toml (docs/DECISIONS.md, "The PySide6 crash") keeps both counts. An upgrade that brings
the bug back fails here: 100,000 emits and 20,000 pool tasks must not lower either count.
"""
from __future__ import annotations

import gc
import sys
import time

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

EMITS = 100_000
TASKS = 20_000


class _Emitter(QObject):
    bare = Signal()
    flag = Signal(bool)
    payload = Signal(object)


class _Task(QRunnable):
    def run(self) -> None:  # returns None: the path that lost a reference to None
        return None


def test_signals_and_pool_tasks_keep_true_and_none(qapp, report_figure) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.payload.connect(received.append)
    emitter.flag.connect(lambda value: None)
    gc.collect()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    started = time.perf_counter()
    for i in range(EMITS // 2):
        emitter.bare.emit()
        emitter.flag.emit(True)
    pool = QThreadPool()
    for _ in range(TASKS):
        pool.start(_Task())
    pool.waitForDone()
    for i in range(1000):
        emitter.payload.emit(i)
    received.clear()
    gc.collect()
    true_delta = sys.getrefcount(True) - true_before
    none_delta = sys.getrefcount(None) - none_before
    report_figure(
        f"refcount guard: {EMITS:,} emits + {TASKS:,} pool tasks in {time.perf_counter() - started:.1f} s: "
        f"True {true_delta:+d}, None {none_delta:+d} (must not fall)"
    )
    # Immortal objects (CPython >= 3.12) read a constant count; a mortal count must not fall.
    assert true_delta >= 0, f"lost {-true_delta} references to True"
    assert none_delta >= 0, f"lost {-none_delta} references to None"
