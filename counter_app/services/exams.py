"""Exam booking for the views: typed calls to the central API and the printed forms.

Every function here does I/O (HTTP, PDF rendering, a CSV file): views run them through
`ctx.runner.submit` so nothing blocks the UI thread.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from counter_app.domain.exams import SUBJECT_NAMES, Subject
from counter_app.domain.text_safety import csv_cell
from counter_app.domain.timefmt import format_local
from counter_app.services.api_client import ApiClient, LoginInfo
from counter_app.services.printing import Cell, Fields, FormSpec, Grid, Text, render_pdf
from counter_app.services.sync import Write

CHANNEL_NAMES = {"window": "窗口", "phone": "电话", "internet": "互联网"}
STATUS_NAMES = {"requested": "已申请，待排序", "allocated": "预约成功", "not_allocated": "未排上考位",
                "cancelled": "已取消", "completed": "已考试"}
REASON_NAMES = {"self": "本人原因", "not_self": "非本人原因"}
RESULT_NAMES = {"pass": "合格", "fail": "不合格", "absent": "缺考"}


def when(value: str | None, *, seconds: bool = False) -> str:
    """An API timestamp shown in Nanjing time ('' for none)."""
    return format_local(datetime.fromisoformat(value), seconds=seconds) if value else ""


class ExamDesk:
    """The exam endpoints of the central API, as the booking and cancellation pages use them."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def is_working_day(self, day: date) -> bool:
        """The centre's calendar (holidays and 调休 included) for one day."""
        answer = self.api.request("GET", "/calendar", params={"from": day.isoformat(), "to": day.isoformat()})
        return bool(answer["data"][0]["working"])

    def find_candidate(self, id_number: str, mobile: str | None = None) -> dict[str, Any]:
        params = {"id_number": id_number} | ({"mobile": mobile} if mobile else {})
        return self.api.get("/candidates", **params)

    def sessions(self, *, subject: str | None = None, licence_class: str | None = None,
                 open_only: bool = True) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"open_only": open_only}
        if subject:
            params["subject"] = subject
        if licence_class:
            params["licence_class"] = licence_class
        return self.api.get("/exam-plans", **params)["data"]

    def bookings(self, id_number: str, mobile: str | None = None) -> list[dict[str, Any]]:
        params = {"id_number": id_number} | ({"mobile": mobile} if mobile else {})
        return self.api.get("/exam-bookings", **params)["data"]

    def roster(self, plan_id: int) -> dict[str, Any]:
        return self.api.get(f"/exam-plans/{plan_id}/roster")


# --- writes (through the WriteQueue: outbox first, then the centre) ---------------------------------
# A booking request or a cancellation before the booking deadline may wait in the outbox when the
# link drops (the centre decides on replay; a refusal lands in 待处理). Within the last hour
# before the deadline, and after it, the centre's answer is needed at once: a queued request could
# arrive too late, and after the deadline only a counter with the ID in hand may cancel.
WAIT_MARGIN = timedelta(hours=1)


def may_wait(plan: dict[str, Any], now: datetime) -> bool:
    return datetime.fromisoformat(plan["booking_deadline"]) - WAIT_MARGIN > now


def book_write(session: dict[str, Any], candidate: dict[str, Any], id_number: str,
               caller_mobile: str | None = None, *, now: datetime) -> Write:
    body: dict[str, Any] = {"plan_id": session["id"], "id_number": id_number}
    if caller_mobile:
        body["caller_mobile"] = caller_mobile
    return Write("exam_booking", "POST", "/exam-bookings", body,
                 f"考试预约 {session['subject_name']} {session['exam_date']} {session['start_time']} "
                 f"{candidate['name']} {candidate['id_number_masked']}", offline_ok=may_wait(session, now),
                 local_ref_prefix="YS")


def provisional_booking(session: dict[str, Any], candidate: dict[str, Any], subject: dict[str, Any], *,
                        local_ref: str, channel: str, now: datetime) -> dict[str, Any]:
    """A booking saved offline, as its provisional receipt shows it (the centre numbers it later)."""
    return {
        "id": None, "local_ref": local_ref, "plan": session, "candidate_name": candidate["name"],
        "id_number_masked": candidate["id_number_masked"], "subject": session["subject"],
        "subject_name": session["subject_name"], "channel": channel, "requested_at": now.isoformat(),
        "ranking_time": subject.get("ranking_time"), "ranking_rule": subject.get("ranking_rule"),
        "ranking_rule_text": subject.get("ranking_rule_text"), "status": "requested",
    }


def publish_write(values: dict[str, Any]) -> Write:
    subject = SUBJECT_NAMES.get(Subject(values["subject"]), values["subject"])
    return Write("exam_plan_publish", "POST", "/exam-plans", values,
                 f"发布考试计划 {values['exam_date']} {values['start_time']} {subject} {values['licence_class']}",
                 offline_ok=False)


def allocate_write(session: dict[str, Any]) -> Write:
    return Write("exam_plan_allocate", "POST", f"/exam-plans/{session['id']}/allocate", None,
                 f"考试排序分配 {session['exam_date']} {session['start_time']} {session['site_name']} "
                 f"{session['subject_name']}", offline_ok=False)


def cancel_write(booking: dict[str, Any], reason: str, id_checked: bool, caller_mobile: str | None = None, *,
                 now: datetime) -> Write:
    body: dict[str, Any] = {"reason": reason, "id_checked": id_checked}
    if caller_mobile:
        body["caller_mobile"] = caller_mobile
    return Write("exam_cancel", "POST", f"/exam-bookings/{booking['id']}/cancel", body,
                 f"取消考试预约 {booking['id']} {booking['subject_name']} {booking['candidate_name']}",
                 offline_ok=may_wait(booking["plan"], now))


# --- printed forms ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Clerk:
    """Who prints, where and when: the footer of every form."""

    display_name: str
    username: str
    station: str
    printed_at: datetime
    queue_ticket: str = ""  # the hall's queue ticket (叫号) of the customer the paper is for

    @classmethod
    def of(cls, login: LoginInfo, printed_at: datetime, queue_ticket: str = "") -> Clerk:
        return cls(login.display_name, login.username, login.station["name"], printed_at, queue_ticket)

    def footer(self) -> str:
        ticket = f"叫号 {self.queue_ticket}　" if self.queue_ticket else ""
        return (f"{ticket}经办：{self.display_name}（{self.username}）　{self.station}　"
                f"打印时间 {format_local(self.printed_at)}")


def _session(plan: dict[str, Any]) -> str:
    return f"{plan['exam_date']} {plan['start_time']}"


def _booking_cells(booking: dict[str, Any]) -> list[list[Cell]]:
    plan = booking["plan"]
    return [
        [Cell("姓名", booking["candidate_name"]), _document_cell(booking)],
        *_document_type_row(booking),
        [Cell("考试科目", booking["subject_name"]), Cell("准驾车型", plan["licence_class"])],
        [Cell("考试时间", _session(plan)), Cell("考场", plan["site_name"])],
        [Cell("预约方式", CHANNEL_NAMES.get(booking["channel"], booking["channel"])),
         Cell("申请时间", when(booking["requested_at"], seconds=True))],
        [Cell("排序时间", when(booking["ranking_time"], seconds=True)),
         Cell("排序依据", f"规则{booking['ranking_rule']}：{booking['ranking_rule_text']}")],
    ]


def _document_cell(booking: dict[str, Any]) -> Cell:
    """身份证号码, or 证件号码 for the other documents (residence permits, foreigners' card)."""
    resident = (booking.get("id_type_name") or "居民身份证") == "居民身份证"
    return Cell("身份证号码" if resident else "证件号码", booking["id_number_masked"])


def _document_type_row(booking: dict[str, Any]) -> list[list[Cell]]:
    """A row naming the document when it is not the resident ID card."""
    name = booking.get("id_type_name") or "居民身份证"
    return [] if name == "居民身份证" else [[Cell("证件类型", name, span=2)]]


def booking_receipt(booking: dict[str, Any], clerk: Clerk, *, last_chance: bool = False,
                    provisional: bool = False) -> FormSpec:
    """The receipt; `last_chance` when this is the candidate's last booking of the subject
    allowed within the permit, `provisional` while an offline booking waits for the centre."""
    plan = booking["plan"]
    warnings = []
    if last_chance:
        warnings.append(Text(f"注意：这是本科目在学习驾驶证明有效期内的最后一次预约机会（共 {booking.get('max_bookings', 5)} 次）。"
                             "缺考或不合格后不能再预约本科目，须重新申请。", size=11))
    if provisional:
        warnings.append(Text("【待中心确认】本凭证为临时凭证：网络恢复后由中心受理并排序，请以中心确认后的正式凭证和短信为准。",
                             size=11))
    serial = booking["local_ref"] if provisional else f"YY{booking['id']:08d}"
    return FormSpec(
        title="机动车驾驶人考试预约凭证" + ("（待中心确认）" if provisional else ""), form_number="NJ122-KS-01",
        serial=serial, serial_label="临时编号" if provisional else "预约号",
        blocks=[
            Fields(heading="预约信息", rows=[
                *_booking_cells(booking),
                [Cell("预约截止", when(plan["booking_deadline"])),
                 Cell("预约状态", STATUS_NAMES.get(booking["status"], booking["status"]))],
            ]),
            Text("预约截止后，按排序规则分配考位，分配结果以短信通知（发送方 12123）。请以短信为准按时参加考试。"),
            *warnings,
        ],
        signatures=["考生签字", "经办人签字"],
        notes=[
            "预约截止前可通过互联网、电话（85280399，工作日）或窗口取消预约。",
            "预约截止后只能由本人持有效身份证件到南京市车管所或江北分所互联网业务窗口取消，最迟在考试前一个工作日；考试当天不能取消。",
            "缺考视为考试不合格；考试不合格或缺考须缴纳补考费后方可再次预约。",
        ],
        footer=clerk.footer(),
    )


def cancellation_receipt(booking: dict[str, Any], clerk: Clerk) -> FormSpec:
    had_seat = booking.get("allocated_at") is not None
    if booking.get("cancel_reason") == "self" and had_seat:
        effect = "已预约成功后因本人原因取消：下次预约本科目按本次取消时间排序（规则3或规则4）。"
    elif booking.get("cancel_reason") == "self":
        effect = "排序分配前取消：下次预约的排序时间不变。"
    else:
        effect = "非本人原因取消：下次预约的排序时间不变。"
    return FormSpec(
        title="机动车驾驶人考试取消预约凭证", form_number="NJ122-KS-02", serial=f"QX{booking['id']:08d}",
        serial_label="预约号",
        blocks=[
            Fields(heading="原预约信息", rows=_booking_cells(booking)),
            Fields(heading="取消信息", rows=[
                [Cell("取消时间", when(booking["cancelled_at"], seconds=True)),
                 Cell("取消原因", REASON_NAMES.get(booking["cancel_reason"] or "", ""))],
                [Cell("办理方式", CHANNEL_NAMES.get(booking.get("cancel_channel") or "", "")),
                 Cell("已核验身份证件", "是" if booking["id_checked"] else "否")],
            ]),
            Text(effect),
        ],
        signatures=["考生签字", "经办人签字"],
        notes=["取消后如需考试，请重新预约。"],
        footer=clerk.footer(),
    )


ROSTER_HEADERS = ("座位号", "照片", "姓名", "身份证号码", "准驾车型", "预约号", "考生签字")


def roster_rows(roster: dict[str, Any]) -> list[list[str]]:
    return [[str(e["seat"]), "（照片）", e["candidate_name"], e["id_number_masked"], e["licence_class"],
             f"YY{e['booking_id']:08d}", ""] for e in sorted(roster["data"], key=lambda e: e["seat"])]


def roster_form(roster: dict[str, Any], clerk: Clerk) -> FormSpec:
    plan = roster["plan"]
    return FormSpec(
        title="机动车驾驶人考试考生名册", form_number="NJ122-KS-03", serial=f"KC{plan['id']:06d}",
        serial_label="场次号",
        subtitle=f"{plan['site_name']}　{_session(plan)}　{plan['subject_name']}（{plan['licence_class']}）",
        blocks=[
            Text(f"计划人数 {plan['capacity']} 人，排上考位 {roster['count']} 人，按座位号（排序名次）排列。"),
            Grid(ROSTER_HEADERS, roster_rows(roster), widths=[0.95, 1.4, 1.3, 3.0, 1.25, 1.6, 1.9], row_height=22),
        ],
        signatures=["监考员签字", "考场负责人签字"],
        notes=["考生须持本人有效身份证件入场，核对照片与本人一致后签字。"],
        footer=clerk.footer(),
    )


def roster_csv(roster: dict[str, Any]) -> str:
    """The roster as CSV (with a BOM, so that Excel opens the Chinese right); a cell that a
    spreadsheet would run as a formula is written as text (domain/text_safety.py)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([h for h in ROSTER_HEADERS if h not in ("照片", "考生签字")])
    for row in roster_rows(roster):
        writer.writerow([csv_cell(cell) for cell in (row[0], *row[2:6])])
    return out.getvalue()


def export_roster_csv(roster: dict[str, Any], path: Path) -> Path:
    path.write_text(roster_csv(roster), encoding="utf-8", newline="")
    return path


def print_pdf(spec: FormSpec) -> bytes:
    """Render a form (CPU work: run it off the UI thread)."""
    return render_pdf(spec)
