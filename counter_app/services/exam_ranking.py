"""A session's requests in ranking order, and a caller's position in it (排序查询)."""
from __future__ import annotations

from typing import Any

from counter_app.services.api_client import ApiClient


class RankingDesk:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def sessions(self, *, site_id: int | None = None) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"limit": 500}
        if site_id:
            params["site_id"] = site_id
        data = self.api.get("/exam-plans", **params)["data"]
        return sorted(data, key=lambda p: (p["exam_date"], p["start_time"], p["site_id"], p["id"]))

    def requests(self, plan_id: int) -> dict[str, Any]:
        return self.api.get(f"/exam-plans/{plan_id}/requests")

    def positions(self, id_number: str, mobile: str | None) -> list[dict[str, Any]]:
        """Each open booking of the caller with its place in its session's ranking now."""
        params = {"id_number": id_number} | ({"mobile": mobile} if mobile else {})
        bookings = self.api.get("/exam-bookings", **params)["data"]
        out = []
        for booking in bookings:
            if booking["status"] not in ("requested", "allocated", "not_allocated"):
                continue
            answer = self.requests(booking["plan"]["id"])
            rank = next((r["rank"] for r in answer["data"] if r["booking_id"] == booking["id"]), None)
            out.append({**booking, "position": rank, "plan": answer["plan"], "request_count": answer["count"]})
        return out


def split_after_allocation(requests: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """After allocation: (the roster, the not-allocated list), both in rank order."""
    seated = [r for r in requests if r["allocated"]]
    waiting = [r for r in requests if not r["allocated"]]
    return seated, waiting
