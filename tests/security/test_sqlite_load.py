"""Issue 11 item 2: the embedded SQLite centre under 50 parallel connections for 10 s gives 0 × 500.

Fixed by issue 13 (reads take no write lock, one writer waits in the event loop, more threads
than admitted requests); the load itself is tests/scale's busy office, run here for the
security suite with its p99 printed. Bounded: 10 s of load, then at most 60 s for the answers.
"""
from __future__ import annotations

import pytest

import tests.scale.conftest  # noqa: F401  (puts benchmarks/, the load generator, on sys.path)
from tests.scale.test_overload import assert_busy_office_answered, busy_office_on_sqlite

# A load test: main's `make test` runs the `serial` tests alone, after the parallel part.
pytestmark = pytest.mark.serial


def test_the_embedded_sqlite_centre_holds_50_parallel_connections(tmp_path, report_figure):
    result, health = busy_office_on_sqlite(tmp_path)
    report_figure(f"embedded SQLite centre, 50 parallel connections × 10 s → {result.statuses.get(500, 0)} × 500, "
                  f"p99 {result.percentile(99):,.0f} ms ({result.summary()})")
    assert_busy_office_answered(result, health)
