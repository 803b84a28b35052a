"""Every endpoint with every role, with no token and with an expired token.

The expected matrix is written here from the rules (ARCHITECTURE.md, DOMAIN.md, issue 7),
not read from the code: phone operators book and cancel, nothing else; counter clerks do
face-sign work; supervisors manage plans, calendar and accounts; the 122 gateway (internet)
registers online users. 三员分立 (issue 11): the system administrator manages accounts and
devices, the security administrator roles and lock-outs, the audit administrator reads the trail;
none of them does counter business, and the business supervisor manages no accounts.
A new endpoint without a line here fails the coverage test.
Each write that succeeds leaves exactly one audit row; each refused request (any method) leaves
exactly one `access_refused` row.
"""
import re
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from central_api.models import AuditLog
from tests.helpers import login_headers

ROLES = ("clerk", "phone_operator", "supervisor", "internet", "sysadmin", "secadmin", "auditor")
ACCOUNT_OF = {"clerk": "clerk01", "phone_operator": "phone01", "supervisor": "admin", "internet": "internet01",
              "sysadmin": "sysadmin01", "secadmin": "secadmin01", "auditor": "auditor01"}
ADMINS = {"sysadmin", "secadmin", "auditor"}
ALL = set(ROLES) - ADMINS  # every business role
EVERYONE = set(ROLES)
PUBLIC = None

EXPECTED: dict[str, set[str] | None] = {
    "health": PUBLIC,
    "login": PUBLIC,
    "logout": EVERYONE,
    "change_own_password": EVERYONE,
    "list_accounts": {"sysadmin", "secadmin"},
    "create_account": {"sysadmin"},
    "update_account": {"sysadmin", "secadmin"},
    "reset_password": {"sysadmin"},
    "unlock_account": {"secadmin"},
    # Devices (issue 11): a PC asks and signs without an account; the system administrator approves.
    "auth_challenge": PUBLIC,
    "request_device_enrolment": PUBLIC,
    "device_status": PUBLIC,
    "list_devices": {"sysadmin"},
    "approve_device": {"sysadmin"},
    "revoke_device": {"sysadmin"},
    # The security policy (issue 11 item 17): the security administrator's; the auditor reads it.
    "get_security_policy": {"secadmin", "auditor"},
    "put_security_policy": {"secadmin"},
    "list_stations": EVERYONE,
    "get_calendar": ALL,
    "put_calendar_day": {"supervisor"},
    "delete_calendar_day": {"supervisor"},
    "put_calendar_year": {"supervisor"},
    "list_vehicles": {"clerk", "supervisor"},
    "list_licences": {"clerk", "supervisor"},
    "list_users": {"clerk", "supervisor", "internet"},
    "get_user": {"clerk", "supervisor", "internet"},
    "register_personal": {"clerk", "internet"},
    # The gateway passes the role check and is refused by the counter-only rule (403 too).
    "register_unit": {"clerk", "internet"},
    "face_sign_user": {"clerk"},
    "change_user": {"clerk", "internet"},
    "bind_vehicle": {"clerk", "internet"},
    "unbind_vehicle": {"clerk", "internet"},
    "list_audit": {"auditor"},
    "record_outbox_takeover": {"supervisor"},  # issue 11: a counter PC's waiting writes change hands
    "daily_report": ALL,  # each account reads its own day only
    # Plates (issue 5): the gateway selects; clerks find and confirm; supervisors run the pool.
    "start_plate_selection": {"internet"},
    "get_plate_selection": {"internet"},
    "custom_plate": {"internet"},
    "draw_plates": {"internet"},
    "choose_plate": {"internet"},
    "list_plate_reservations": {"clerk", "supervisor", "internet"},
    "confirm_plate_reservation": {"clerk"},
    "list_plate_segments": {"supervisor"},
    "add_plate_segment": {"supervisor"},
    "list_plate_blacklist": {"clerk", "supervisor"},
    "lift_plate_blacklist": {"supervisor"},
    "run_plate_expiry": {"supervisor"},
    # Exams (issue 6): the booking desks are the windows, the hotline and the 122 gateway.
    "find_candidate": ALL,
    "create_candidate": {"supervisor"},
    "pay_retest_fee": {"clerk", "supervisor"},
    # Issue 12: a window accepts the licence application (驾驶证申请受理).
    "accept_licence_application": {"clerk", "supervisor"},
    "list_exam_plans": ALL,
    "publish_exam_plan": {"supervisor"},
    "get_exam_plan": ALL,
    "list_exam_plan_requests": {"clerk", "supervisor", "phone_operator"},
    "allocate_exam_plan": {"supervisor"},
    "get_exam_roster": {"clerk", "supervisor"},
    # Issue 12: the site's roster with whole numbers passes the role check for the windows, then
    # only the plan's own exam site gets it (403 not_exam_site elsewhere).
    "get_exam_site_roster": {"clerk", "supervisor"},
    "book_exam": ALL,
    "list_exam_bookings": ALL,
    "cancel_exam_booking": ALL,
    "record_exam_result": {"clerk", "supervisor"},
    "list_sms_outbox": {"supervisor"},
    # Issue 10: no-shows by the scheduler (a supervisor may run it); 变更联系方式 at a window.
    "run_no_shows": {"supervisor"},
    "list_person_records": {"clerk"},
    "change_contact": {"clerk"},
    # Client updates (issue 14): every account that signs in at a counter PC (the administrators
    # too: a counter below the minimum version stops whoever signs in); the gateway runs none.
    "get_client_release": {"clerk", "phone_operator", "supervisor"} | ADMINS,
    "download_client_package": {"clerk", "phone_operator", "supervisor"} | ADMINS,
    # The article's other services (issue 15). Labels: a point's clerk issues, the gateway applies
    # for the post, a clerk or supervisor posts it; violations: a window or the gateway handles and
    # pays, the bank's confirmation comes through either, only a window refers to the brigade;
    # points study: the learning platform reports through the gateway, a window reviews.
    "label_eligibility": {"clerk", "supervisor", "internet"},
    "list_labels_awaiting_post": {"clerk", "supervisor"},
    "issue_inspection_label": {"clerk"},
    "apply_inspection_label_by_post": {"internet"},
    "dispatch_inspection_label": {"clerk", "supervisor"},
    "list_violations": {"clerk", "supervisor", "internet"},
    "handle_violation": {"clerk", "internet"},
    "pay_violation": {"clerk", "internet"},
    "confirm_violation_payment": {"clerk", "internet"},
    "refer_violation": {"clerk"},
    "get_points_study": {"clerk", "supervisor", "internet"},
    "report_study_sitting": {"internet"},
    "report_study_test": {"internet"},
    "review_licence": {"clerk"},
    # The supervisor's console and the live board (issue 12): the calendar's years, entries and the
    # trial plate deadline are reference data; every counter PC reports its heartbeat (the gateway
    # runs no counter program); only supervisors watch the board.
    "list_calendar_years": ALL,
    "list_calendar_entries": ALL,
    "plate_deadline": ALL,
    "counter_heartbeat": {"clerk", "phone_operator", "supervisor"},
    "live_board": {"supervisor"},
}

PATH_VALUES = {"day": "2026-12-01", "year": "2027"}


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str

    @property
    def url(self) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: PATH_VALUES.get(m.group(1), "1"), self.path)

    @property
    def query(self) -> dict:
        return {"get_calendar": {"from": "2026-12-01", "to": "2026-12-02"},
                "list_licences": {"id_number": "320102198503120178"},
                "list_person_records": {"id_number": "320102198503120178"}}.get(self.operation_id, {})

    def call(self, client, headers):  # noqa: ANN001, ANN201
        body = {} if self.method in ("POST", "PATCH", "PUT") else None
        return client.request(self.method, self.url, params=self.query, headers=headers, json=body)


def _routes(app) -> list[Operation]:  # noqa: ANN001
    """The operations the OpenAPI document publishes: the contract clients see."""
    return [Operation(method.upper(), path, spec["operationId"])
            for path, item in app.openapi()["paths"].items() for method, spec in item.items()]


def _audit_rows(services) -> int:  # noqa: ANN001
    with services.sessionmaker() as session:
        return session.scalar(select(func.count(AuditLog.id)))


def test_every_endpoint_has_an_expected_line(client):
    assert {op.operation_id for op in _routes(client.app)} == set(EXPECTED)


def test_roles(client, services):
    for op in _routes(client.app):
        allowed = EXPECTED[op.operation_id]
        if allowed is PUBLIC:
            continue
        for role in ROLES:
            headers = login_headers(client, ACCOUNT_OF[role])
            before = _audit_rows(services)
            response = op.call(client, headers)
            delta = _audit_rows(services) - before
            where = f"{role} {op.method} {op.path}: {response.status_code} {response.text[:200]}"
            if role not in allowed:
                assert response.status_code == 403, where
                assert response.json()["code"] == "role_forbidden", where
            else:
                assert response.status_code not in (401, 403), where
            assert response.status_code < 500, where
            if role not in allowed:
                assert delta == 1, where  # the refusal, audited
            elif op.method != "GET":
                assert delta == (1 if response.status_code < 300 else 0), where


@pytest.mark.parametrize("expired", [False, True])
def test_missing_or_expired_tokens_get_401(client, clock, expired):
    headers = login_headers(client, "admin") if expired else {}
    if expired:
        clock.advance(timedelta(hours=12, minutes=1))
    for op in _routes(client.app):
        if EXPECTED[op.operation_id] is PUBLIC:
            continue
        response = op.call(client, headers)
        assert response.status_code == 401, f"{op.method} {op.path}: {response.status_code}"
        assert response.json()["code"] in ("not_authenticated", "invalid_token")
