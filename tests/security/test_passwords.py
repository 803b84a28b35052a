"""Issue 11, items 5 and 16: password guesses with a stolen token count toward the lock-out;
passwords expire after 90 days; the last 5 are refused; weak passwords are refused.
"""
from __future__ import annotations

from datetime import timedelta

import pytest

from central_api.accounts.demo import DEMO_PASSWORD
from counter_app.domain.passwords import password_problems
from tests.helpers import assert_error, login, login_headers

API = "/api/v1"


def _change(client, headers, old: str, new: str):  # noqa: ANN001, ANN201
    return client.post(f"{API}/auth/password", json={"old_password": old, "new_password": new}, headers=headers)


def test_wrong_old_passwords_count_toward_the_lock_out(client, clock):
    stolen = login_headers(client, "clerk01")
    for attempt in range(4):
        assert_error(_change(client, stolen, f"guess{attempt}", "Xuanwu#Lake2026"), 401, "invalid_credentials")
    # The fifth wrong guess locks the account (max_failed_logins = 5) and ends its sessions.
    assert_error(_change(client, stolen, "guess5", "Xuanwu#Lake2026"), 423, "account_locked")
    assert_error(client.get(f"{API}/stations", headers=stolen), 401, "invalid_token")
    assert_error(login(client, "clerk01"), 423, "account_locked")  # even the right password
    clock.advance(timedelta(minutes=15))
    assert login(client, "clerk01").status_code == 200


def test_guesses_on_both_doors_add_up(client):
    headers = login_headers(client, "clerk01")
    for attempt in range(2):
        assert_error(_change(client, headers, f"guess{attempt}", "Xuanwu#Lake2026"), 401, "invalid_credentials")
    for attempt in range(2):
        assert_error(login(client, "clerk01", f"bad{attempt}"), 401, "invalid_credentials")
    assert_error(login(client, "clerk01", "bad-fifth"), 423, "account_locked")


def test_the_last_five_passwords_are_refused(client):
    headers = login_headers(client, "phone01")
    passwords = [DEMO_PASSWORD, "Qinhuai#River81", "Zijin$Mountain72", "Xuanwu&Lake2026x", "Jiangbei@Bridge63",
                 "Gulou!Tower5749", "Yuhua^Terrace388"]
    for old, new in zip(passwords, passwords[1:]):
        assert _change(client, headers, old, new).status_code == 204, new
    current = passwords[-1]
    # The current one and the four before it (the last five) are refused …
    for reused in passwords[2:-1]:
        body = assert_error(_change(client, headers, current, reused), 422, "password_reused")
        assert "5" in body["message"]
    assert_error(_change(client, headers, current, current), 422, "password_unchanged")
    # … the sixth-last is allowed again.
    assert _change(client, headers, current, passwords[1]).status_code == 204


def test_a_reset_cannot_reuse_a_recent_password_either(client):
    admin = login_headers(client, "sysadmin01")
    clerk = next(a for a in client.get(f"{API}/accounts", headers=admin).json()["data"] if a["username"] == "clerk02")
    reset = f"{API}/accounts/{clerk['id']}/password"
    assert client.post(reset, json={"password": "Qinhuai#River81"}, headers=admin).status_code == 200
    assert_error(client.post(reset, json={"password": "Qinhuai#River81"}, headers=admin), 422, "password_reused")


def test_a_password_expires_after_90_days(client, clock):
    headers = login_headers(client, "clerk01")
    assert _change(client, headers, DEMO_PASSWORD, "Qinhuai#River81").status_code == 204
    clock.advance(timedelta(days=89, hours=23))
    assert login(client, "clerk01", "Qinhuai#River81").json()["password_expired"] is False
    clock.advance(timedelta(hours=1))  # 90 days since the change
    signed_in = login(client, "clerk01", "Qinhuai#River81")
    assert signed_in.status_code == 200 and signed_in.json()["password_expired"] is True
    headers = {"Authorization": f"Bearer {signed_in.json()['access_token']}"}
    body = assert_error(client.get(f"{API}/stations", headers=headers), 403, "password_expired")
    assert "90" in body["message"]
    assert _change(client, headers, "Qinhuai#River81", "Zijin$Mountain72").status_code == 204
    assert client.get(f"{API}/stations", headers=headers).status_code == 200


@pytest.mark.parametrize("weak", ["Password123", "Qwerty12345", "Admin12345!", "P@ssw0rd123", "Woaini1314!",
                                  "Ab1!      ", "A b 1 ! c d e f", "Nanjing@123"])
def test_common_and_padded_passwords_are_refused(weak):
    assert password_problems(weak, "clerk09"), weak


@pytest.mark.parametrize("guessable", ["Abcdef1234!", "Nanjing2026!", "Aaaaaaaa1!"])
def test_guessable_passwords_are_refused_by_the_estimate(guessable):
    assert password_problems(guessable, "clerk09"), guessable


@pytest.mark.parametrize("strong", ["Qinhuai#River81", "Tianbao#2026x", "Zijin$Mountain72"])
def test_strong_passwords_pass(strong):
    assert password_problems(strong, "clerk09") == []


def test_the_api_refuses_a_weak_password_in_chinese(client):
    headers = login_headers(client, "phone01")
    body = assert_error(_change(client, headers, DEMO_PASSWORD, "Admin12345!"), 422, "password_weak")
    assert body["fields"] == ["new_password"]
