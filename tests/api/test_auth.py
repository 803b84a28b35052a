"""Log-in, lock-out, tokens and the error shape (on SQLite and on PostgreSQL)."""
from datetime import timedelta

from sqlalchemy import func, select

from central_api.models import AuditLog
from tests.helpers import assert_error, login, login_headers


def test_login_returns_token_role_and_station(client):
    response = login(client, "clerk02")
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["role"] == "clerk"
    assert body["station"]["name"] == "南京市车管所江北分所"
    # Token lifetime is 12 hours by default; the clock stands at 2026-11-25 09:00 +08:00.
    assert body["expires_at"].startswith("2026-11-25T13:00:00")
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    assert client.get("/api/v1/stations", headers=headers).status_code == 200


def test_wrong_password_is_refused_in_chinese(client):
    body = assert_error(login(client, "clerk01", "wrong-password"), 401, "invalid_credentials")
    # The same words as for an unknown name: no count of attempts left (issue 11, item 4).
    assert body["message"] == "用户名或密码错误"


def test_unknown_user_gets_the_same_answer_as_a_wrong_password(client):
    body = assert_error(login(client, "nobody", "x"), 401, "invalid_credentials")
    assert body["message"].startswith("用户名或密码错误")


def test_fifth_failure_locks_for_15_minutes_even_against_the_right_password(client, clock):
    for attempt in range(4):
        assert_error(login(client, "clerk01", f"bad{attempt}"), 401, "invalid_credentials")
    fifth = assert_error(login(client, "clerk01", "bad5"), 423, "account_locked")
    # 09:00 + 15 minutes, shown in Nanjing time.
    assert "2026-11-25 09:15" in fifth["message"]
    sixth = assert_error(login(client, "clerk01"), 423, "account_locked")
    assert "2026-11-25 09:15" in sixth["message"]

    clock.advance(timedelta(minutes=14, seconds=59))
    assert_error(login(client, "clerk01"), 423, "account_locked")
    clock.advance(timedelta(seconds=1))
    assert login(client, "clerk01").status_code == 200


def test_a_success_resets_the_failure_count(client):
    for attempt in range(4):
        login(client, "clerk01", f"bad{attempt}")
    assert login(client, "clerk01").status_code == 200
    for attempt in range(4):
        assert_error(login(client, "clerk01", f"bad{attempt}"), 401, "invalid_credentials")


def test_lockout_is_per_account(client):
    for attempt in range(5):
        login(client, "clerk01", f"bad{attempt}")
    assert login(client, "clerk02").status_code == 200


def test_account_signs_in_only_at_its_own_station(client):
    body = assert_error(login(client, "clerk02", station_id=1), 403, "station_mismatch")
    assert "江北分所" in body["message"]
    assert login(client, "clerk02", station_id=2).status_code == 200


def test_requests_without_a_valid_token_get_401_json(client):
    assert_error(client.get("/api/v1/stations"), 401, "not_authenticated")
    assert_error(client.get("/api/v1/stations", headers={"Authorization": "Bearer nonsense"}), 401,
                 "invalid_token")
    assert_error(client.get("/api/v1/audit"), 401, "not_authenticated")
    assert_error(client.post("/api/v1/auth/logout"), 401, "not_authenticated")


def test_token_expires_after_12_hours(client, clock):
    headers = login_headers(client, "clerk01")
    clock.advance(timedelta(hours=11, minutes=59))
    assert client.get("/api/v1/stations", headers=headers).status_code == 200
    clock.advance(timedelta(minutes=1))
    assert_error(client.get("/api/v1/stations", headers=headers), 401, "invalid_token")


def test_logout_revokes_the_token(client):
    headers = login_headers(client, "clerk01")
    assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    assert_error(client.get("/api/v1/stations", headers=headers), 401, "invalid_token")


def test_malformed_bodies_get_422_in_the_json_shape(client):
    body = assert_error(client.post("/api/v1/auth/login", json={"username": 5}), 422, "validation_error")
    assert set(body["fields"]) == {"username", "password"}
    assert_error(client.post("/api/v1/auth/login", content=b"{not json",
                             headers={"Content-Type": "application/json"}), 422, "validation_error")
    assert_error(client.post("/api/v1/auth/login", json={"username": "a", "password": "b", "extra": 1}), 422,
                 "validation_error")


def test_unknown_path_is_404_json(client):
    assert_error(client.get("/api/v1/no-such-thing"), 404, "not_found")


def test_every_login_attempt_leaves_one_audit_row(client, services):
    def audit_count() -> int:
        with services.sessionmaker() as session:
            return session.scalar(select(func.count(AuditLog.id)))

    before = audit_count()
    login(client, "clerk01", "bad")
    assert audit_count() == before + 1
    login(client, "clerk01")
    assert audit_count() == before + 2
    # A malformed request writes nothing.
    client.post("/api/v1/auth/login", json={})
    assert audit_count() == before + 2
    with services.sessionmaker() as session:
        actions = session.scalars(select(AuditLog.action).order_by(AuditLog.id.desc()).limit(2)).all()
    assert actions == ["login", "login_failed"]


def test_audit_trail_is_for_the_audit_administrator(client):
    # 三员分立 (issue 11): neither a clerk nor the business supervisor reads the trail; the refusals
    # are in it.
    for name in ("clerk01", "phone01", "admin"):
        assert_error(client.get("/api/v1/audit", headers=login_headers(client, name)), 403, "role_forbidden")
    response = client.get("/api/v1/audit", headers=login_headers(client, "auditor01"))
    assert response.status_code == 200
    entries = response.json()["data"]
    assert [(e["username"], e["action"]) for e in entries] == [
        ("clerk01", "login"), ("clerk01", "access_refused"), ("phone01", "login"), ("phone01", "access_refused"),
        ("admin", "login"), ("admin", "access_refused"), ("auditor01", "login")]
    assert [e["channel"] for e in entries[:4]] == ["window", "window", "phone", "phone"]
