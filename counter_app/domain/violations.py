"""Camera-violation handling and payment (曝光处理, DOMAIN.md §6, seed).

A violation caught on camera may be handled and paid without going to the traffic-police
brigade when it qualifies for the simple procedure (简易程序), carries no points and a fine of
at most 200 yuan, and the vehicle is not a large or medium bus, a road-passenger or tourist
coach or a hazardous-goods vehicle (重点车辆). The fine is paid through one of 8 banks; the
amount must equal the fine; one payment per violation; the bank's confirmation settles it and a
second confirmation changes nothing. Pure: every number is a field of `ViolationRules`.

Decisions (docs/DECISIONS.md, issue 15): the vehicle offices' windows apply the same rule as the
internet (what does not qualify goes to the brigade, with the reason); no late fee (滞纳金) is
computed, since the article does not mention one.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from types import MappingProxyType

from counter_app.domain.reasons import Reason
from counter_app.domain.refused import Refused

#: The 8 banks of the article, 工商银行 (the only one before) first.
BANKS: Mapping[str, str] = MappingProxyType({
    "ICBC": "工商银行", "JSB": "江苏银行", "BOC": "中国银行", "CEB": "光大银行",
    "HXB": "华夏银行", "CMBC": "民生银行", "PAB": "平安银行", "CITIC": "中信银行",
})

#: Large and medium buses as the register spells their types (GA 24.4 K1x/K2x).
BUS_TYPES: frozenset[str] = frozenset({
    "大型普通客车", "大型双层客车", "大型卧铺客车", "大型铰接客车", "大型越野客车", "大型专用客车",
    "中型普通客车", "中型双层客车", "中型卧铺客车", "中型铰接客车", "中型越野客车", "中型专用客车",
})
#: Uses (使用性质) of the key vehicles that may not be handled online.
KEY_USES: frozenset[str] = frozenset({"公路客运", "旅游客运", "危化品运输"})


class Status(StrEnum):
    UNHANDLED = "unhandled"  # 未处理
    HANDLED = "handled"  # 已处理（决定书已开具），罚款未缴
    PAID = "paid"  # 已缴款
    REFERRED = "referred"  # 转交警大队处理（仍未处理）


STATUS_NAMES: Mapping[str, str] = MappingProxyType({
    Status.UNHANDLED: "未处理", Status.HANDLED: "已处理未缴款", Status.PAID: "已缴款", Status.REFERRED: "转交警大队",
})


@dataclass(frozen=True)
class ViolationRules:
    max_fine_yuan: int = 200
    max_points: int = 0
    banks: Mapping[str, str] = field(default_factory=lambda: BANKS)
    bus_types: frozenset[str] = BUS_TYPES
    key_uses: frozenset[str] = KEY_USES


@dataclass(frozen=True)
class ViolationFacts:
    simple_procedure: bool
    points: int
    fine_yuan: int
    vehicle_type: str
    use_nature: str


def self_service_refusals(facts: ViolationFacts, rules: ViolationRules = ViolationRules()) -> list[str]:
    """Why this violation cannot be handled and paid without the brigade (empty: it can)."""
    reasons: list[str] = []
    if not facts.simple_procedure:
        reasons.append(Reason("不适用简易程序", "violation_not_simple"))
    if facts.points > rules.max_points:
        reasons.append(Reason(f"记{facts.points}分（仅不记分的违法可自助处理）", "violation_points", points=facts.points))
    if facts.fine_yuan > rules.max_fine_yuan:
        reasons.append(Reason(f"罚款{facts.fine_yuan}元，超过{rules.max_fine_yuan}元", "violation_fine_over",
                              fine=facts.fine_yuan, limit=rules.max_fine_yuan))
    if facts.vehicle_type in rules.bus_types:
        reasons.append(Reason(f"{facts.vehicle_type}属大中型客车", "violation_bus", vehicle_type=facts.vehicle_type))
    if facts.use_nature in rules.key_uses:
        reasons.append(Reason(f"使用性质为{facts.use_nature}的重点车辆", "violation_key_use", use_nature=facts.use_nature))
    return reasons


def brigade_reason(reasons: list[str]) -> str:
    """The sentence the clerk reads out when the violation goes to the brigade."""
    return "须到交警大队处理：" + "；".join(reasons)


def parse_amount(value: str | int | Decimal) -> Decimal:
    """An amount in yuan with at most two decimals, more than zero."""
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise Refused("payment_amount_invalid", "缴款金额应为数字（元，最多两位小数）") from None
    if not amount.is_finite() or amount <= 0 or amount.as_tuple().exponent < -2:
        raise Refused("payment_amount_invalid", "缴款金额应为大于0的数字（元，最多两位小数）")
    return amount


def check_payment(*, status: str, fine_yuan: int, bank: str, amount: Decimal, bank_reference: str,
                  open_payment: bool, rules: ViolationRules = ViolationRules()) -> str:
    """A payment may be recorded: the violation handled, no other payment, a bank of the 8, the
    amount equal to the fine, the bank's reference given. Returns the cleaned reference."""
    if bank not in rules.banks:
        raise Refused("payment_bank_unknown", "请选择可缴款的银行：" + "、".join(rules.banks.values()))
    reference = bank_reference.strip()
    if not (6 <= len(reference) <= 40) or not reference.isascii() or not reference.replace("-", "").isalnum():
        raise Refused("payment_reference_invalid", "银行交易流水号应为6至40位字母、数字或“-”")
    if status == Status.PAID or open_payment:
        raise Refused("payment_duplicate", "该违法的罚款已缴纳或正在等待银行确认，不能重复缴款")
    if status != Status.HANDLED:
        raise Refused("payment_not_handled", "须先处理违法（开具处罚决定书）再缴纳罚款")
    if amount != Decimal(fine_yuan):
        raise Refused("payment_amount_mismatch", f"缴款金额{amount}元与罚款金额{fine_yuan}元不符")
    return reference


def check_handling(*, status: str, facts: ViolationFacts, rules: ViolationRules = ViolationRules()) -> None:
    """A violation may be handled here: still unhandled, and qualifying for self-service."""
    if status in (Status.HANDLED, Status.PAID):
        raise Refused("violation_already_handled", "该违法已处理")
    reasons = self_service_refusals(facts, rules)
    if reasons:
        raise Refused("violation_needs_brigade", brigade_reason(reasons))


def decision_number(office_code: str, year: int, sequence: int) -> str:
    """公安交通管理简易程序处罚决定书编号: office code (6 digits), year, 8-digit sequence."""
    return f"{office_code}{year:04d}{sequence:08d}"


def check_referral(*, status: str, facts: ViolationFacts, rules: ViolationRules = ViolationRules()) -> str:
    """Only an unhandled violation that does not qualify is sent to the brigade; returns the reason."""
    if status != Status.UNHANDLED:
        raise Refused("violation_not_unhandled", f"该违法当前状态为“{STATUS_NAMES.get(status, status)}”，不能转交警大队")
    reasons = self_service_refusals(facts, rules)
    if not reasons:
        raise Refused("violation_self_service", "该违法符合自助处理条件，可在窗口或网上直接处理缴款，无需转交警大队")
    return brigade_reason(reasons)
