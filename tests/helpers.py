"""Helpers the tests share (fixtures live in conftest.py)."""
from __future__ import annotations

from datetime import datetime

from fastapi.testclient import TestClient

from central_api.accounts.demo import DEMO_PASSWORD
from counter_app.domain.timefmt import SHANGHAI

# The instant every API test starts at: Wednesday 2026-11-25 09:00 in Nanjing.
T0 = datetime(2026, 11, 25, 9, 0, tzinfo=SHANGHAI)


def login(client: TestClient, username: str, password: str = DEMO_PASSWORD, **extra):  # noqa: ANN003, ANN201
    return client.post("/api/v1/auth/login", json={"username": username, "password": password, **extra})


def login_headers(client: TestClient, username: str, password: str = DEMO_PASSWORD) -> dict[str, str]:
    response = login(client, username, password)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def assert_error(response, status: int, code: str) -> dict:  # noqa: ANN001
    """The error shape every client relies on: top-level code and a Chinese message."""
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code
    assert "detail" not in body
    assert any("\u4e00" <= ch <= "\u9fff" for ch in body["message"]), body["message"]
    return body
