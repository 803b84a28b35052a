"""Idempotency-Key: a repeated POST gets the stored answer and is applied once."""
from sqlalchemy import func, select

from central_api.models import AuditLog, IdempotencyRecord
from tests.helpers import assert_error, login_headers


def _count(services, model, **where) -> int:  # noqa: ANN001
    with services.sessionmaker() as session:
        query = select(func.count(model.id))
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return session.scalar(query)


def test_repeat_gets_the_stored_answer_and_is_applied_once(client, services):
    headers = login_headers(client, "clerk01") | {"Idempotency-Key": "k-1"}
    first = client.post("/api/v1/auth/logout", headers=headers)
    assert first.status_code == 204
    assert "Idempotent-Replayed" not in first.headers
    # The token is revoked now: its repeat is refused, never answered from storage (issue 11
    # item 9); signed in again, the same account gets the stored answer, not a second run.
    assert_error(client.post("/api/v1/auth/logout", headers=headers), 401, "invalid_token")
    again = client.post("/api/v1/auth/logout",
                        headers=login_headers(client, "clerk01") | {"Idempotency-Key": "k-1"})
    assert again.status_code == 204
    assert again.headers["Idempotent-Replayed"] == "true"
    assert _count(services, AuditLog, action="logout") == 1
    assert _count(services, IdempotencyRecord, key="k-1") == 1


def test_same_key_with_another_body_is_refused(client, services):
    headers = login_headers(client, "clerk01") | {"Idempotency-Key": "k-2"}
    assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    headers = login_headers(client, "clerk01") | {"Idempotency-Key": "k-2"}  # the same account, signed in again
    assert_error(client.post("/api/v1/auth/logout", headers=headers, json={"other": 1}), 422,
                 "idempotency_key_reused")
    assert _count(services, AuditLog, action="logout") == 1


def test_keys_are_scoped_per_account(client, services):
    h1 = login_headers(client, "clerk01") | {"Idempotency-Key": "shared"}
    h2 = login_headers(client, "clerk02") | {"Idempotency-Key": "shared"}
    assert client.post("/api/v1/auth/logout", headers=h1).status_code == 204
    second = client.post("/api/v1/auth/logout", headers=h2)
    assert second.status_code == 204
    assert "Idempotent-Replayed" not in second.headers
    assert _count(services, AuditLog, action="logout") == 2


def test_refused_requests_store_no_key(client, services):
    headers = {"Authorization": "Bearer wrong", "Idempotency-Key": "k-3"}
    assert_error(client.post("/api/v1/auth/logout", headers=headers), 401, "invalid_token")
    assert _count(services, IdempotencyRecord, key="k-3") == 0


def test_overlong_key_is_refused(client):
    headers = login_headers(client, "clerk01") | {"Idempotency-Key": "x" * 129}
    assert_error(client.post("/api/v1/auth/logout", headers=headers), 422, "idempotency_key_invalid")


def test_login_answers_are_never_replayed(client):
    body = {"username": "clerk01", "password": "Counter#2026"}
    first = client.post("/api/v1/auth/login", json=body, headers={"Idempotency-Key": "same"})
    second = client.post("/api/v1/auth/login", json=body, headers={"Idempotency-Key": "same"})
    assert first.json()["access_token"] != second.json()["access_token"]


def test_a_repeat_while_the_first_is_still_running_gets_409(client, services, db_url):
    """On PostgreSQL the running request holds the key's advisory lock until it commits."""
    if not db_url.startswith("postgresql"):
        return  # SQLite runs one writer at a time: the repeat waits and gets the stored answer
    from sqlalchemy import text

    headers = login_headers(client, "clerk01")
    accounts = client.get("/api/v1/accounts", headers=login_headers(client, "sysadmin01")).json()["data"]
    scope = "account:" + str(next(a["id"] for a in accounts if a["username"] == "clerk01"))
    with services.engine.connect() as other:  # "the first request", still in its transaction
        other.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": f"{scope}\nbusy-key"})
        body = assert_error(client.post("/api/v1/auth/logout", headers=headers | {"Idempotency-Key": "busy-key"}),
                            409, "idempotency_in_progress")
        assert "正在办理" in body["message"]
        other.rollback()
    assert client.post("/api/v1/auth/logout", headers=headers | {"Idempotency-Key": "busy-key"}).status_code == 204


def test_keys_are_kept_seven_days(client, services, clock):
    from datetime import timedelta

    from central_api.platform.maintenance import run_maintenance

    headers = login_headers(client, "clerk01") | {"Idempotency-Key": "week"}
    assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    clock.advance(timedelta(days=7) - timedelta(minutes=1))
    run_maintenance(services)
    headers = login_headers(client, "clerk01") | {"Idempotency-Key": "week"}  # signed in again
    assert client.post("/api/v1/auth/logout", headers=headers).headers["Idempotent-Replayed"] == "true"
    clock.advance(timedelta(minutes=2))
    assert run_maintenance(services)["idempotency_purged"] == 1
    assert _count(services, IdempotencyRecord, key="week") == 0
