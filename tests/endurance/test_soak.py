"""A counter's day in fast motion: 2,000 transactions (registration, booking, printing, sync)
through the real services and the task runner against a real central API, with the health
probe ticking every 50 ms. Memory must level off: once the caches and pools are warm, the
resident set may grow by less than 5% over the second 1,000 transactions (the task carriers
kept ~95 KB per transaction before issue 17). The RSS curve is printed."""
from __future__ import annotations

import gc
import os
import tempfile
import time
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from counter_app.services.tasks import TaskRunner
from tests.conftest import LiveApi
from tests.endurance.soak import Soak, wait_until

TRANSACTIONS = int(os.environ.get("SOAK_TRANSACTIONS", "2000"))  # a multiple of 200


@pytest.fixture
def scratch() -> Iterator[Path]:
    """The centre's and the counter's SQLite files in /dev/shm where there is one (as the fault
    tests do, docs/DECISIONS.md): the soak is about memory, not about how fast a disk syncs."""
    with tempfile.TemporaryDirectory(dir="/dev/shm" if Path("/dev/shm").is_dir() else None) as tmp:
        yield Path(tmp)


@pytest.fixture
def live_api(scratch: Path) -> Iterator[LiveApi]:
    api = LiveApi(scratch / "api")
    api.start(timeout=300)
    yield api
    api.stop()


@pytest.mark.timeout(1800)  # ~1-2 min on an idle 2-core PC; the bound is the count, not a time
def test_two_thousand_transactions_level_off(qapp, live_api, scratch, report_figure) -> None:  # noqa: ANN001
    soak = Soak.sign_in(live_api.base_url, scratch / "counter")
    started = time.perf_counter()
    try:
        soak.run(TRANSACTIONS, sample_every=100)
    finally:
        soak.stop()
    curve = dict(soak.curve)
    half, end = curve[TRANSACTIONS // 2], curve[TRANSACTIONS]
    growth = (end - half) / half * 100
    report_figure(
        f"soak: {TRANSACTIONS:,} transactions in {time.perf_counter() - started:.0f} s, RSS {half:.0f} → {end:.0f} MB "
        f"over the second half ({growth:+.1f}%); curve (transactions:MB) "
        + " ".join(f"{n}:{mb:.0f}" for n, mb in soak.curve))
    assert not soak.failures, soak.failures[:3]
    assert len(soak.registered) == TRANSACTIONS // 4  # every registration reached the centre
    assert soak.ctx.runner.pending == 0
    assert growth < 5, f"RSS grew {growth:.1f}% over the second {TRANSACTIONS // 2:,} transactions"


def test_a_finished_job_lets_go_of_its_callbacks(qapp) -> None:  # noqa: ANN001
    """What a callback holds (a page, a form, an answer) is freed once the job has delivered."""

    class Page:
        def done(self, result: object) -> None:
            self.result = result

    runner = TaskRunner()
    page = Page()
    gone = weakref.ref(page)
    runner.submit(lambda: "answer", page.done)
    wait_until(lambda: getattr(gone(), "result", None) == "answer")
    del page
    gc.collect()
    assert gone() is None
    assert runner.pending == 0
