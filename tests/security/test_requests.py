"""Issue 11 items 7, 8 and 9: what a request may carry, and who gets a stored answer back.

7. Bodies over the limit are refused with 413 before they are read, and the token and the role
   are checked before the body is parsed (an anonymous caller never gets its JSON parsed).
8. NUL characters, integers beyond 2^63-1 and dates the arithmetic cannot hold answer 422 with
   a stable code (before: 500 with the SQL and its parameters in the log).
9. A stored idempotent answer is replayed only to the signed-in account that stored it (before:
   a deactivated account's token got its stored 201 back, whole ID number included).
"""
from __future__ import annotations

import logging

import pytest

from sqlalchemy import select

from central_api.models import Account, InternetUser, PlateReservation
from tests.helpers import assert_error, login, login_headers
from tests.security.support import ID, count, personal

MiB = 1024 * 1024


# --- 7: size and order -------------------------------------------------------------------------------
def test_an_oversize_body_is_refused_by_its_declared_length(client, services):
    clerk = login_headers(client, "clerk01")
    body = b'{"mobile": "' + b"1" * (MiB + 10) + b'"}'
    for headers in ({}, clerk):
        response = client.post("/api/v1/users/personal", content=body,
                               headers=headers | {"Content-Type": "application/json"})
        assert_error(response, 413, "body_too_large")
    assert count(services, InternetUser, id_number=ID["赵磊"]) == 0


def test_a_streamed_body_is_cut_off_once_it_passes_the_limit(client):
    """No Content-Length (chunked): the bytes are counted as they arrive."""
    sent = []

    def chunks():  # noqa: ANN202
        for _ in range(64):  # 64 × 64 KiB = 4 MiB offered; refused after the first MiB
            sent.append(1)
            yield b" " * (64 * 1024)

    response = client.post("/api/v1/auth/logout", content=chunks(), headers={"Content-Type": "application/json"})
    assert_error(response, 413, "body_too_large")


def test_the_invoice_photo_route_takes_a_larger_body_than_the_rest(client):
    """The photo (< 1024 KB, seed) arrives base64 in JSON: 1.5 MiB passes the size check there
    (and is judged by the photo rules), elsewhere it is 413."""
    gateway = login_headers(client, "internet01")
    big = b'{"invoice_photo": "' + b"A" * (3 * MiB // 2) + b'"}'
    photo = client.post("/api/v1/plate-selections", content=big,
                        headers=gateway | {"Content-Type": "application/json"})
    assert photo.status_code == 422 and photo.json()["code"] != "body_too_large"
    assert_error(client.post("/api/v1/users/personal", content=big,
                             headers=login_headers(client, "clerk01") | {"Content-Type": "application/json"}),
                 413, "body_too_large")


def test_the_token_and_the_role_are_checked_before_the_body_is_parsed(client):
    broken = b'{"user_type": '  # not JSON: parsing it would answer 422 json_invalid
    headers = {"Content-Type": "application/json"}
    assert_error(client.post("/api/v1/users/personal", content=broken, headers=headers), 401, "not_authenticated")
    assert_error(client.post("/api/v1/users/personal", content=broken,
                             headers=headers | {"Authorization": "Bearer forged"}), 401, "invalid_token")
    phone = login_headers(client, "phone01")  # the phone desk registers nobody
    assert_error(client.post("/api/v1/users/personal", content=broken, headers=headers | phone), 403, "role_forbidden")
    # Signed in with the right role, the body is parsed and judged.
    clerk = login_headers(client, "clerk01")
    assert client.post("/api/v1/users/personal", content=broken, headers=headers | clerk).status_code == 422


# --- 8: values the database cannot hold ---------------------------------------------------------------
@pytest.mark.parametrize("where", ["login", "search", "body", "path"])
def test_a_nul_byte_is_refused_with_422(client, services, where):
    clerk = login_headers(client, "clerk01")
    if where == "login":
        response = login(client, "clerk01\x00", "x")
    elif where == "search":
        response = client.get("/api/v1/users", params={"id_number": "3201\x00"}, headers=clerk)
    elif where == "body":
        response = client.post("/api/v1/users/personal", json=personal("赵磊", "139\x0012345678"), headers=clerk)
    else:
        response = client.get("/api/v1/users/%00", headers=clerk)
    assert_error(response, 422, "nul_character")
    assert count(services, InternetUser, id_number=ID["赵磊"]) == 0


def test_a_json_text_that_only_mentions_backslash_u0000_is_not_a_nul(client):
    clerk = login_headers(client, "clerk01")
    body = personal("赵磊", "13912345678") | {"name": "赵磊\\u0000"}  # a backslash, then text
    response = client.post("/api/v1/users/personal", json=body, headers=clerk)
    assert response.status_code in (201, 422), response.text
    assert response.json().get("code") != "nul_character"


@pytest.mark.parametrize("path, params", [
    ("/api/v1/audit", {"after_id": str(2**63)}),
    ("/api/v1/audit", {"after_id": str(10**30)}),
    ("/api/v1/reports/daily", {"day": "9999-12-31"}),
    ("/api/v1/reports/daily", {"day": "0001-01-01"}),
    ("/api/v1/calendar", {"from": "9999-12-31", "to": "9999-12-31"}),
    ("/api/v1/exam-plans", {"from": "0001-01-01"}),
])
def test_out_of_range_numbers_and_dates_answer_422(client, path, params):
    admin = login_headers(client, "auditor01" if path.endswith("/audit") else "admin")  # 三员分立
    response = client.get(path, params=params, headers=admin)
    assert response.status_code == 422, response.text
    assert response.json()["code"] in {"validation_error", "value_out_of_range"}


def test_an_out_of_range_station_in_a_body_is_422_not_500(client):
    clerk = login_headers(client, "clerk01")
    for station in (2**63, 2**31, -1):
        response = login(client, "clerk01", "Counter#2026", station_id=station)
        assert response.status_code == 422, response.text
    assert clerk


def test_a_delivery_station_beyond_any_id_is_422_not_500(client, services):
    """The review's plate delivery station id: 2^63 reached the database (a 500 on PostgreSQL)."""
    with services.sessionmaker() as session:
        reservation_id = session.scalar(select(PlateReservation.id).where(PlateReservation.status == "reserved")
                                        .order_by(PlateReservation.id))
    clerk = login_headers(client, "clerk01")
    for station in (2**63, 2**63 - 1, 2**31):
        body = {"document_checked": "sms_notice", "delivery_way": "install_point", "delivery_station_id": station}
        response = client.post(f"/api/v1/plate-reservations/{reservation_id}/confirm", json=body, headers=clerk)
        assert response.status_code == 422, response.text
    with services.sessionmaker() as session:
        assert session.get(PlateReservation, reservation_id).status == "reserved"


def test_the_engine_never_logs_bound_parameters(services, caplog):
    """Every engine the service builds hides bound parameters from errors and logs."""
    assert services.engine.hide_parameters is True
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    caplog.set_level(logging.INFO, logger="sqlalchemy")
    with pytest.raises(DBAPIError) as raised:
        with services.engine.connect() as conn:
            conn.execute(text("SELECT * FROM no_such_table WHERE x = :secret"), {"secret": "320102199003074512"})
    assert "320102199003074512" not in str(raised.value)
    assert "hidden due to hide_parameters" in str(raised.value)


# --- 9: a stored answer goes only to its own signed-in account ------------------------------------------
def test_a_deactivated_account_gets_no_stored_answer(client, services):
    clerk_headers = login_headers(client, "clerk01")
    keyed = clerk_headers | {"Idempotency-Key": "reg-1"}
    first = client.post("/api/v1/users/personal", json=personal("赵磊", "13912345678"), headers=keyed)
    assert first.status_code == 201 and first.json()["id_number"] == ID["赵磊"]

    admin = login_headers(client, "sysadmin01")
    with services.sessionmaker() as session:
        clerk_id = session.query(Account.id).filter(Account.username == "clerk01").scalar()
    assert client.patch(f"/api/v1/accounts/{clerk_id}", json={"active": False}, headers=admin).status_code == 200

    replay = client.post("/api/v1/users/personal", json=personal("赵磊", "13912345678"), headers=keyed)
    body = assert_error(replay, 401, "invalid_token")
    assert ID["赵磊"] not in replay.text and body
    # Nor without a token, nor with another account's token and the same key.
    anonymous = client.post("/api/v1/users/personal", json=personal("赵磊", "13912345678"),
                            headers={"Idempotency-Key": "reg-1"})
    assert_error(anonymous, 401, "not_authenticated")
    other = client.post("/api/v1/users/personal", json=personal("赵磊", "13912345678"),
                        headers=login_headers(client, "clerk02") | {"Idempotency-Key": "reg-1"})
    assert "Idempotent-Replayed" not in other.headers
    assert_error(other, 409, "user_exists")
