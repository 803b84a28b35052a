"""Camera violations at the counter (曝光处理, issue 15): list, handle, pay, confirm, refer, receipt.

The centre keeps the violation records and decides (the same pure rules as the gateway): what
qualifies is handled here (the driver's licence recorded, a decision number) and paid through one
of the 8 banks (the bank's transaction reference, the amount equal to the fine); the bank's
confirmation settles it. What does not qualify goes to the traffic-police brigade with the reason.
Handling and paying need the centre's answer at once (money and a decision number); sending a
violation to the brigade and entering a bank's confirmation may wait in the outbox.
"""
from __future__ import annotations

from typing import Any

from counter_app.domain.violations import BANKS, STATUS_NAMES, parse_amount
from counter_app.services.api_client import ApiClient
from counter_app.services.exams import Clerk, when
from counter_app.services.printing import BigText, Cell, Fields, FormSpec, Text
from counter_app.services.sync import Write

RECEIPT_FORM_NUMBER = "NJ122-WF-01"
PAYMENT_STATUS_NAMES = {"pending": "待银行确认", "confirmed": "银行已确认"}


def bank_choices() -> list[tuple[str, str]]:
    return list(BANKS.items())


def status_name(status: str) -> str:
    return STATUS_NAMES.get(status, status)


class ViolationService:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def find(self, plate_or_vin: str) -> dict[str, Any]:
        """The vehicle and its violation records, each with whether it qualifies and why not."""
        text = plate_or_vin.strip().upper()
        key = "vin" if len(text) == 17 else "plate"
        return self.api.get("/violations", **{key: text})


def handle_write(violation: dict[str, Any], licence_number: str, driver_name: str) -> Write:
    body = {"licence_number": licence_number.strip().upper(), "driver_name": driver_name.strip()}
    return Write("violation_handle", "POST", f"/violations/{violation['id']}/handle", body,
                 f"处理交通违法 {violation['plate']} {violation['occurred_at'][:10]} {violation['description']}",
                 offline_ok=False)


def pay_write(violation: dict[str, Any], bank: str, amount: str, bank_reference: str) -> Write:
    body = {"bank": bank, "amount": str(parse_amount(amount)), "bank_reference": bank_reference.strip()}
    return Write("violation_pay", "POST", f"/violations/{violation['id']}/payments", body,
                 f"罚款缴纳 {violation['decision_number']} {body['amount']}元 {BANKS.get(bank, bank)}",
                 offline_ok=False)


def confirm_write(payment: dict[str, Any]) -> Write:
    return Write("violation_payment_confirm", "POST", f"/violation-payments/{payment['id']}/confirm",
                 {"bank_reference": payment["bank_reference"]},
                 f"银行确认缴款 {payment['bank_name']} {payment['bank_reference']}", offline_ok=True)


def refer_write(violation: dict[str, Any]) -> Write:
    return Write("violation_refer", "POST", f"/violations/{violation['id']}/refer", {},
                 f"转交警大队处理 {violation['plate']} {violation['occurred_at'][:10]}", offline_ok=True)


def payment_receipt(violation: dict[str, Any], clerk: Clerk) -> FormSpec:
    """The receipt of a paid (or bank-pending) fine: decision number, amount, bank and reference."""
    payment = violation["payment"]
    return FormSpec(
        title="交通违法罚款缴纳凭证", subtitle="（电子监控记录 简易程序）", form_number=RECEIPT_FORM_NUMBER,
        serial=violation["decision_number"], serial_label="决定书编号",
        blocks=[
            BigText(f"¥{payment['amount']}", caption="缴款金额（元）", size=36),
            Fields(heading="违法信息", rows=[
                [Cell("号牌号码", violation["plate"]), Cell("车辆类型", violation["vehicle_type"])],
                [Cell("违法时间", when(violation["occurred_at"])), Cell("违法地点", violation["place"])],
                [Cell("违法行为", violation["description"], span=2)],
                [Cell("罚款金额", f"{violation['fine_yuan']}元"), Cell("记分", f"{violation['points']}分")],
                [Cell("驾驶证号", violation["licence_number_masked"] or ""),
                 Cell("驾驶人", violation["driver_name"] or "")],
                [Cell("处理时间", when(violation["handled_at"], seconds=True)),
                 Cell("处理地点", violation["handled_station"] or "互联网")],
            ]),
            Fields(heading="缴款信息", rows=[
                [Cell("缴款银行", payment["bank_name"]), Cell("银行交易流水号", payment["bank_reference"])],
                [Cell("缴款时间", when(payment["paid_at"], seconds=True)),
                 Cell("状态", PAYMENT_STATUS_NAMES.get(payment["status"], payment["status"]))],
                [Cell("银行确认时间", when(payment["confirmed_at"], seconds=True) if payment["confirmed_at"] else "—",
                      span=2)],
            ]),
            Text("本凭证不作报销凭据；罚款以银行确认入账为准，银行确认后违法记录状态变为“已缴款”。"),
        ],
        signatures=["当事人签字", "经办人签字"],
        notes=["对处罚决定不服的，可在收到决定书之日起60日内申请行政复议，或6个月内提起行政诉讼。"],
        footer=clerk.footer(),
    )
