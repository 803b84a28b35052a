"""A clerk's own day from the audit trail, by Nanjing calendar day."""
from datetime import timedelta

from tests.helpers import login_headers


def test_the_day_of_one_clerk(client, clock):
    # 09:00 on 2026-11-25 in Nanjing: clerk01 signs in twice, clerk02 once.
    login_headers(client, "clerk01")
    login_headers(client, "clerk02")
    # 23:59 the same day (15:59 UTC) still belongs to 11-25; 00:01 on 11-26 does not.
    clock.advance(timedelta(hours=14, minutes=59))
    evening = login_headers(client, "clerk01")
    changed = client.post("/api/v1/auth/password", headers=evening,
                          json={"old_password": "Counter#2026", "new_password": "Xuanwu#2026ab"})
    assert changed.status_code == 204
    clock.advance(timedelta(minutes=2))

    mine = login_headers(client, "clerk01", "Xuanwu#2026ab")
    today = client.get("/api/v1/reports/daily", headers=mine).json()
    assert today["day"] == "2026-11-26"
    assert today["counts"] == [{"action": "login", "count": 1}]  # the sign-in just above
    yesterday = client.get("/api/v1/reports/daily", params={"day": "2026-11-25"}, headers=mine).json()
    assert yesterday["counts"] == [{"action": "login", "count": 2}, {"action": "password_changed", "count": 1}]
    # clerk02's sign-in is not in clerk01's day.
    assert (yesterday["display_name"], yesterday["station_name"]) == ("王警官", "南京市车管所")
    assert [e["action"] for e in yesterday["entries"]] == ["login", "login", "password_changed"]
