"""Helpers for the plate tests: eligible applicants, the internet gateway, selection steps."""
from __future__ import annotations

import base64
from datetime import date, timedelta

from fastapi.testclient import TestClient
from stdnum.cn import ric
from vininfo import Vin

from tests.helpers import login_headers

# A real 1×1 PNG (67 bytes) and the start of a JPEG: both pass the "is it an image" check.
PNG_1X1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
JPEG_HEADER = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


def jpeg_of_size(size: int) -> bytes:
    """A real JPEG (decodes whole, issue 11) of exactly `size` bytes: a small picture padded with
    comment segments right after its start marker."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(out, "JPEG")
    small = out.getvalue()
    need = size - len(small)
    segments = []
    while need > 0:
        body = min(need - 4, 65533) if need >= 4 + 1 else 0
        if need - (body + 4) in (1, 2, 3):  # leave room for a last segment of at least 4 bytes
            body -= 4
        segments.append(b"\xff\xfe" + (body + 2).to_bytes(2, "big") + b" " * body)
        need -= body + 4
    data = small[:2] + b"".join(segments) + small[2:]
    assert len(data) == size, (len(data), size)
    return data
API = "/api/v1"


def demo_id_number(county: str, born: str, sequence: str) -> str:
    """A resident ID number with a correct check digit (stdnum's formula)."""
    body = county + born + sequence
    return body + ric.calc_check_digit(body + "0")


def demo_vin(first16: str) -> str:
    """A VIN whose check digit (position 9) is right: try the 11 possible digits."""
    for digit in "0123456789X":
        vin = first16[:8] + digit + first16[8:]
        if Vin(vin).verify_checksum():
            return vin
    raise ValueError(first16)


def applicant(n: int, **overrides) -> dict:  # noqa: ANN003
    """The n-th eligible applicant: a valid ID number and VIN (check digits computed)."""
    born = (date(1990, 1, 1) + timedelta(days=n * 3)).strftime("%Y%m%d")
    body = {
        "id_number": demo_id_number("320106", born, f"{n % 1000:03d}"),
        "name": "测试申请人",
        "vin": demo_vin(f"LSVAU218TS{n:06d}"),
        "vehicle_type": "small_car",
        "vehicle_use": "non_commercial",
        "new_vehicle": True,
        "invoice_code": "132001922010",
        "invoice_number": f"{n:08d}",
        "invoice_photo": base64.b64encode(PNG_1X1).decode(),
    }
    body.update(overrides)
    return body


def internet(client: TestClient) -> dict[str, str]:
    return login_headers(client, "internet01")


def start(client: TestClient, headers: dict, n: int = 1, **overrides) -> dict:  # noqa: ANN003
    response = client.post(f"{API}/plate-selections", json=applicant(n, **overrides), headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def custom(client: TestClient, headers: dict, selection_id: int, plate: str):  # noqa: ANN201
    return client.post(f"{API}/plate-selections/{selection_id}/custom", json={"plate": plate}, headers=headers)


def draw(client: TestClient, headers: dict, selection_id: int):  # noqa: ANN201
    return client.post(f"{API}/plate-selections/{selection_id}/draws", headers=headers)


def choose(client: TestClient, headers: dict, selection_id: int, plate: str):  # noqa: ANN201
    return client.post(f"{API}/plate-selections/{selection_id}/choose", json={"plate": plate}, headers=headers)


def reserve(client: TestClient, headers: dict, n: int) -> dict:
    """Start a selection for applicant n, draw once and take the first plate: the reservation."""
    selection = start(client, headers, n)
    plates = draw(client, headers, selection["id"]).json()["held"]
    response = choose(client, headers, selection["id"], plates[0])
    assert response.status_code == 201, response.text
    return response.json()
