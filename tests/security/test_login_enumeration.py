"""Issue 11, item 4: a user name cannot be discovered from the sign-in's answer or its cost.

The cost is counted, not timed: every answer to a wrong password costs exactly one argon2 verify,
whether the name exists, does not exist, or belongs to a deactivated account.
"""
from __future__ import annotations

from tests.helpers import assert_error, login, login_headers


def test_unknown_and_existing_names_get_the_same_words_and_cost(counted):
    client, _services = counted
    hasher = client.app.state.services.hasher
    answers = []
    for name in ("clerk01", "nobody", "clerk02"):
        before = hasher.verifies
        body = assert_error(login(client, name, "wrong-password"), 401, "invalid_credentials")
        answers.append(body)
        assert hasher.verifies - before == 1, name  # one verify each: the unknown name's is a dummy
    assert answers[0] == answers[1] == answers[2] == {"code": "invalid_credentials", "message": "用户名或密码错误"}


def test_a_deactivated_account_answers_like_an_unknown_name(counted):
    client, _services = counted
    hasher = client.app.state.services.hasher
    admin = login_headers(client, "sysadmin01")
    phone = next(a for a in client.get("/api/v1/accounts", headers=admin).json()["data"] if a["username"] == "phone01")
    assert client.patch(f"/api/v1/accounts/{phone['id']}", json={"active": False}, headers=admin).status_code == 200
    before = hasher.verifies
    body = assert_error(login(client, "phone01"), 401, "invalid_credentials")  # even the right password
    assert body["message"] == "用户名或密码错误" and hasher.verifies - before == 1


def test_unknown_names_lock_out_like_existing_ones(counted):
    client, _services = counted
    settings = client.app.state.services.settings
    for name in ("clerk01", "nobody"):
        for attempt in range(settings.max_failed_logins - 1):
            assert_error(login(client, name, f"bad{attempt}"), 401, "invalid_credentials")
        locked = assert_error(login(client, name, "bad-last"), 423, "account_locked")
        again = assert_error(login(client, name, "bad-again"), 423, "account_locked")
        assert locked["message"] == again["message"]
        assert "2026-11-25 09:15" in locked["message"]  # T0 09:00 + 15 minutes, Nanjing time
