"""Issue 11 item 18: CSV cells, display names, invoice photos, key retention, the docs page."""
from __future__ import annotations

import base64
import io
from datetime import timedelta

import pytest
from PIL import Image

from central_api.models import IdempotencyRecord
from counter_app.domain.text_safety import csv_cell
from counter_app.services.exams import roster_csv
from tests.helpers import assert_error, login_headers
from tests.plate_support import PNG_1X1, applicant, internet
from tests.security.support import count


# --- CSV ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\",\"点我\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_cell_a_spreadsheet_would_run_is_written_as_text(cell):
    assert csv_cell(cell) == "'" + cell


def test_ordinary_cells_are_unchanged():
    assert [csv_cell(c) for c in ("张三", "3201**********0001", "C1", 7, None)] == [
        "张三", "3201**********0001", "C1", "7", ""]


def test_the_roster_export_escapes_a_formula_in_a_name():
    roster = {"plan": {"id": 3}, "count": 1, "data": [
        {"seat": 1, "booking_id": 7, "rank": 1, "candidate_name": "=cmd|' /C calc'!A0",
         "id_number_masked": "3201**********0001", "licence_class": "C1"}]}
    assert roster_csv(roster).splitlines()[1] == "1,'=cmd|' /C calc'!A0,3201**********0001,C1,YY00000007"


# --- display names -------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["王警官\u202e", "\u2066李\u2069", "赵\x07", "陈\u200f辅警", "a\x00b", " 周 "])
def test_a_display_name_with_control_or_bidi_characters_is_refused(client, name):
    admin = login_headers(client, "sysadmin01")
    body = {"username": "newclerk", "display_name": name, "role": "clerk", "station_id": 1,
            "password": "Str0ng-Passw0rd-2026"}
    response = client.post("/api/v1/accounts", json=body, headers=admin)
    assert response.status_code == 422, response.text
    assert "display_name" in (response.json().get("fields") or []) or response.json()["code"] == "nul_character"


def test_a_plain_chinese_display_name_is_accepted(client):
    admin = login_headers(client, "sysadmin01")
    body = {"username": "newclerk", "display_name": "孙警官", "role": "clerk", "station_id": 1,
            "password": "Str0ng-Passw0rd-2026"}
    assert client.post("/api/v1/accounts", json=body, headers=admin).status_code == 201


# --- invoice photos ------------------------------------------------------------------------------------
def _photo(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.mark.parametrize("forged", [
    b"\x89PNG\r\n\x1a\n<html><script>alert(1)</script></html>",  # a PNG header in front of HTML
    PNG_1X1 + b"<html><script>alert(1)</script></html>",  # a real PNG with a page appended
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"<html></html>" + b"\xff\xd9",  # a JPEG header, no picture
    PNG_1X1[:40] + PNG_1X1[-12:],  # a truncated PNG that still ends with IEND
])
def test_an_invoice_photo_that_is_not_a_whole_image_is_refused(client, services, forged):
    gateway = internet(client)
    response = client.post("/api/v1/plate-selections", json=applicant(1, invoice_photo=_photo(forged)),
                           headers=gateway)
    assert_error(response, 422, "invoice_photo_not_image")


def test_a_real_jpeg_and_png_are_accepted(client):
    gateway = internet(client)
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(out, "JPEG")
    assert client.post("/api/v1/plate-selections", json=applicant(1, invoice_photo=_photo(out.getvalue())),
                       headers=gateway).status_code == 201
    assert client.post("/api/v1/plate-selections", json=applicant(2, invoice_photo=_photo(PNG_1X1)),
                       headers=gateway).status_code == 201


# --- idempotency keys: exactly their retention -----------------------------------------------------------
def test_a_key_is_replayed_until_its_retention_ends_and_not_a_moment_after(client, services, clock):
    """The purge runs every 6 hours; before, a key lived up to 6 hours past its retention."""
    retention = timedelta(days=services.settings.idempotency_retention_days)
    headers = login_headers(client, "clerk01") | {"Idempotency-Key": "exact"}
    assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    clock.advance(retention - timedelta(seconds=1))
    headers = login_headers(client, "clerk01") | {"Idempotency-Key": "exact"}
    assert client.post("/api/v1/auth/logout", headers=headers).headers.get("Idempotent-Replayed") == "true"
    clock.advance(timedelta(seconds=1))  # exactly the retention: gone, though no purge has run
    headers = login_headers(client, "clerk01") | {"Idempotency-Key": "exact"}
    again = client.post("/api/v1/auth/logout", headers=headers)
    assert again.status_code == 204 and "Idempotent-Replayed" not in again.headers
    assert count(services, IdempotencyRecord, key="exact") == 1  # the new answer, stored afresh


# --- the docs page -----------------------------------------------------------------------------------
def test_no_page_loads_anything_from_a_cdn(client):
    assert client.get("/api/v1/docs").status_code == 404
    assert client.get("/docs").status_code == 404
    spec = client.get("/api/v1/openapi.json")
    assert spec.status_code == 200 and spec.json()["openapi"].startswith("3.")
    assert "cdn." not in spec.text and "jsdelivr" not in spec.text
