"""The link monitor against a frozen centre (issue 16: a lookup ends in at most 5 s).

A frozen centre accepts connections (the kernel completes them into the listen backlog) and
never answers: each probe times out. One timed-out probe may be a busy machine, so the monitor
waits for a second; it sends that second probe at once instead of at the next tick, so the
counter is told "offline" within one interval and two probe timeouts, before a lookup's own 5 s
read timeout. Here the interval is long (10 s) and the probe timeout short (0.3 s), so the
difference is plain: offline after ~0.6 s, not after the next tick at 10 s.
"""
from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from counter_app.services.api_client import ApiClient
from counter_app.services.connectivity import ConnectivityMonitor
from counter_app.services.tasks import TaskRunner


@pytest.fixture
def frozen_centre() -> Iterator[str]:
    """A listening socket that never accepts nor answers: a SIGSTOPped centre, as seen from a PC."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()


def test_a_frozen_centre_is_called_offline_after_two_probes_not_at_the_next_tick(qtbot, frozen_centre) -> None:  # noqa: ANN001
    runner = TaskRunner()
    monitor = ConnectivityMonitor(ApiClient(frozen_centre, retries=0), runner, interval_ms=10_000, timeout=0.3)
    changes: list[bool] = []
    monitor.online_changed.connect(changes.append)
    monitor.start()
    try:
        # The timer's next tick is 10 s away: offline within 5 s means the second probe went at once.
        qtbot.waitUntil(lambda: monitor.online is False, timeout=5000)
    finally:
        monitor.stop()
        runner.pool.waitForDone(5000)
    assert changes == [False]
    assert monitor.api.known_offline  # requests now fail at once instead of waiting for a timeout


def test_one_timed_out_probe_alone_does_not_call_the_centre_offline(qtbot, frozen_centre) -> None:  # noqa: ANN001
    """A busy machine may miss one probe: the first timeout leaves the state as it was."""
    runner = TaskRunner()
    monitor = ConnectivityMonitor(ApiClient(frozen_centre, retries=0), runner, interval_ms=10_000, timeout=0.3)
    monitor.online = True  # as after an earlier answered probe
    failures: list[object] = []
    monitor._signals.failed.connect(failures.append)
    monitor.probe()  # one probe, the timer not running: no second one is sent
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
    qtbot.wait(700)  # a second probe would have timed out by now
    runner.pool.waitForDone(5000)
    assert monitor.online is True and len(failures) == 1
