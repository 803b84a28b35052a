"""Exam day at an exam site (考点): today's sessions, the roster kept in memory, check-in, results.

The roster with whole ID numbers is downloaded the day before or on the day and held only in
this process's memory (never written to the PC's disk: a stolen PC leaks nothing); check-in
works from it when the link drops. Results go through the outbox (`offline_ok`), so they are
saved on the PC at once and reach the centre when the link returns; the centre's own no-show
job still records what the site did not.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from counter_app.domain.identity import FieldError, validate_id_number
from counter_app.services.api_client import ApiClient
from counter_app.services.sync import Write

# The QR of a booking receipt and of a roster line carries the booking number (YY + 8 digits).
BOOKING_QR = re.compile(r"^\s*YY(\d{1,12})\s*$", re.IGNORECASE)
RESULTS = ("pass", "fail", "absent")


@dataclass
class SiteRosterCache:
    """The downloaded rosters of today's sessions, in memory only; thread-safe."""

    rosters: dict[int, dict[str, Any]] = field(default_factory=dict)
    checked_in: set[int] = field(default_factory=set)  # booking ids
    results: dict[int, str] = field(default_factory=dict)  # booking id -> result entered here
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def keep(self, roster: dict[str, Any]) -> None:
        with self._lock:
            self.rosters[roster["plan"]["id"]] = roster
            for entry in roster["data"]:
                if entry.get("result"):
                    self.results.setdefault(entry["booking_id"], entry["result"])

    def entries(self, plan_id: int) -> list[dict[str, Any]]:
        with self._lock:
            roster = self.rosters.get(plan_id)
            return list(roster["data"]) if roster else []

    def find(self, text: str, today: date) -> tuple[dict[str, Any] | None, str]:
        """The line of today's rosters a scanned QR or a typed ID number points at, and the problem
        if none (tomorrow's rosters, downloaded in advance, admit nobody today)."""
        match = BOOKING_QR.match(text)
        with self._lock:
            plans = [r for r in self.rosters.values() if r["plan"]["exam_date"] == today.isoformat()]
            lines = [(r["plan"], e) for r in plans for e in r["data"]]
        if match:
            booking_id = int(match.group(1))
            found = [e for _p, e in lines if e["booking_id"] == booking_id]
            return (found[0], "") if found else (None, "not_on_roster")
        try:
            number = validate_id_number(text, today)
        except FieldError as exc:
            return None, exc.message
        found = [e for _p, e in lines if e["id_number"] == number]
        return (found[0], "") if found else (None, "not_on_roster")

    def check_in(self, booking_id: int) -> None:
        with self._lock:
            self.checked_in.add(booking_id)

    def record(self, booking_id: int, result: str) -> None:
        with self._lock:
            self.results[booking_id] = result

    def no_shows(self, plan_id: int) -> list[dict[str, Any]]:
        """Seated candidates neither checked in nor given a result: to be recorded as 缺考."""
        with self._lock:
            roster = self.rosters.get(plan_id)
            if roster is None:
                return []
            return [e for e in roster["data"] if e["booking_id"] not in self.checked_in
                    and e["booking_id"] not in self.results and e["status"] == "allocated"]

    def forget(self) -> None:
        """Drop every whole ID number (sign-out, end of day)."""
        with self._lock:
            self.rosters.clear()
            self.checked_in.clear()
            self.results.clear()


class ExamSite:
    """The exam-day endpoints of the central API for a site's clerk."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def sessions(self, site_id: int, day: date) -> list[dict[str, Any]]:
        """The site's sessions of `day` and the next day (whose rosters are downloaded in advance)."""
        answer = self.api.get("/exam-plans", site_id=site_id,
                              **{"from": day.isoformat(), "to": (day + timedelta(days=1)).isoformat()})
        return sorted(answer["data"], key=lambda p: (p["exam_date"], p["start_time"], p["subject"], p["id"]))

    def download(self, plan_id: int) -> dict[str, Any]:
        return self.api.get(f"/exam-plans/{plan_id}/site-roster")


def result_write(entry: dict[str, Any], result: str, plan: dict[str, Any]) -> Write:
    """One result for the outbox: it may wait for the link (the exam is over, nothing can race it
    but the centre's own no-show job, which runs only after the day)."""
    assert result in RESULTS
    names = {"pass": "合格", "fail": "不合格", "absent": "缺考"}
    return Write("exam_result", "POST", f"/exam-bookings/{entry['booking_id']}/result", {"result": result},
                 f"考试成绩 {plan['exam_date']} {plan['start_time']} {plan['subject_name']} 座位{entry['seat']} "
                 f"{entry['candidate_name']} {names[result]}", offline_ok=True)
