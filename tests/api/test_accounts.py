"""Staff accounts and password rules (三员分立, issue 11: the system administrator manages accounts,
the security administrator lifts lock-outs; everyone changes their own)."""
from tests.helpers import assert_error, login, login_headers

NEW = {"username": "clerk09", "display_name": "孙警官", "role": "clerk", "station_id": 9, "password": "Tianbao#2026x"}


def test_sysadmin_creates_an_account_that_signs_in_at_its_station(client):
    admin = login_headers(client, "sysadmin01")
    created = client.post("/api/v1/accounts", json=NEW, headers=admin)
    assert created.status_code == 201, created.text
    assert login(client, "clerk09", NEW["password"]).json()["station"]["name"] == "天保考点"
    assert_error(client.post("/api/v1/accounts", json=NEW, headers=admin), 409, "username_taken")


def test_password_rules(client):
    admin = login_headers(client, "sysadmin01")
    for password, reason in (("Short#1", "至少10位"), ("alllowercase1", "至少三类"),
                             ("Clerk09#2026abc", "不能包含用户名")):
        body = assert_error(client.post("/api/v1/accounts", json={**NEW, "password": password}, headers=admin),
                            422, "password_weak")
        assert reason in body["message"]


def test_reset_ends_sessions_and_the_security_admin_lifts_the_lockout(client):
    admin = login_headers(client, "sysadmin01")
    security = login_headers(client, "secadmin01")
    clerk = login_headers(client, "clerk01")
    for attempt in range(5):
        login(client, "clerk01", f"bad{attempt}")
    assert_error(login(client, "clerk01"), 423, "account_locked")
    accounts = client.get("/api/v1/accounts", headers=admin).json()["data"]
    clerk_id = next(a["id"] for a in accounts if a["username"] == "clerk01")
    assert next(a for a in accounts if a["username"] == "clerk01")["locked_until"] is not None
    reset = client.post(f"/api/v1/accounts/{clerk_id}/password", json={"password": "Xuanwu#2026new"}, headers=admin)
    assert reset.status_code == 200
    assert_error(client.get("/api/v1/stations", headers=clerk), 401, "invalid_token")
    assert_error(login(client, "clerk01", "Xuanwu#2026new"), 423, "account_locked")
    assert_error(client.post(f"/api/v1/accounts/{clerk_id}/unlock", headers=admin), 403, "role_forbidden")
    unlocked = client.post(f"/api/v1/accounts/{clerk_id}/unlock", headers=security)
    assert unlocked.status_code == 200 and unlocked.json()["locked_until"] is None
    assert login(client, "clerk01", "Xuanwu#2026new").status_code == 200


def test_deactivated_accounts_cannot_sign_in(client):
    admin = login_headers(client, "sysadmin01")
    phone = login_headers(client, "phone01")
    accounts = client.get("/api/v1/accounts", headers=admin).json()["data"]
    phone_id = next(a["id"] for a in accounts if a["username"] == "phone01")
    assert client.patch(f"/api/v1/accounts/{phone_id}", json={"active": False}, headers=admin).status_code == 200
    assert_error(client.get("/api/v1/stations", headers=phone), 401, "invalid_token")
    assert_error(login(client, "phone01"), 401, "invalid_credentials")
    own_id = next(a["id"] for a in accounts if a["username"] == "sysadmin01")
    assert_error(client.patch(f"/api/v1/accounts/{own_id}", json={"active": False}, headers=admin), 422,
                 "self_lockout")


def test_everyone_changes_their_own_password(client):
    headers = login_headers(client, "phone01")
    assert_error(client.post("/api/v1/auth/password", json={"old_password": "wrong", "new_password": "Hotline#85280399"},
                             headers=headers), 401, "invalid_credentials")
    ok = client.post("/api/v1/auth/password", json={"old_password": "Counter#2026", "new_password": "Hotline#85280399"},
                     headers=headers)
    assert ok.status_code == 204
    assert client.get("/api/v1/stations", headers=headers).status_code == 200  # this session goes on
    assert login(client, "phone01", "Hotline#85280399").status_code == 200
