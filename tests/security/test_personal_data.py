"""Issue 11 item 6: whole personal numbers only where the workflow needs them, every such read audited.

Before: any account read every full record by sequential id, unmasked and unaudited.
"""
from __future__ import annotations

from sqlalchemy import select, update

from central_api.models import AuditLog, Station
from counter_app.domain.masking import mask_id_number, mask_mobile
from tests.helpers import login_headers
from tests.security.support import ID, count, personal


def _registered(client) -> int:  # noqa: ANN001
    clerk = login_headers(client, "clerk01")
    created = client.post("/api/v1/users/personal", json=personal("赵磊", "13912345678"), headers=clerk)
    assert created.status_code == 201, created.text
    return created.json()["id"]


def test_a_face_sign_clerk_reads_the_whole_record_and_the_read_is_audited(client, services):
    user_id = _registered(client)
    clerk = login_headers(client, "clerk01")
    record = client.get(f"/api/v1/users/{user_id}", params={"purpose": "print_form"}, headers=clerk)
    assert record.status_code == 200, record.text
    assert record.json()["id_number"] == ID["赵磊"] and record.json()["mobile"] == "13912345678"
    with services.sessionmaker() as session:
        row = session.scalars(select(AuditLog).where(AuditLog.action == "personal_record_read")).one()
    assert (row.username, row.station_id, row.entity, row.entity_id) == ("clerk01", 1, "internet_user", str(user_id))
    assert row.detail["purpose"] == "print_form"
    assert row.detail["id_number"] == mask_id_number(ID["赵磊"])
    assert ID["赵磊"] not in str(row.detail)  # the trail names whose record, masked


def test_other_readers_get_masked_numbers_and_leave_no_whole_read(client, services):
    user_id = _registered(client)
    with services.sessionmaker.begin() as session:  # an exam site that does no face-sign work
        session.execute(update(Station).where(Station.id == 8).values(can_face_sign=False))
    for who in ("admin", "clerk08", "internet01"):
        record = client.get(f"/api/v1/users/{user_id}", headers=login_headers(client, who))
        assert record.status_code == 200, (who, record.text)
        assert record.json()["id_number"] == mask_id_number(ID["赵磊"]), who
        assert record.json()["mobile"] == mask_mobile("13912345678"), who
    assert count(services, AuditLog, action="personal_record_read") == 0


def test_walking_the_ids_as_an_exam_site_clerk_yields_no_whole_number(client, services):
    """The review's attack: sequential ids read by a clerk whose station does no registration."""
    _registered(client)
    with services.sessionmaker.begin() as session:
        session.execute(update(Station).where(Station.id == 8).values(can_face_sign=False))
    site = login_headers(client, "clerk08")
    seen = []
    for user_id in range(1, 40):
        response = client.get(f"/api/v1/users/{user_id}", headers=site)
        if response.status_code == 200:
            seen.append(response.json()["id_number"])
    assert seen and all("*" in number for number in seen)
