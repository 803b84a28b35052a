"""The clerk's end-of-day summary (窗口日终业务汇总表): counts and a log of the day's business."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from dataclasses import dataclass

from counter_app.domain.board import AuditFact, served
from counter_app.domain.business_names import action_name, entity_label
from counter_app.domain.timefmt import format_local
from counter_app.services.api_client import ApiClient
from counter_app.services.printing import Cell, Fields, FormSpec, Grid

FORM_NUMBER = "NJ122-RZ-01"
# Sign-ins and failures are in the log but are not business to count.
NOT_BUSINESS = {"login", "login_failed", "logout"}


def fetch(api: ApiClient, day: date) -> dict[str, Any]:
    return api.get("/reports/daily", day=day.isoformat())


@dataclass(frozen=True)
class Customers:
    """Customers served on the day, by the hall's queue tickets their writes carried."""

    total: int
    by_workflow: dict[str, int]
    average_minutes: float | None  # from the ticket being called to the customer's last write


def customers(report: dict[str, Any]) -> Customers:
    # The same ticket number may come round again another day; within a day it is one customer.
    result = served((None, AuditFact(
        action=e["action"], at=datetime.fromisoformat(e["at"]), queue_ticket=e.get("queue_ticket"),
        ticket_at=datetime.fromisoformat(e["ticket_at"]) if e.get("ticket_at") else None)) for e in report["entries"])
    return Customers(total=result.total, by_workflow=result.by_workflow, average_minutes=result.average_minutes)


def summary_form(report: dict[str, Any], *, printed_at: datetime) -> FormSpec:
    served = customers(report)
    average = "—" if served.average_minutes is None else f"{served.average_minutes:.1f} 分钟"
    counts = [c for c in report["counts"] if c["action"] not in NOT_BUSINESS]
    total = sum(c["count"] for c in counts)
    entries = [e for e in report["entries"] if e["action"] not in NOT_BUSINESS]
    clerk = f"{report['display_name']}（{report['username']}）"
    return FormSpec(
        title="窗口日终业务汇总表", form_number=FORM_NUMBER, serial=f"{report['username']}-{report['day']}",
        serial_label="汇总编号",
        blocks=[
            Fields(rows=[[Cell("受理点", report["station_name"]), Cell("日期", report["day"])],
                         [Cell("经办人", clerk), Cell("办结业务", f"{total} 笔")]]),
            Grid(["业务", "笔数"], [[action_name(c["action"]), str(c["count"])] for c in counts] or [["当日无业务", "0"]],
                 widths=[3, 1], heading="按业务统计"),
            Grid(["业务", "接待人数（叫号）"],
                 [[w, str(n)] for w, n in served.by_workflow.items()] + [["合计", str(served.total)],
                                                                          ["平均办理时长（叫号至最后一笔）", average]],
                 widths=[3, 1], heading="接待统计"),
            Grid(["序号", "时间", "叫号", "业务", "对象"],
                 [[str(i), format_local(datetime.fromisoformat(e["at"]), seconds=True)[11:], e.get("queue_ticket") or "",
                   action_name(e["action"]), entity_label(e["entity"], e["entity_id"])]
                  for i, e in enumerate(entries, start=1)]
                 or [["", "", "", "当日无业务", ""]],
                 widths=[0.6, 1.1, 0.8, 1.9, 1.8], heading="业务明细（据审计日志）"),
        ],
        signatures=["经办人签字", "审核人签字"],
        notes=["本表由系统按审计日志生成，与中心记录一致；签字后交所在窗口负责人留存。"],
        footer=f"经办：{clerk}　受理点：{report['station_name']}　打印时间：{format_local(printed_at)}",
    )
