"""Which pages and actions a role at a station may use (the centre refuses the rest anyway;
the counter hides them so a clerk never learns it only after the click)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

PAGE_KEYS = ("face_sign", "contact_change", "plates", "exam_booking", "exam_cancel", "labels", "violations", "licence_review",
             "printing", "sync", "exam_day", "exam_fees", "licence_application", "exam_ranking", "console",
             "board")


def allowed_pages(role: str, station: Mapping[str, Any]) -> list[str]:
    """The navigation of one sign-in, in the rail's order."""
    booking_desk = (role == "clerk" and station.get("can_book_exams", False)) or (
        role == "phone_operator" and station.get("has_phone_desk", False))
    allowed = {
        "face_sign": role in ("clerk", "supervisor") and station.get("can_face_sign", True),
        # 变更联系方式 (issue 10): a window clerk's, like registration's changes.
        "contact_change": role == "clerk" and station.get("can_face_sign", True),
        "plates": role in ("clerk", "supervisor") and station.get("can_confirm_plates", False),
        # An exam site's clerk prints the rosters of its sessions from the booking page.
        "exam_booking": bool(booking_desk) or role == "supervisor"
        or (role == "clerk" and station.get("is_exam_site", False)),
        "exam_cancel": bool(booking_desk),
        # The article's other services (issue 15): labels at a label service point; camera
        # violations and the licence review at any window; a supervisor looks.
        "labels": role == "supervisor" or (role == "clerk" and bool(station.get("can_issue_labels", False))),
        "violations": role in ("clerk", "supervisor"),
        "licence_review": role in ("clerk", "supervisor"),
        "printing": True,
        "sync": True,
        # Issue 12: the exam site's day for its own clerks; the retest fee at an exam-booking
        # window; applications accepted at any window that is not only an exam site; ranking
        # for supervisors and the hotline (a caller's position).
        "exam_day": role == "clerk" and bool(station.get("is_exam_site", False)),
        "exam_fees": role == "clerk" and bool(station.get("can_book_exams", False)),
        "licence_application": role == "clerk" and not station.get("is_exam_site", False),
        "exam_ranking": role == "supervisor" or (role == "phone_operator" and bool(station.get("has_phone_desk"))),
        # The supervisor's console (issue 12): offered when any one of its parts is.
        "console": any(may(role) for may in CONSOLE_CAPABILITIES),
        "board": may_watch_board(role),
    }
    return [key for key in PAGE_KEYS if allowed[key]]


def may_book(role: str, station: Mapping[str, Any]) -> bool:
    """Window bookings at an exam-booking window, phone bookings at the phone desk."""
    return (role == "clerk" and bool(station.get("can_book_exams"))) or (
        role == "phone_operator" and bool(station.get("has_phone_desk")))


def may_register(role: str) -> bool:
    """Registration, binding and changes are a window clerk's (a supervisor looks only)."""
    return role == "clerk"


def may_confirm_plates(role: str, station: Mapping[str, Any]) -> bool:
    return role == "clerk" and bool(station.get("can_confirm_plates"))


# --- the supervisor's console and the live board (issue 12) --------------------------------------
# One function per capability, so that a change of who does what (三员分立: system, security and
# audit administrators beside the business supervisor) is made here and nowhere else.
def may_manage_accounts(role: str) -> bool:
    """Create accounts, reset passwords, deactivate, change role and station: the system
    administrator; the security administrator gives roles and lifts lock-outs (三员分立, issue 11;
    the centre refuses each the other's part)."""
    return role in ("sysadmin", "secadmin")


def may_manage_devices(role: str) -> bool:
    """Approve a counter PC's one-time enrolment code and revoke a PC: the system administrator's
    (三员分立, issue 11 item 17: accounts and devices; the centre refuses anyone else)."""
    return role == "sysadmin"


def may_manage_calendar(role: str) -> bool:
    """Enter next year's holidays and make-up working days (放假/调休)."""
    return role == "supervisor"


def may_manage_plate_pool(role: str) -> bool:
    """See the pool's figures and add the next plate segments."""
    return role == "supervisor"


def may_lift_blacklist(role: str) -> bool:
    """Read the plate-selection blacklist and lift an entry with a reason."""
    return role == "supervisor"


def may_read_audit(role: str) -> bool:
    """Search the audit trail: the audit administrator only (三员分立, issue 11)."""
    return role == "auditor"


def may_read_sms_outbox(role: str) -> bool:
    """Read the SMS outbox and each message's state."""
    return role == "supervisor"


def may_watch_board(role: str) -> bool:
    """The live board across the ten sites."""
    return role == "supervisor"


def may_edit_security_policy(role: str) -> bool:
    """Change the security policy (lock-out, password age and history, sign-in lifetime): the
    security administrator only (三员分立, issue 11 item 17)."""
    return role == "secadmin"


def may_read_security_policy(role: str) -> bool:
    """See the security policy: its editor, and the audit administrator, who checks it (read-only)."""
    return may_edit_security_policy(role) or role == "auditor"


CONSOLE_CAPABILITIES = (may_manage_accounts, may_manage_calendar, may_manage_plate_pool, may_lift_blacklist,
                        may_read_audit, may_read_sms_outbox, may_manage_devices, may_read_security_policy)
