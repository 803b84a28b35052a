"""Pure rules of the supervisor's console and the live board (issue 12)."""
from datetime import date, datetime, timedelta, timezone

import pytest

from counter_app.domain.access import (
    allowed_pages,
    may_lift_blacklist,
    may_manage_accounts,
    may_manage_calendar,
    may_manage_devices,
    may_read_audit,
    may_watch_board,
)
from counter_app.domain.board import AuditFact, is_late_cancellation, is_no_show, served
from counter_app.domain.console import calendar_runs_out_soon, lift_reason, mask_personal
from counter_app.domain.refused import Refused

T = datetime(2026, 11, 25, 1, 0, tzinfo=timezone.utc)  # 09:00 in Nanjing


def test_the_calendar_warns_two_months_before_its_last_year_ends():
    assert not calendar_runs_out_soon(2026, date(2026, 10, 31))
    assert calendar_runs_out_soon(2026, date(2026, 11, 1))  # 1 Nov to 31 Dec: two months
    assert calendar_runs_out_soon(2026, date(2027, 1, 5))  # already past it
    assert not calendar_runs_out_soon(2027, date(2026, 11, 25))


def test_lifting_needs_a_reason():
    with pytest.raises(Refused) as refused:
        lift_reason("   ")
    assert refused.value.message == "解除黑名单须填写原因"
    with pytest.raises(Refused):
        lift_reason("因" * 129)
    assert lift_reason("  经核实系短信未送达  ") == "经核实系短信未送达"


def test_personal_numbers_in_free_text_are_masked():
    text = '{"id_number": "36042619910101007X", "old": "13912345678", "plate": "苏A12345", "n": 123456789012}'
    assert mask_personal(text) == (
        '{"id_number": "3604**********007X", "old": "139****5678", "plate": "苏A12345", "n": 123456789012}')


def test_customers_are_distinct_tickets_per_scope_and_the_time_runs_from_the_call():
    def fact(action: str, minutes: int, ticket: str | None, called: int | None = 0) -> AuditFact:
        return AuditFact(action=action, at=T + timedelta(minutes=minutes), queue_ticket=ticket,
                         ticket_at=None if called is None else T + timedelta(minutes=called))

    result = served([
        (1, fact("exam_booked", 4, "A001")), (1, fact("exam_booked", 6, "A001")),  # one customer, 6 min
        (1, fact("user_registered", 16, "A002", called=6)),  # 10 min
        (2, fact("exam_booked", 5, "A001")),  # the same number at another station: another customer, 5 min
        (1, fact("login", 7, "A003")),  # not business
        (1, fact("exam_booked", 8, None)),  # no ticket: not counted
    ])
    assert result.total == 3
    assert result.by_workflow == {"考试预约": 2, "面签注册": 1}
    assert result.average_minutes == pytest.approx((6 + 10 + 5) / 3)
    assert served([]).average_minutes is None


def test_late_cancellations_and_no_shows():
    late = AuditFact("exam_booking_cancelled", T, detail={"after_deadline": True})
    early = AuditFact("exam_booking_cancelled", T, detail={"after_deadline": False})
    assert (is_late_cancellation(late), is_late_cancellation(early)) == (True, False)
    assert is_no_show(AuditFact("exam_result_recorded", T, detail={"result": "absent"}))
    assert is_no_show(AuditFact("exam_booking_no_show", T))
    assert not is_no_show(AuditFact("exam_result_recorded", T, detail={"result": "fail"}))


def test_the_console_and_the_board_follow_the_capabilities():
    station = {"can_face_sign": True}
    for may in (may_manage_calendar, may_lift_blacklist, may_watch_board):
        assert may("supervisor") and not may("clerk") and not may("phone_operator")
    # 三员分立 (issue 11): accounts are the system and security administrators', the audit trail the
    # audit administrator's; none of them is the business supervisor's or a clerk's.
    assert may_manage_accounts("sysadmin") and may_manage_accounts("secadmin") and not may_manage_accounts("auditor")
    assert may_read_audit("auditor") and not may_read_audit("sysadmin") and not may_read_audit("secadmin")
    # Devices (counter PCs) are the system administrator's alone (issue 11 item 17: "accounts, devices").
    assert [r for r in ("sysadmin", "secadmin", "auditor", "supervisor", "clerk", "phone_operator", "internet")
            if may_manage_devices(r)] == ["sysadmin"]
    for role in ("supervisor", "clerk", "phone_operator"):
        assert not may_manage_accounts(role) and not may_read_audit(role)
    assert allowed_pages("supervisor", station)[-2:] == ["console", "board"]
    for role in ("sysadmin", "secadmin", "auditor"):
        assert allowed_pages(role, station) == ["printing", "sync", "console"]
    assert "console" not in allowed_pages("clerk", station) and "board" not in allowed_pages("clerk", station)
