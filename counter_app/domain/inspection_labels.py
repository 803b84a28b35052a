"""The six-year inspection-exempt label (6年免检标志, DOMAIN.md §6, seed).

New non-commercial small cars need no on-line inspection for six years; each year's label
(检验合格标志) is issued after every traffic accident and violation of the vehicle is dealt with,
at a service point or online (posted home); the online channel issues the environmental label
with it. Pure: the caller gathers the vehicle's facts; every number is a field of `LabelRules`.

Decisions (docs/DECISIONS.md, issue 15):
- The label of year Y stands for the registration anniversary in Y: exempt while
  0 <= Y - registration year < 6; the sixth and later anniversaries need an inspection.
- The compulsory insurance (交强险) must be valid on the day the label is issued.
- One label per vehicle per label year, whichever channel issued it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from counter_app.domain.refused import Refused


class LabelChannel(StrEnum):
    COUNTER = "counter"  # at a service point, serial entered or scanned
    POST = "post"  # applied for online, posted home


#: The register's small passenger-car types (GA 24.4 K3x/K4x wording, as the register spells them).
SMALL_CAR_TYPES: frozenset[str] = frozenset({
    "小型普通客车", "小型轿车", "小型越野客车", "小型专用客车", "微型普通客车", "微型轿车", "微型越野轿车",
})


@dataclass(frozen=True)
class LabelRules:
    exempt_years: int = 6
    vehicle_types: frozenset[str] = SMALL_CAR_TYPES
    uses: frozenset[str] = frozenset({"非营运"})
    labels_per_year: int = 1
    environmental_label_with_it: bool = True  # the WeChat/online channel issues both (seed)
    serial_min_length: int = 8
    serial_max_length: int = 20


@dataclass(frozen=True)
class VehicleFacts:
    """What the register and the other systems know of the vehicle on the day of issue."""

    vehicle_type: str
    use_nature: str
    registered_on: date | None
    insurance_valid_until: date | None
    unhandled_violations: tuple[str, ...] = ()  # one line each: when, where, what
    unhandled_accidents: tuple[str, ...] = ()
    unpaid_fines: tuple[str, ...] = ()  # decision number and amount
    label_years: frozenset[int] = field(default_factory=frozenset)  # years a label was issued


@dataclass(frozen=True)
class Condition:
    """One failed condition: a stable code, a sentence for the clerk, the records behind it."""

    code: str
    message: str
    items: tuple[str, ...] = ()


def _fmt(day: date) -> str:
    return f"{day:%Y-%m-%d}"


def refusals(facts: VehicleFacts, label_year: int, today: date, rules: LabelRules = LabelRules()) -> list[Condition]:
    """Every condition the vehicle fails for the label of `label_year` (empty: it may have it)."""
    found: list[Condition] = []
    if facts.vehicle_type not in rules.vehicle_types:
        found.append(Condition("label_vehicle_type", f"免检标志仅限小型、微型载客汽车，本车为{facts.vehicle_type}，须上线检验"))
    if facts.use_nature not in rules.uses:
        found.append(Condition("label_vehicle_use", f"免检标志仅限非营运车辆，本车使用性质为{facts.use_nature}，须上线检验"))
    if facts.registered_on is None:
        found.append(Condition("label_not_registered", "车辆尚无注册登记日期，不能申领免检标志"))
    else:
        age = label_year - facts.registered_on.year
        if age < 0:
            found.append(Condition("label_year_before_registration",
                                   f"车辆于{_fmt(facts.registered_on)}注册登记，不能申领{label_year}年度的检验标志"))
        elif age >= rules.exempt_years:
            found.append(Condition(
                "label_exempt_period_over",
                f"车辆于{_fmt(facts.registered_on)}注册登记，{label_year}年已满{rules.exempt_years}年免检期，须上线检验"))
    if facts.unhandled_violations:
        found.append(Condition("label_unhandled_violations",
                               f"有{len(facts.unhandled_violations)}起交通违法未处理，须先处理",
                               facts.unhandled_violations))
    if facts.unhandled_accidents:
        found.append(Condition("label_unhandled_accidents",
                               f"有{len(facts.unhandled_accidents)}起交通事故未处理结案，须先处理",
                               facts.unhandled_accidents))
    if facts.insurance_valid_until is None:
        found.append(Condition("label_no_insurance", "没有机动车交通事故责任强制保险记录"))
    elif facts.insurance_valid_until < today:
        found.append(Condition("label_insurance_expired",
                               f"交强险已于{_fmt(facts.insurance_valid_until)}到期，须续保后申领"))
    if facts.unpaid_fines:
        found.append(Condition("label_unpaid_fines", f"有{len(facts.unpaid_fines)}笔罚款未缴纳，须先缴纳",
                               facts.unpaid_fines))
    issued = sum(1 for year in facts.label_years if year == label_year)
    if issued >= rules.labels_per_year:
        found.append(Condition("label_already_issued", f"本车{label_year}年度的检验标志已经核发，每车每年一张"))
    return found


def check_serial(value: str, rules: LabelRules = LabelRules()) -> str:
    """The printed serial of the label blank (entered or scanned): letters and digits only."""
    serial = value.strip().upper()
    if not (rules.serial_min_length <= len(serial) <= rules.serial_max_length) or not serial.isascii() \
            or not serial.isalnum():
        raise Refused("label_serial_invalid",
                      f"标志印刷流水号应为{rules.serial_min_length}至{rules.serial_max_length}位字母或数字")
    return serial


def check_tracking_number(value: str) -> str:
    """A postal tracking number (EMS and the domestic couriers): 10–20 letters and digits."""
    number = value.strip().upper()
    if not (10 <= len(number) <= 20) or not number.isascii() or not number.isalnum():
        raise Refused("tracking_number_invalid", "邮件号应为10至20位字母或数字")
    return number
