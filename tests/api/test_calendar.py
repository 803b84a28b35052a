"""The central calendar: seeded from the library, edited by supervisors, refused past its years."""
from tests.helpers import assert_error, login_headers


def test_calendar_reads_the_national_day_week(client):
    headers = login_headers(client, "clerk01")
    body = client.get("/api/v1/calendar", params={"from": "2026-09-30", "to": "2026-10-10"}, headers=headers).json()
    assert body["last_year"] == 2026
    working = {d["date"]: d["working"] for d in body["data"]}
    assert working["2026-09-30"] is True
    assert not any(working[f"2026-10-0{i}"] for i in range(1, 8))
    assert working["2026-10-08"] and working["2026-10-09"] and working["2026-10-10"]
    assert {d["date"]: d["name"] for d in body["data"]}["2026-10-01"] == "国庆节"


def test_calendar_beyond_the_known_years_is_refused(client):
    headers = login_headers(client, "clerk01")
    body = assert_error(client.get("/api/v1/calendar", params={"from": "2026-12-30", "to": "2027-01-05"},
                                   headers=headers), 422, "calendar_unknown_year")
    assert "2027" in body["message"]


def test_supervisor_enters_2027_and_clerks_cannot(client):
    clerk = login_headers(client, "clerk01")
    admin = login_headers(client, "admin")
    assert_error(client.put("/api/v1/calendar/years/2027", headers=clerk), 403, "role_forbidden")
    response = client.put("/api/v1/calendar/days/2027-01-01", json={"kind": "holiday", "name": "元旦"},
                          headers=admin)
    assert response.status_code == 200
    assert client.put("/api/v1/calendar/years/2027", headers=admin).json()["source"] == "supervisor"
    body = client.get("/api/v1/calendar", params={"from": "2026-12-31", "to": "2027-01-04"}, headers=clerk).json()
    assert [d["working"] for d in body["data"]] == [True, False, False, False, True]
    assert_error(client.put("/api/v1/calendar/years/2030", headers=admin), 422, "calendar_year_gap")
    audit = client.get("/api/v1/audit", params={"limit": 500}, headers=login_headers(client, "auditor01")).json()["data"]
    assert [e["action"] for e in audit if e["entity"].startswith("calendar")] == [
        "calendar_day_set", "calendar_year_added"]
