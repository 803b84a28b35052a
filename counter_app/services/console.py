"""The supervisor's console (issue 12): staff accounts, the holiday calendar, the plate pool, the
selection blacklist, the audit trail and the SMS outbox, through the centre's endpoints.

Reads run on a worker (the page hands these methods to the task runner). Writes are `Write`s for
the one write path (outbox first); they all need the centre's answer at once (a new account's id,
a lifted entry), so none of them waits offline.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from counter_app.domain.console import lift_reason
from counter_app.domain.passwords import password_problems
from counter_app.domain.refused import Refused
from counter_app.domain.security_policy import BOUNDS, SecurityPolicy, policy_problems
from counter_app.services.api_client import ApiClient
from counter_app.services.sync import Write

ROLE_NAMES = {"clerk": "窗口民警/辅警", "phone_operator": "电话预约话务员", "supervisor": "主管", "internet": "互联网平台网关"}
SMS_STATE_NAMES = {"queued": "待发送", "sent": "已发送", "failed": "发送失败"}
DAY_KIND_NAMES = {"holiday": "放假", "workday": "调休上班", "weekday": "工作日", "weekend": "周末"}
SEGMENT_STATUS_NAMES = {"released": "已投放", "pending": "待投放", "exhausted": "已用完"}
DEVICE_CODE_DIGITS = 8  # the centre's one-time enrolment code (central_api/accounts/devices.py)


def checked_password(password: str, username: str) -> str:
    problems = password_problems(password, username)
    if problems:
        raise Refused("password_weak", "；".join(problems))
    return password


class ConsoleService:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    # --- reads (on a worker) ---------------------------------------------------------------
    def accounts(self) -> list[dict[str, Any]]:
        return self.api.get("/accounts")["data"]

    def stations(self) -> list[dict[str, Any]]:
        return self.api.stations()

    def calendar_years(self) -> dict[str, Any]:
        return self.api.get("/calendar/years")

    def calendar_days(self, year: int) -> list[dict[str, Any]]:
        """The year's holidays and make-up working days as entered (also of a year not declared yet)."""
        return self.api.get("/calendar/entries", year=year)["data"]

    def plate_deadline(self, chosen_on: date) -> dict[str, Any]:
        return self.api.get("/calendar/plate-deadline", chosen_on=chosen_on.isoformat())

    def pool(self) -> dict[str, Any]:
        return self.api.get("/plate-segments")

    def blacklist(self, id_number: str = "") -> list[dict[str, Any]]:
        params = {"id_number": id_number.strip().upper()} if id_number.strip() else {}
        return self.api.get("/plate-blacklist", **params)["data"]

    def audit(self, *, username: str = "", station_id: int | None = None, day: date | None = None,
              entity: str = "", entity_id: str = "", limit: int = 500) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"limit": limit}
        if username.strip():
            params["username"] = username.strip()
        if station_id:
            params["station_id"] = station_id
        if day is not None:
            params["day"] = day.isoformat()
        if entity:
            params["entity"] = entity
        if entity_id.strip():
            params["entity_id"] = entity_id.strip()
        return self.api.get("/audit", **params)["data"]

    def devices(self) -> list[dict[str, Any]]:
        """The enrolled counter PCs (the system administrator's)."""
        return self.api.get("/devices")["data"]

    def security_policy(self) -> dict[str, Any]:
        """The security policy in force (the security administrator's; the auditor reads it)."""
        return self.api.get("/security/policy")

    def sms(self, state: str = "", limit: int = 500) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"limit": limit}
        if state:
            params["state"] = state
        return self.api.get("/sms-outbox", **params)["data"]


# --- writes -------------------------------------------------------------------------------------
def create_account_write(username: str, display_name: str, role: str, station_id: int, password: str) -> Write:
    username = username.strip()
    body = {"username": username, "display_name": display_name.strip(), "role": role, "station_id": station_id,
            "password": checked_password(password, username)}
    return Write("account_create", "POST", "/accounts", body, f"新建账户 {username}（{ROLE_NAMES.get(role, role)}）",
                 offline_ok=False)


def update_account_write(account: dict[str, Any], **changes: Any) -> Write:
    return Write("account_update", "PATCH", f"/accounts/{account['id']}", changes,
                 f"账户变更 {account['username']}", offline_ok=False)


def reset_password_write(account: dict[str, Any], password: str) -> Write:
    return Write("account_reset", "POST", f"/accounts/{account['id']}/password",
                 {"password": checked_password(password, account["username"])},
                 f"重置密码 {account['username']}", offline_ok=False)


def calendar_day_write(day: date, kind: str, name: str) -> Write:
    name = name.strip()
    if not name:
        raise Refused("name_required", "请填写节日名称（如 元旦、春节调休）")
    return Write("calendar_day", "PUT", f"/calendar/days/{day.isoformat()}", {"kind": kind, "name": name[:32]},
                 f"节假日维护 {day.isoformat()} {DAY_KIND_NAMES[kind]} {name}", offline_ok=False)


def calendar_day_remove_write(day: date) -> Write:
    return Write("calendar_day_remove", "DELETE", f"/calendar/days/{day.isoformat()}", None,
                 f"节假日维护 {day.isoformat()} 恢复为普通日", offline_ok=False)


def calendar_year_write(year: int) -> Write:
    return Write("calendar_year", "PUT", f"/calendar/years/{year}", None, f"录入{year}年节假日安排",
                 offline_ok=False)


def segment_write(segment: str) -> Write:
    segment = segment.strip().upper()
    if not segment:
        raise Refused("segment_required", "请填写号段，如 苏A:1LDDL")
    return Write("plate_segment", "POST", "/plate-segments", {"segment": segment}, f"新增号段 {segment}",
                 offline_ok=False)


def lift_write(entry: dict[str, Any], reason: str) -> Write:
    return Write("blacklist_lift", "POST", f"/plate-blacklist/{entry['id']}/lift", {"reason": lift_reason(reason)},
                 f"解除选号黑名单 #{entry['id']}", offline_ok=False)


def approve_device_write(code: str, station_id: int | None) -> Write:
    """Approve the one-time code a counter PC shows (spaces and dashes typed from the phone are ignored)."""
    digits = "".join(ch for ch in code if ch not in " -")
    if len(digits) != DEVICE_CODE_DIGITS or not digits.isascii() or not digits.isdigit():
        raise Refused("device_code_format", f"登记码为{DEVICE_CODE_DIGITS}位数字，请核对本机登录窗口上显示的登记码")
    return Write("device_approve", "POST", "/devices/approval", {"code": digits, "station_id": station_id},
                 "批准本机登记", offline_ok=False)


def revoke_device_write(device: dict[str, Any]) -> Write:
    return Write("device_revoke", "POST", f"/devices/{device['id']}/revoke", None,
                 f"注销本机登记 {device['name']}", offline_ok=False)


def security_policy_write(values: dict[str, int]) -> Write:
    """Store the policy's six numbers, checked against the bounds the centre checks (one definition)."""
    policy = SecurityPolicy(**{name: int(values[name]) for name in BOUNDS})
    problems = policy_problems(policy)
    if problems:
        refused = Refused(problems[0].code, "；".join(p.message for p in problems))
        refused.details = [p.facts() for p in problems]  # type: ignore[attr-defined] - the English needs the bounds
        raise refused
    return Write("security_policy", "PUT", "/security/policy", policy.as_dict(), "修改安全策略", offline_ok=False)


def change_own_password(api: ApiClient, username: str, old: str, new: str) -> None:
    """The signed-in user's own change (on a worker): checked here first, then by the centre."""
    api.post("/auth/password", {"old_password": old, "new_password": checked_password(new, username)})
