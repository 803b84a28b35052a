"""Identifiers of people, units, vehicles and phones, checked with the field's own libraries.

One place that client and server both call: the counter form shows the message beside the
field before anything is sent, and the API answers the same value with the same code and
message (422). Messages say what is wrong, e.g. 「身份证号码校验位错误」.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

import phonenumbers
from stdnum.cn import ric
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


# --- identity documents with an 18-character GB 11643 number -----------------------------------
class IdDocument(StrEnum):
    """The document a number belongs to, told apart by its first characters."""

    RESIDENT_ID = "resident_id"  # 居民身份证
    HK_MACAU_PERMIT = "hk_macau_permit"  # 港澳居民居住证: region 810000 (HK) / 820000 (Macau)
    TAIWAN_PERMIT = "taiwan_permit"  # 台湾居民居住证: region 830000
    FOREIGN_PERMANENT = "foreign_pr_card"  # 外国人永久居留身份证 (2023 edition): starts with 9
    USCC = "uscc"  # 统一社会信用代码 (units)


ID_DOCUMENT_NAMES: Mapping[IdDocument, str] = MappingProxyType({
    IdDocument.RESIDENT_ID: "居民身份证",
    IdDocument.HK_MACAU_PERMIT: "港澳居民居住证",
    IdDocument.TAIWAN_PERMIT: "台湾居民居住证",
    IdDocument.FOREIGN_PERMANENT: "外国人永久居留身份证",
    IdDocument.USCC: "统一社会信用代码证书",
})

#: Residence permits carry these fixed "region" codes instead of a county (国办发〔2018〕81号).
PERMIT_REGIONS: Mapping[str, IdDocument] = MappingProxyType({
    "810000": IdDocument.HK_MACAU_PERMIT,
    "820000": IdDocument.HK_MACAU_PERMIT,
    "830000": IdDocument.TAIWAN_PERMIT,
})

#: GB 11643 weights 2^(17-i) mod 11 of the first 17 digits; the check digit maps 0..10.
GB11643_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
GB11643_CHECK = "10X98765432"


def gb11643_check_digit(first17: str) -> str:
    return GB11643_CHECK[sum(int(c) * w for c, w in zip(first17, GB11643_WEIGHTS, strict=True)) % 11]


@dataclass(frozen=True)
class Identity:
    number: str
    document: IdDocument

    @property
    def document_name(self) -> str:
        return ID_DOCUMENT_NAMES[self.document]


def id_document_of(number: str) -> IdDocument:
    """The document of an already validated 18-character number (USCC included)."""
    if not number[:17].isdigit():
        return IdDocument.USCC
    if number[0] == "9" and number[:6] not in PERMIT_REGIONS:
        return IdDocument.FOREIGN_PERMANENT
    return PERMIT_REGIONS.get(number[:6], IdDocument.RESIDENT_ID)


def validate_identity(value: str, today: date, field: str = "id_number") -> Identity:
    """A personal document number (GB 11643 layout and check digit) and which document it is.

    Accepted: the resident ID card (a county code of the register), residence permits of Hong
    Kong / Macau (810000 / 820000) and Taiwan (830000) residents, and the 2023 foreigners'
    permanent residence ID card (9, the issuing province's 2 digits, a 3-digit nationality code,
    the birth date, 3 digits, the check digit). Everything else is refused, saying what is wrong.
    """
    number = re.sub(r"[\s-]", "", value or "").upper()

    def fail(kind: str, message: str) -> FieldError:
        return FieldError(field, f"id_number_{kind}", message)

    if not number:
        raise fail("missing", "请输入身份证号码")
    if len(number) != 18:
        raise fail("length", f"身份证号码应为18位，现为{len(number)}位")
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise fail("format", "身份证号码格式错误：前17位应为数字，末位为数字或X")
    document = id_document_of(number)
    label = "身份证号码" if document is IdDocument.RESIDENT_ID else f"{ID_DOCUMENT_NAMES[document]}号码"
    try:
        birth = ric.get_birth_date(number)
    except ValidationError:
        raise fail("birth_date", f"{label}中的出生日期无效") from None
    if birth > today:
        raise fail("birth_date", f"{label}中的出生日期晚于今天")
    if number[17] != gb11643_check_digit(number[:17]):
        raise fail("checksum", f"{label}校验位错误")
    if document is IdDocument.FOREIGN_PERMANENT:
        if not _known_province(number[1:3]):
            raise fail("region", f"{label}第2–3位受理地省份代码不存在")
    elif document is IdDocument.RESIDENT_ID and (number[:2] in ("81", "82", "83") or not _known_region(number[:6])):
        raise fail("region", "身份证号码中的地区码不存在")
    return Identity(number, document)


def validate_id_number(value: str, today: date, field: str = "id_number") -> str:
    """Normalised 18-character personal document number, or FieldError saying what is wrong."""
    return validate_identity(value, today, field).number


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


def _known_province(code: str) -> bool:
    """A province-level code (11 北京 … 65 新疆) of the mainland, where the card is issued."""
    from stdnum import numdb

    info = {k: v for _part, props in numdb.get("cn/loc").info(code + "0000") for k, v in props.items()}
    return "province" in info and code not in ("71", "81", "82", "83")


# --- unified social credit code (GB 32100) ------------------------------------------------------
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: no I, O, S, V, Z
#: First character: the registration authority (登记管理部门代码, GB 32100-2015 table 1).
USCC_AUTHORITIES: Mapping[str, str] = MappingProxyType({
    "1": "机构编制", "2": "外交", "3": "司法行政", "4": "文化", "5": "民政", "6": "旅游",
    "7": "宗教", "8": "工会", "9": "市场监督管理（工商）", "A": "中央军委改革和编制办公室",
    "N": "农业", "Y": "其他",
})
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)  # 3^i mod 31


def uscc_check_digit(first17: str) -> str:
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def validate_uscc(value: str, field: str = "uscc") -> str:
    """An 18-character USCC: authority, category, 6-digit region, 9-character code, check.

    Not python-stdnum's `validate`: it demands 8 leading digits, which refuses the codes of
    registration authorities written with a letter (A, N agricultural collectives, Y others).
    """
    number = re.sub(r"[\s-]", "", value or "").upper()

    def fail(kind: str, message: str) -> FieldError:
        return FieldError(field, f"uscc_{kind}", message)

    if not number:
        raise fail("missing", "请输入统一社会信用代码")
    if len(number) != 18:
        raise fail("length", f"统一社会信用代码应为18位，现为{len(number)}位")
    wrong = sorted({c for c in number if c not in USCC_ALPHABET})
    if wrong:
        if all(c in "IOSVZ" for c in wrong):
            raise fail("letters", f"统一社会信用代码不使用字母I、O、S、V、Z，含有「{'、'.join(wrong)}」")
        raise fail("format", "统一社会信用代码只能由数字和大写字母组成")
    if number[0] not in USCC_AUTHORITIES:
        raise fail("authority", f"统一社会信用代码第1位（登记管理部门代码）应为1–9、A、N或Y，现为「{number[0]}」")
    if not number[2:8].isdigit():
        raise fail("region", "统一社会信用代码第3–8位（登记管理机关行政区划码）应为6位数字")
    if number[17] != uscc_check_digit(number[:17]):
        raise fail("checksum", "统一社会信用代码校验位错误")
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

