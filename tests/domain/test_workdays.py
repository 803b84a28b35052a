"""Working days on the State Council's published 2026 schedule (国办发明电〔2025〕7号).

Expected dates are worked out by hand from the schedule, not from the code:
National Day + Mid-autumn 2026: 10-01 .. 10-07 off, Saturday 10-10 is a working day;
Mid-autumn is 09-25 .. 09-27 (Fri–Sun) with Sunday 09-20 a make-up working day.
"""
from datetime import date

import pytest

from central_api.calendar.service import library_schedule
from counter_app.domain.workdays import CalendarOutOfRange, WorkCalendar


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    years, holidays, workdays = library_schedule()
    return WorkCalendar.from_days(years, holidays, workdays)


def test_2026_makeup_working_days(cal):
    for day in ("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"):
        assert cal.is_working_day(date.fromisoformat(day)), day


def test_national_day_2026(cal):
    # Chosen on Wed 09-30: the next working days skip 10-01..10-07 (holiday), 10-08 Thu is first.
    assert cal.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)
    # 10-08 Thu, 10-09 Fri, 10-10 Sat (调休 working day).
    assert cal.add_working_days(date(2026, 9, 30), 3) == date(2026, 10, 10)
    assert cal.previous_working_day(date(2026, 10, 8)) == date(2026, 9, 30)


def test_mid_autumn_2026(cal):
    # Thu 09-24 + 1 working day: Fri 09-25 is Mid-autumn, weekend off, Mon 09-28.
    assert cal.add_working_days(date(2026, 9, 24), 1) == date(2026, 9, 28)
    # Fri 09-18 + 1: Sat 09-19 off, Sun 09-20 is a make-up working day.
    assert cal.add_working_days(date(2026, 9, 18), 1) == date(2026, 9, 20)


def test_across_an_ordinary_weekend(cal):
    # Thu 2026-11-26 + 3 working days: Fri 27, Mon 30, Tue 12-01.
    assert cal.add_working_days(date(2026, 11, 26), 3) == date(2026, 12, 1)
    assert cal.previous_working_day(date(2026, 11, 30)) == date(2026, 11, 27)


def test_leaving_the_known_years_is_refused(cal):
    # Tue 2026-12-29 + 2: Wed 30, Thu 31. + 3 would need 2027, which is not published.
    assert cal.add_working_days(date(2026, 12, 29), 2) == date(2026, 12, 31)
    with pytest.raises(CalendarOutOfRange, match="2027年的节假日安排尚未录入"):
        cal.add_working_days(date(2026, 12, 29), 3)
