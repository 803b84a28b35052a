"""Identifiers of people, units, vehicles and phones, checked with the field's own libraries.

One place that client and server both call: the counter form shows the message beside the
field before anything is sent, and the API answers the same value with the same code and
message (422). Messages say what is wrong, e.g. 「身份证号码校验位错误」.
"""
from __future__ import annotations

import re
from datetime import date

import phonenumbers
from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError
from vininfo import Vin
from vininfo.exceptions import ValidationError as VinValidationError


class FieldError(ValueError):
    """A value a clerk typed is wrong; `code` is stable, `message` is for the clerk."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
        self.message = message


# --- resident identity card number (GB 11643) -------------------------------------------------
def validate_id_number(value: str, today: date, field: str = "id_number") -> str:
    """Normalised 18-character resident ID number, or FieldError saying what is wrong."""
    number = ric.compact(value or "").upper()

    def fail(kind: str, message: str) -> FieldError:
        return FieldError(field, f"id_number_{kind}", message)

    if not number:
        raise fail("missing", "请输入身份证号码")
    if len(number) != 18:
        raise fail("length", f"身份证号码应为18位，现为{len(number)}位")
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise fail("format", "身份证号码格式错误：前17位应为数字，末位为数字或X")
    try:
        birth = ric.get_birth_date(number)
    except ValidationError:
        raise fail("birth_date", "身份证号码中的出生日期无效") from None
    if birth > today:
        raise fail("birth_date", "身份证号码中的出生日期晚于今天")
    if number[17] != ric.calc_check_digit(number):
        raise fail("checksum", "身份证号码校验位错误")
    if not _known_region(number[:6]):
        raise fail("region", "身份证号码中的地区码不存在")
    return number


def _known_region(code: str) -> bool:
    """A county code that python-stdnum's register knows, in any period.

    `ric.get_birth_place` also demands that the code existed in the birth year, but the code
    records where the number was first issued (from 1984 on), not where the person was born:
    everybody born before 1983 in a district created in 1983 would be refused. It also raises
    KeyError for an unknown county of a known province.
    """
    from stdnum import numdb

    info = {k: v for _part, props in numdb.get("cn/loc").info(code) for k, v in props.items()}
    return "county" in info


# --- unified social credit code (GB 32100) ------------------------------------------------------
def validate_uscc(value: str, field: str = "uscc") -> str:
    number = uscc.compact(value or "").upper()

    def fail(kind: str, message: str) -> FieldError:
        return FieldError(field, f"uscc_{kind}", message)

    if not number:
        raise fail("missing", "请输入统一社会信用代码")
    if len(number) != 18:
        raise fail("length", f"统一社会信用代码应为18位，现为{len(number)}位")
    try:
        uscc.validate(number)
    except ValidationError as exc:
        if exc.__class__.__name__ == "InvalidChecksum":
            raise fail("checksum", "统一社会信用代码校验位错误") from None
        raise fail("format", "统一社会信用代码格式错误：含有不允许的字符（不使用I、O、Z、S、V）") from None
    return number


# --- vehicle identification number (GB 16735 / ISO 3779) ------------------------------------------
_VIN_CHARS = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")


def validate_vin(value: str, field: str = "vin") -> str:
    vin = (value or "").strip().upper()

    def fail(kind: str, message: str) -> FieldError:
        return FieldError(field, f"vin_{kind}", message)

    if not vin:
        raise fail("missing", "请输入车辆识别代号")
    if len(vin) != 17:
        raise fail("length", f"车辆识别代号应为17位，现为{len(vin)}位")
    if any(c in "IOQ" for c in vin):
        raise fail("letters", "车辆识别代号不能含有字母I、O、Q")
    if not _VIN_CHARS.match(vin):
        raise fail("format", "车辆识别代号只能由数字和大写字母组成")
    try:
        ok = Vin(vin).verify_checksum()
    except (VinValidationError, KeyError, ValueError):
        ok = False
    if not ok:
        raise fail("checksum", "车辆识别代号校验位（第9位）错误")
    return vin


# --- mobile numbers ---------------------------------------------------------------------------------
def validate_mobile(value: str, field: str = "mobile") -> str:
    digits = re.sub(r"[\s-]", "", value or "")
    if digits.startswith("+86"):
        digits = digits[3:]

    def fail(kind: str, message: str) -> FieldError:
        return FieldError(field, f"mobile_{kind}", message)

    if not digits:
        raise fail("missing", "请输入手机号码")
    if not digits.isdigit() or len(digits) != 11 or not digits.startswith("1"):
        raise fail("format", "手机号码应为以1开头的11位数字")
    number = phonenumbers.parse(digits, "CN")
    if not phonenumbers.is_valid_number(number) or phonenumbers.number_type(number) not in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        raise fail("invalid", "手机号码号段不存在，请核对")
    return digits


# --- plates --------------------------------------------------------------------------------------------
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE = re.compile(rf"^[{PROVINCES}][A-HJ-NP-Z](?:[A-HJ-NP-Z0-9]{{5}}|[DF][A-HJ-NP-Z0-9]{{5}}|[A-HJ-NP-Z0-9]{{5}}[DF])$")


def validate_plate(value: str, field: str = "plate") -> str:
    """A civil plate: province, issuing-office letter, 5 characters (6 for new energy); no I or O."""
    plate = re.sub(r"[\s·•-]", "", value or "").upper()
    if not plate:
        raise FieldError(field, "plate_missing", "请输入号牌号码")
    if not _PLATE.match(plate):
        raise FieldError(field, "plate_format", "号牌号码格式错误，例如 苏A12345（不使用字母I、O）")
    return plate

