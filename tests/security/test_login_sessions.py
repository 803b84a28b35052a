"""Issue 11, item 16: one session per account. A new sign-in ends the older one, whose next call
is answered with a message the counter shows before going back to the sign-in."""
from __future__ import annotations

from tests.helpers import assert_error, login_headers

API = "/api/v1"


def test_a_new_sign_in_ends_the_older_session(session_client):
    first = login_headers(session_client, "clerk01")
    other = login_headers(session_client, "clerk02")
    second = login_headers(session_client, "clerk01")
    body = assert_error(session_client.get(f"{API}/stations", headers=first), 401, "session_replaced")
    assert "另一台电脑登录" in body["message"]
    assert session_client.get(f"{API}/stations", headers=second).status_code == 200
    assert session_client.get(f"{API}/stations", headers=other).status_code == 200  # another account's goes on


def test_a_signed_out_token_is_not_called_replaced(session_client):
    first = login_headers(session_client, "clerk01")
    assert session_client.post(f"{API}/auth/logout", headers=first).status_code == 204
    login_headers(session_client, "clerk01")
    assert_error(session_client.get(f"{API}/stations", headers=first), 401, "invalid_token")


def test_the_122_gateway_keeps_parallel_sessions(session_client):
    """The gateway is a server with several instances, not a person at a PC (a decision)."""
    first = login_headers(session_client, "internet01")
    second = login_headers(session_client, "internet01")
    for headers in (first, second):
        assert session_client.get(f"{API}/stations", headers=headers).status_code == 200
