"""补考费 at a window: what is owed and why, the payment write, and its printed receipt."""
from __future__ import annotations

from typing import Any

from counter_app.services.exams import Clerk
from counter_app.services.printing import Cell, Fields, FormSpec, Text
from counter_app.services.sync import Write

METHOD_NAMES = {"cash": "现金", "bank_card": "银行卡", "wechat": "微信支付", "alipay": "支付宝"}
RESULT_NAMES = {"pass": "合格", "fail": "不合格", "absent": "缺考"}


def fees_owed(candidate: dict[str, Any]) -> list[dict[str, Any]]:
    """The subjects with a retest fee owed, each with why (the last result and when)."""
    return [s for s in candidate["subjects"] if s["fee_owed"]]


def fee_payment_write(candidate: dict[str, Any], subject: dict[str, Any], method: str, receipt: str) -> Write:
    """Money changes hands at the window: the centre's answer is needed now (never queued)."""
    body: dict[str, Any] = {"subject": subject["subject"], "amount_yuan": subject["fee_yuan"], "method": method}
    if receipt:
        body["terminal_receipt"] = receipt
    return Write("retest_fee", "POST", f"/candidates/{candidate['id']}/fee-payments", body,
                 f"补考费 {subject['name']} {subject['fee_yuan']}元 {candidate['name']} {candidate['id_number_masked']}",
                 offline_ok=False)


def fee_receipt(candidate: dict[str, Any], subject: dict[str, Any], method: str, receipt: str,
                clerk: Clerk) -> FormSpec:
    """The receipt: serial BK + candidate + subject + the how-many-th fee of that subject."""
    serial = f"BK{candidate['id']:06d}{subject['subject'].upper()}{subject['fees_paid']:02d}"
    return FormSpec(
        title="机动车驾驶人考试补考费收款凭证", form_number="NJ122-KS-04", serial=serial, serial_label="凭证号",
        blocks=[
            Fields(heading="缴费信息", rows=[
                [Cell("姓名", candidate["name"]), Cell("身份证号码", candidate["id_number_masked"])],
                [Cell("考试科目", subject["name"]), Cell("准驾车型", candidate["licence_class"])],
                [Cell("缴费原因", f"上次考试{RESULT_NAMES.get(subject.get('last_result') or '', '不合格')}"),
                 Cell("金额", f"{subject['fee_yuan']} 元")],
                [Cell("缴费方式", METHOD_NAMES.get(method, method)), Cell("交易凭证号", receipt or "—")],
            ]),
            Text("补考费已缴纳，可再次预约本科目考试（须符合预约条件）。"),
        ],
        signatures=["缴费人签字", "经办人签字"],
        notes=["本凭证由窗口打印，请妥善保管。"],
        footer=clerk.footer(),
    )
