"""Inspection-exempt labels at the counter (6年免检标志, issue 15): check, issue, post, print.

The centre decides eligibility (every failed condition named) and keeps one label per vehicle
per year, so issuing at a counter needs its answer at once (never waits offline: the label is
handed over). Entering a postal tracking number for a label applied for online may wait in the
outbox. The printed form is the office's 机动车检验合格标志核发单 (through the printing service).
"""
from __future__ import annotations

from typing import Any

from counter_app.domain.inspection_labels import check_serial, check_tracking_number
from counter_app.domain.stations import STATIONS
from counter_app.services.api_client import ApiClient
from counter_app.services.exams import Clerk, when
from counter_app.services.printing import BigText, Cell, Choice, Fields, FormSpec, Text
from counter_app.services.sync import Write

LABEL_FORM_NUMBER = "NJ122-JY-01"
STATUS_NAMES = {"issued": "已核发", "awaiting_post": "待邮寄", "posted": "已邮寄"}
CHANNEL_NAMES = {"counter": "服务点领取", "post": "网上申领邮寄"}


def label_points() -> list[tuple[int, str]]:
    """The stations that hand out labels (the catalogue; the centre checks again)."""
    return [(s.id, s.name) for s in STATIONS if s.can_issue_labels]


class LabelService:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def eligibility(self, plate_or_vin: str) -> dict[str, Any]:
        """The vehicle, this year's label conditions, and its labels so far."""
        text = plate_or_vin.strip().upper()
        key = "vin" if len(text) == 17 else "plate"
        return self.api.get("/inspection-labels/eligibility", **{key: text})


def issue_write(vehicle: dict[str, Any], serial: str, environmental: bool, label_year: int) -> Write:
    body = {"vehicle_id": vehicle["id"], "serial": check_serial(serial), "environmental_label": environmental,
            "label_year": label_year}
    return Write("inspection_label_issue", "POST", "/inspection-labels", body,
                 f"核发检验合格标志 {vehicle['plate']} {label_year}年度 {body['serial']}", offline_ok=False)


def dispatch_write(label: dict[str, Any], serial: str, tracking_number: str) -> Write:
    body = {"serial": check_serial(serial), "tracking_number": check_tracking_number(tracking_number)}
    return Write("inspection_label_dispatch", "POST", f"/inspection-labels/{label['id']}/dispatch", body,
                 f"检验合格标志邮寄 {label['plate']} 邮件号 {body['tracking_number']}", offline_ok=True)


def label_form(label: dict[str, Any], clerk: Clerk) -> FormSpec:
    """The office's issuing form: the year large, the vehicle, the serial, the environmental label."""
    env = "同时核发环保标志" if label["environmental_label"] else "未核发环保标志"
    rows = [
        [Cell("号牌号码", label["plate"]), Cell("车辆类型", label["vehicle_type"])],
        [Cell("所有人", label["owner_name"]), Cell("使用性质", label["use_nature"])],
        [Cell("车辆识别代号", label["vin"], span=2)],
        [Cell("注册登记日期", label["registered_on"] or "—"), Cell("免检至", label["exempt_until"] or "—")],
        [Cell("标志印刷流水号", label["serial"] or "（邮寄时填写）"), Cell("核发方式", CHANNEL_NAMES[label["channel"]])],
        [Cell("核发时间", when(label["issued_at"], seconds=True)), Cell("核发地点", label["station_name"] or "")],
    ]
    if label["channel"] == "post":
        rows.append([Cell("邮寄地址", label.get("postal_address") or "", span=2)])
        rows.append([Cell("邮件号", label.get("tracking_number") or "（待填写）"),
                     Cell("状态", STATUS_NAMES.get(label["status"], label["status"]))])
    return FormSpec(
        title="机动车检验合格标志核发单", subtitle="（6年内非营运小型、微型载客汽车免检）",
        form_number=LABEL_FORM_NUMBER, serial=f"JY{label['id']:08d}", serial_label="核发号",
        blocks=[
            BigText(f"{label['label_year']}", caption="检验合格标志年度", size=44),
            Fields(heading="车辆信息", rows=rows),
            Choice("环保标志", ["同时核发环保标志", "未核发环保标志"], frozenset({env})),
            Text("已核查：本车交通违法、交通事故均已处理完毕，罚款已缴纳，交强险在有效期内。"),
        ],
        signatures=["车主（代理人）签字", "经办人签字"],
        notes=[
            "检验合格标志请粘贴在机动车前挡风玻璃右上角。",
            "每车每年度核发一张；遗失、损毁的凭本核发单和身份证明到服务点补领。",
            "注册登记满6年的车辆须按规定上线检验。",
        ],
        footer=clerk.footer(),
    )
