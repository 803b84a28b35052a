"""Helpers of the exam tests: candidates, sessions and bookings through the real API."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient

from central_api.exams.demo import demo_id_number
from counter_app.domain.timefmt import SHANGHAI

API = "/api/v1"
# Monday 2026-12-07: booking closes Wednesday 12-02 00:00; the previous working day is Friday 12-04.
MONDAY = date(2026, 12, 7)


def nj(y: int, m: int, d: int, hh: int = 9, mm: int = 0, ss: int = 0) -> datetime:
    """An instant given in Nanjing time."""
    return datetime(y, m, d, hh, mm, ss, tzinfo=SHANGHAI)


def id_number(n: int) -> str:
    """A valid resident ID (江宁区, check digit right) distinct for every n < 100,000."""
    return demo_id_number("320115", date(1980, 1, 1) + timedelta(days=n // 1000), n % 1000)


def mobile(n: int) -> str:
    return f"1370000{n:04d}"


def make_candidate(client: TestClient, admin: dict, n: int, **body: Any) -> dict:
    payload = {"id_number": id_number(n), "name": f"考生{n}", "mobile": mobile(n), "licence_class": "C1",
               "application_accepted_at": nj(2026, 9, 1).isoformat()}
    payload.update(body)
    response = client.post(f"{API}/candidates", json=payload, headers=admin)
    assert response.status_code == 201, response.text
    return response.json()


def passed_k1(when: datetime) -> dict:
    """History of a learner who passed 科目一 at `when` and got the permit that day."""
    return {"subject": "k1", "passed_at": when.isoformat(), "last_exam_at": when.isoformat(),
            "last_result": "pass", "bookings_used": 1}


def learner_with_permit(client: TestClient, admin: dict, n: int, permit: date, k1_at: datetime | None = None,
                        subjects: list[dict] | None = None, **body: Any) -> dict:
    k1_at = k1_at or datetime.combine(permit, datetime.min.time(), SHANGHAI).replace(hour=8, minute=30)
    return make_candidate(client, admin, n, permit_issued_on=permit.isoformat(),
                          subjects=[passed_k1(k1_at), *(subjects or [])], **body)


def publish(client: TestClient, admin: dict, exam_date: date, subject: str = "k1", *, licence_class: str = "C1",
            capacity: int = 50, site_id: int = 8, start: str = "07:45") -> dict:
    response = client.post(f"{API}/exam-plans", headers=admin, json={
        "site_id": site_id, "exam_date": exam_date.isoformat(), "start_time": start, "subject": subject,
        "licence_class": licence_class, "capacity": capacity})
    assert response.status_code == 201, response.text
    return response.json()


def book(client: TestClient, headers: dict, plan_id: int, n: int, **extra: Any):  # noqa: ANN201
    return client.post(f"{API}/exam-bookings", headers=headers,
                       json={"plan_id": plan_id, "id_number": id_number(n), **extra})


def booked(client: TestClient, headers: dict, plan_id: int, n: int, **extra: Any) -> dict:
    response = book(client, headers, plan_id, n, **extra)
    assert response.status_code == 201, response.text
    return response.json()


def cancel(client: TestClient, headers: dict, booking_id: int, reason: str = "self", **extra: Any):  # noqa: ANN201
    return client.post(f"{API}/exam-bookings/{booking_id}/cancel", headers=headers, json={"reason": reason, **extra})


def allocate(client: TestClient, admin: dict, plan_id: int) -> dict:
    response = client.post(f"{API}/exam-plans/{plan_id}/allocate", headers=admin)
    assert response.status_code == 200, response.text
    return response.json()


def candidate(client: TestClient, headers: dict, n: int, **params: Any) -> dict:
    response = client.get(f"{API}/candidates", headers=headers, params={"id_number": id_number(n), **params})
    assert response.status_code == 200, response.text
    return response.json()


def eligibility(client: TestClient, headers: dict, n: int, subject: str) -> dict:
    return next(e for e in candidate(client, headers, n)["eligibility"] if e["subject"] == subject)


def roster_ids(client: TestClient, headers: dict, plan_id: int) -> list[int]:
    response = client.get(f"{API}/exam-plans/{plan_id}/roster", headers=headers)
    assert response.status_code == 200, response.text
    return [e["booking_id"] for e in response.json()["data"]]


def sms(client: TestClient, admin: dict, **params: Any) -> list[dict]:
    return client.get(f"{API}/sms-outbox", headers=admin, params={"limit": 500, **params}).json()["data"]
