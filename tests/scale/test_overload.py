"""Overload is answered, never deadlocked: more connections than the service admits at once.

The real `central-api` process, the load generator of the benchmarks (benchmarks/loadgen.py)
on loopback. Every request sent must get an answer (a 2xx, or 503 with Retry-After when it
waited too long for its place), none a 500. Bounded: the duration, then at most 60 s for
the last answers; the figures are reported, not asserted.
"""
from __future__ import annotations

import time

import pytest
import requests

from central import login, office_mix, registration
from loadgen import load
from tests.scale.conftest import CentralApi


def _answered_without_500(result) -> None:  # noqa: ANN001
    assert result.unanswered == 0, result.summary()
    assert 500 not in result.statuses, result.summary()
    assert set(result.statuses) <= {200, 201, 503}, result.summary()
    assert result.retry_after_seen == result.statuses.get(503, 0)


@pytest.mark.postgresql
def test_200_connections_for_15_s_on_postgresql_are_all_answered(pg_url, tmp_path, report_figure):
    api = CentralApi(pg_url, tmp_path).wait()
    try:
        token = login(api.port)
        result = load("127.0.0.1", api.port, registration(token, f"overload{time.time_ns()}"), connections=200,
                      duration=15, timeout=60)
    finally:
        api.stop()
    report_figure(f"overload, 200 connections × 15 s of registrations on PostgreSQL: {result.summary()}")
    _answered_without_500(result)
    assert result.ok > 0


def busy_office_on_sqlite(tmp_path):  # noqa: ANN001, ANN201
    """The embedded default (SQLite) under 50 connections of mixed reads and writes for 10 s (issue 13;
    tests/security/test_sqlite_load.py runs it too, for issue 11 item 2). Returns the load result and
    the /health answer after it."""
    api = CentralApi(f"sqlite:///{tmp_path / 'central.sqlite3'}", tmp_path).wait()
    try:
        clerk = login(api.port, "clerk01")
        result = load("127.0.0.1", api.port, office_mix(clerk, f"office{time.time_ns()}"), connections=50,
                      duration=10, timeout=60)
        health = requests.get(f"{api.url}/health", timeout=10)
    finally:
        api.stop()
    return result, health


def assert_busy_office_answered(result, health) -> None:  # noqa: ANN001
    _answered_without_500(result)
    assert health.status_code == 200
    assert result.statuses.get(200, 0) > 0 and result.statuses.get(201, 0) > 0


def test_a_busy_office_on_the_embedded_sqlite_gets_no_500(tmp_path, report_figure):
    result, health = busy_office_on_sqlite(tmp_path)
    report_figure(f"busy office on SQLite, 50 connections × 10 s (4 reads per registration): {result.summary()}")
    assert_busy_office_answered(result, health)
