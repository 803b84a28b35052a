"""One table of PCs (issues 11, 12, 14): the live board names a counter PC by its enrolment.

A heartbeat sent with the token of a PC-signed sign-in points its board row at that enrolled
`device`; the board then shows the device's name, station and enrolment status (a revoked PC is
never shown online). A heartbeat of a password-only sign-in (require_device off) keeps the host
name it sent. Two simultaneous first heartbeats of one PC both answer 200 and leave one row.
"""
from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import func, select

from central_api.accounts.demo import DEMO_PASSWORD
from central_api.models import CounterDevice
from counter_app.services.device_identity import DeviceIdentity
from tests.api.test_plate_concurrency import POSTGRESQL_ONLY, LiveServer
from tests.helpers import login_headers

API = "/api/v1"
BEAT = {"hostname": "DESKTOP-7QK2", "version": "0.1.0", "pending_writes": 2, "refused_writes": 0}


def _signed_in_with_pc(client, pc: DeviceIdentity, username: str, station_id: int, name: str) -> dict:  # noqa: ANN001
    enrolment = client.post(f"{API}/devices/enrolment",
                            json={"public_key": pc.public_key(), "station_id": station_id, "name": name}).json()
    sysadmin = login_headers(client, "sysadmin01")
    assert client.post(f"{API}/devices/approval", json={"code": enrolment["code"]}, headers=sysadmin).status_code == 200
    challenge = client.post(f"{API}/auth/challenge", json={"device_id": enrolment["device_id"]}).json()["challenge"]
    answer = client.post(f"{API}/auth/login", json={
        "username": username, "password": DEMO_PASSWORD, "device_id": enrolment["device_id"],
        "challenge": challenge, "signature": pc.sign(challenge, username)})
    assert answer.status_code == 200, answer.text
    return {"headers": {"Authorization": f"Bearer {answer.json()['access_token']}"},
            "device_id": enrolment["device_id"]}


def _counter(board: dict, beat_id: str) -> dict:
    return next(c for c in board["counters"] if c["device_id"] == beat_id)


def test_the_board_names_the_enrolled_pc(client, tmp_path):  # noqa: ANN001
    admin = login_headers(client, "admin")
    signed = _signed_in_with_pc(client, DeviceIdentity(tmp_path / "pc"), "clerk02", 2, "江北-窗口3")
    beat_id = "5b7e0c1a-0000-4000-8000-0000000000a1"
    assert client.put(f"{API}/counters/{beat_id}/heartbeat", headers=signed["headers"], json=BEAT).status_code == 200
    bare_id = "5b7e0c1a-0000-4000-8000-0000000000b2"  # a password-only sign-in: no enrolled PC
    assert client.put(f"{API}/counters/{bare_id}/heartbeat", headers=login_headers(client, "clerk01"),
                      json={**BEAT, "hostname": "XW-WIN-01"}).status_code == 200

    board = client.get(f"{API}/board", headers=admin).json()
    pc = _counter(board, beat_id)
    assert (pc["name"], pc["hostname"], pc["enrolled_device_id"], pc["enrolment"]) == (
        "江北-窗口3", "DESKTOP-7QK2", signed["device_id"], "active")
    assert (pc["station_id"], pc["station_name"], pc["online"], pc["username"]) == (2, "南京市车管所江北分所", True,
                                                                                   "clerk02")
    bare = _counter(board, bare_id)
    assert (bare["name"], bare["enrolled_device_id"], bare["enrolment"], bare["station_id"]) == (
        "XW-WIN-01", None, None, 1)

    # Revoked: the board says so at once and no longer counts the PC online.
    sysadmin = login_headers(client, "sysadmin01")
    assert client.post(f"{API}/devices/{signed['device_id']}/revoke", headers=sysadmin).status_code == 200
    board = client.get(f"{API}/board", headers=admin).json()
    pc = _counter(board, beat_id)
    assert (pc["enrolment"], pc["online"]) == ("revoked", False)
    jiangbei = next(s for s in board["stations"] if s["station_id"] == 2)
    assert (jiangbei["counters_online"], jiangbei["counters_total"]) == (0, 1)
    # Its token ended with the revocation: no more heartbeats from it.
    assert client.put(f"{API}/counters/{beat_id}/heartbeat", headers=signed["headers"], json=BEAT).status_code == 401


TRIALS = 20


@POSTGRESQL_ONLY
def test_two_simultaneous_first_heartbeats_of_one_pc_leave_one_row(services, report_figure):  # noqa: ANN001
    """Each trial: a new PC id, two PUTs released together by a barrier (bounded: 20 trials × 2)."""
    with LiveServer(services) as live:
        headers = live.token("clerk01")
        barrier = threading.Barrier(2, timeout=30)

        def put(beat_id: str) -> int:
            with requests.Session() as http:
                barrier.wait()
                return http.put(f"{live.url}/counters/{beat_id}/heartbeat", headers=headers, json=BEAT,
                                timeout=30).status_code

        statuses: Counter[int] = Counter()
        with ThreadPoolExecutor(max_workers=2) as pool:
            for trial in range(TRIALS):
                beat_id = f"race-{trial:04d}-pc"
                statuses.update(pool.map(put, [beat_id, beat_id], timeout=60))
    report_figure(f"simultaneous first heartbeats on PostgreSQL: {TRIALS} trials × 2 → {dict(statuses)}")
    assert statuses == {200: 2 * TRIALS}
    with services.sessionmaker() as session:
        assert session.scalar(select(func.count()).select_from(CounterDevice)) == TRIALS
