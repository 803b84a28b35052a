"""Plate rules in the domain: format and segments, the selection state machine, dates, fees."""
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from central_api.calendar.service import library_schedule
from counter_app.domain import plate_eligibility as elig
from counter_app.domain.plates import (
    FIRST_SEGMENT,
    DeliveryWay,
    PlateFormatError,
    SegmentPattern,
    Selection,
    SelectionRefused,
    SelectionStatus,
    blacklist_last_day,
    classify_search,
    delivery_fee,
    is_past_deadline,
    make_notice_code,
    parse_plate,
    ready_date,
    reservation_deadline,
)
from counter_app.domain.timefmt import SHANGHAI
from counter_app.domain.workdays import CalendarOutOfRange, WorkCalendar

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=SHANGHAI)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    years, holidays, workdays = library_schedule()
    return WorkCalendar.from_days(years, holidays, workdays)


# --- format and segments ------------------------------------------------------------------------
def test_first_segment_has_576000_plates_without_i_or_o():
    # digit, letter, digit, digit, letter; 24 letters (26 without I and O): 10·24·10·10·24.
    assert FIRST_SEGMENT.size == 10 * 24 * 10 * 10 * 24 == 576_000
    assert (FIRST_SEGMENT.first, FIRST_SEGMENT.last) == ("苏A0A00A", "苏A9Z99Z")
    plates = list(FIRST_SEGMENT.plates())
    assert len(plates) == len(set(plates)) == 576_000
    assert plates[:3] == ["苏A0A00A", "苏A0A00B", "苏A0A00C"]
    assert not any("I" in p[2:] or "O" in p[2:] for p in plates)
    assert FIRST_SEGMENT.contains("苏A8B88C") and not FIRST_SEGMENT.contains("苏AB888C")


def test_segments_with_fixed_characters_and_overlap():
    small = SegmentPattern.parse("苏A:0L0DL")
    assert small.size == 24 * 10 * 24 and (small.first, small.last) == ("苏A0A00A", "苏A0Z09Z")
    assert small.overlaps(FIRST_SEGMENT)
    assert not SegmentPattern.parse("苏A:DDLDL").overlaps(FIRST_SEGMENT)  # 2nd position digit vs letter
    assert not SegmentPattern.parse("苏B:DLDDL").overlaps(FIRST_SEGMENT)
    for bad in ("苏A:DLDD", "苏A:DLDDI", "DLDDL", "苏A:DLDD?"):
        with pytest.raises(PlateFormatError):
            SegmentPattern.parse(bad)


def test_plates_are_normalised_and_checked():
    assert parse_plate(" 苏a 8b·88c ") == "苏A8B88C"
    assert parse_plate("a8b88c") == "苏A8B88C"  # the city's own plates may be typed without 苏
    for bad in ("苏A8B88", "苏A8O88C", "苏A8I88C", "8B88C", "苏A8B88C1"):
        with pytest.raises(PlateFormatError):
            parse_plate(bad)


def test_a_scanned_value_is_recognised():
    assert classify_search("NJ261125004217") == ("notice_code", "NJ261125004217")
    assert classify_search("32010219880512201x") == ("id_number", "32010219880512201X")
    assert classify_search("lsvau2185ts200001") == ("vin", "LSVAU2185TS200001")
    assert classify_search("苏A0B01C") == ("plate", "苏A0B01C")
    assert classify_search("a0b01c") == ("plate", "苏A0B01C")
    assert classify_search("hello") is None and classify_search("  ") is None
    assert make_notice_code(T0, 4217) == "NJ261125004217"


# --- the selection state machine ------------------------------------------------------------------
def test_taken_plates_cost_attempts_until_twenty():
    sel = Selection()
    for _ in range(20):
        sel.record_taken()
    assert (sel.custom_left, sel.mode, sel.status) == (0, "random", SelectionStatus.OPEN)
    with pytest.raises(SelectionRefused) as refused:
        sel.check_custom()
    assert refused.value.code == "custom_attempts_exhausted"


def test_a_held_plate_lapses_after_twenty_minutes_and_closes_self_chosen():
    sel = Selection()
    sel.record_held("苏A8B88C", T0)
    assert sel.hold_expires_at == T0 + timedelta(minutes=20) and sel.custom_left == 19
    assert sel.settle(T0 + timedelta(minutes=19, seconds=59)) == []
    assert sel.settle(T0 + timedelta(minutes=20)) == ["苏A8B88C"]
    assert sel.custom_closed and sel.mode == "random" and sel.custom_left == 0
    with pytest.raises(SelectionRefused, match="自编自选已结束"):
        sel.check_custom()


def test_confirming_ends_the_selection_with_attempts_left():
    sel = Selection()
    sel.record_held("苏A8B88C", T0)
    assert sel.choose("苏A8B88C") == []
    assert sel.status is SelectionStatus.CHOSEN and sel.custom_used == 1
    with pytest.raises(SelectionRefused) as refused:
        sel.check_draw()
    assert refused.value.code == "selection_chosen"


def test_a_new_draw_releases_the_previous_one():
    sel = Selection()
    sel.start_draw()
    sel.record_draw(["苏A1A11A", "苏A2A22A"], T0)
    assert sel.start_draw() == ["苏A1A11A", "苏A2A22A"]
    sel.record_draw(["苏A3A33A"], T0)
    with pytest.raises(SelectionRefused) as refused:
        sel.choose("苏A1A11A")
    assert refused.value.code == "plate_not_offered"
    assert sel.choose("苏A3A33A") == []


def test_spent_selection_is_exhausted_once_the_last_draw_lapses():
    sel = Selection()
    for _ in range(20):
        sel.record_taken()
    for _ in range(10):
        sel.start_draw()
        sel.record_draw(["苏A1A11A"], T0)
    assert sel.status is SelectionStatus.OPEN
    sel.settle(T0 + timedelta(minutes=20))
    assert sel.status is SelectionStatus.EXHAUSTED


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["taken", "held", "draw", "wait", "choose"]), max_size=60))
def test_any_sequence_of_steps_stays_within_the_caps(steps):
    sel = Selection()
    now = T0
    for n, step in enumerate(steps):
        try:
            if step == "taken":
                sel.record_taken()
            elif step == "held":
                sel.record_held(f"苏A{n % 10}A00A", now)
            elif step == "draw":
                sel.start_draw()
                sel.record_draw([f"苏A{n % 10}B00B"], now)
            elif step == "wait":
                now += timedelta(minutes=21)
                sel.settle(now)
            elif sel.held:
                sel.choose(sel.held[0])
        except SelectionRefused:
            pass
        assert sel.custom_used <= 20 and sel.draws_used <= 10
        assert len(sel.held) <= 5
        if sel.status is not SelectionStatus.OPEN:
            assert not sel.held


# --- dates -------------------------------------------------------------------------------------------
def test_deadline_worked_example(cal):
    # The docstring's example: chosen Wed 2026-11-25 → Thu 26, Fri 27, Mon 30.
    assert reservation_deadline(cal, T0) == date(2026, 11, 30)
    assert not is_past_deadline(date(2026, 11, 30), datetime(2026, 11, 30, 23, 59, 59, tzinfo=SHANGHAI))
    assert is_past_deadline(date(2026, 11, 30), datetime(2026, 12, 1, 0, 0, tzinfo=SHANGHAI))
    # 16:30 UTC on 11-24 is already 00:30 on Wed 11-25 in Nanjing.
    assert reservation_deadline(cal, datetime.fromisoformat("2026-11-24T16:30:00+00:00")) == date(2026, 11, 30)
    with pytest.raises(CalendarOutOfRange):
        reservation_deadline(cal, datetime(2026, 12, 29, 10, 0, tzinfo=SHANGHAI))


def test_ready_three_calendar_days_after_confirmation():
    assert ready_date(T0) == date(2026, 11, 28)
    assert ready_date(datetime(2026, 12, 30, 10, 0, tzinfo=SHANGHAI)) == date(2027, 1, 2)


def test_blacklist_lasts_two_years_from_the_day_after_the_deadline():
    assert blacklist_last_day(date(2026, 11, 30), 2) == date(2028, 11, 30)
    # Deadline 2028-02-28: barred from 02-29; two years on there is no 02-29 → through 2030-02-28.
    assert blacklist_last_day(date(2028, 2, 28), 2) == date(2030, 2, 28)


def test_only_postman_installation_costs():
    assert [delivery_fee(w) for w in DeliveryWay] == [0, 0, 30, 0]
    assert delivery_fee(DeliveryWay.POST_POSTMAN_INSTALL, postman_fee=35) == 35


# --- eligibility ---------------------------------------------------------------------------------------
def test_vin_check_digit_and_letters():
    assert elig.check_vin("1m8gdm9axkp042788") == "1M8GDM9AXKP042788"  # the textbook example
    for bad in ("1M8GDM9A1KP042788", "1M8GDM9AXKP04278", "1M8GDM9AXKPO42788", "1M8GDM9AXKPQ42788"):
        with pytest.raises(elig.NotEligible):
            elig.check_vin(bad)


def test_invoice_photo_is_a_small_image():
    assert elig.check_invoice_photo(b"\xff\xd8\xff" + b"\0" * 100) == "jpeg"
    assert elig.check_invoice_photo(b"\x89PNG\r\n\x1a\n" + b"\0" * 100) == "png"
    assert elig.check_invoice_photo(b"\xff\xd8\xff" + b"\0" * (1024 * 1024 - 4)) == "jpeg"  # 1 byte under
    for data, code in ((b"\xff\xd8\xff" + b"\0" * (1024 * 1024 - 3), "invoice_photo_too_large"),
                       (b"GIF89a", "invoice_photo_not_image"), (b"", "invoice_photo_missing")):
        with pytest.raises(elig.NotEligible) as refused:
            elig.check_invoice_photo(data)
        assert refused.value.code == code


def test_id_number_born_in_the_future_is_refused():
    from tests.plate_support import demo_id_number

    with pytest.raises(elig.NotEligible):
        elig.check_id_number(demo_id_number("320102", "20261231", "001"), date(2026, 11, 25))
    assert elig.check_id_number(demo_id_number("320102", "19900101", "001"), date(2026, 11, 25))
