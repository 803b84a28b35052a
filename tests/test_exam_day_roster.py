"""The exam site's roster kept in memory (services/exam_day.py): what check-in matches."""
from datetime import date

from counter_app.services.exam_day import SiteRosterCache
from tests.exam_helpers import id_number

TODAY = date(2026, 12, 7)


def _roster(plan_id: int, day: str, *entries: tuple[int, int]) -> dict:
    return {"plan": {"id": plan_id, "exam_date": day},
            "data": [{"seat": seat, "booking_id": booking, "candidate_name": f"考生{booking}",
                      "id_number": id_number(booking), "status": "allocated", "result": None}
                     for seat, booking in entries]}


def test_check_in_matches_todays_rosters_by_qr_or_number_only():
    cache = SiteRosterCache()
    cache.keep(_roster(1, "2026-12-07", (1, 11), (2, 12)))
    cache.keep(_roster(2, "2026-12-08", (1, 21)))  # tomorrow's, downloaded in advance
    assert cache.find("YY00000012", TODAY)[0]["seat"] == 2
    assert cache.find(" yy00000011 ", TODAY)[0]["booking_id"] == 11  # a scanner's stray blanks, lower case
    assert cache.find(id_number(12), TODAY)[0]["booking_id"] == 12
    assert cache.find("YY00000021", TODAY) == (None, "not_on_roster")  # tomorrow admits nobody today
    assert cache.find(id_number(21), TODAY) == (None, "not_on_roster")
    entry, problem = cache.find("320115198001010000", TODAY)  # wrong check digit
    assert entry is None and problem and problem != "not_on_roster"


def test_no_shows_are_the_seated_neither_checked_in_nor_given_a_result():
    cache = SiteRosterCache()
    cache.keep(_roster(1, "2026-12-07", (1, 11), (2, 12), (3, 13)))
    cache.check_in(11)
    cache.record(12, "fail")
    assert [e["booking_id"] for e in cache.no_shows(1)] == [13]
    cache.forget()
    assert cache.rosters == {} and cache.no_shows(1) == []
