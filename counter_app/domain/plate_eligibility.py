"""Who may select a plate on the internet (DOMAIN.md §2, seed).

New, non-commercial small passenger cars only (no second-hand, official or commercial
vehicles); the applicant is a real-name user (resident ID number and name); the VIN, the
invoice number and code and a photo of the invoice smaller than 1024 KB are required.
"""
from __future__ import annotations

import re
from datetime import date

from counter_app.domain.identity import FieldError, validate_id_number, validate_vin

INVOICE_PHOTO_MAX_BYTES = 1024 * 1024  # "smaller than 1024 KB"

VEHICLE_TYPES = {
    "small_car": "小型汽车",
    "large_car": "大型汽车",
    "motorcycle": "摩托车",
    "trailer": "挂车",
    "other": "其他",
}
USES = {"non_commercial": "非营运", "commercial": "营运", "official": "公务"}


class NotEligible(ValueError):
    """The request cannot be accepted; `code` is stable, `message` is for the person."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def check_id_number(value: str, today: date) -> str:
    """A valid resident ID number (the counter's own validator: check digit, birth date, region)."""
    try:
        return validate_id_number(value, today)
    except FieldError as exc:
        raise NotEligible(exc.code, exc.message) from None


_NAME = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff·]{0,30}[\u4e00-\u9fff]$")


def check_name(value: str) -> str:
    """A real name as on the ID card: Chinese characters, a middle dot allowed inside."""
    name = value.strip()
    if not _NAME.match(name):
        raise NotEligible("name_invalid", "姓名须与身份证一致（2至32个汉字，少数民族姓名可含“·”）")
    return name


def check_vin(value: str) -> str:
    """17 characters, never I, O or Q, and a correct check digit (position 9, GB 16735)."""
    try:
        return validate_vin(value)
    except FieldError as exc:
        raise NotEligible(exc.code, exc.message) from None


def check_invoice(code: str, number: str) -> tuple[str, str]:
    """机动车销售统一发票: code 10 or 12 digits; number 8 digits (20 for 全电发票)."""
    code, number = code.strip(), number.strip()
    if not re.fullmatch(r"\d{10}|\d{12}", code):
        raise NotEligible("invoice_code_invalid", "发票代码应为10位或12位数字")
    if not re.fullmatch(r"\d{8}|\d{20}", number):
        raise NotEligible("invoice_number_invalid", "发票号码应为8位（全电发票20位）数字")
    return code, number


def check_invoice_photo(data: bytes, max_bytes: int = INVOICE_PHOTO_MAX_BYTES) -> str:
    """The photo is a JPEG or PNG (by its first bytes) smaller than the limit; returns the type."""
    if not data:
        raise NotEligible("invoice_photo_missing", "请上传购车发票照片")
    if len(data) >= max_bytes:
        raise NotEligible("invoice_photo_too_large",
                          f"发票照片须小于 {max_bytes // 1024} KB（当前 {len(data) // 1024} KB），请压缩后重新上传")
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    raise NotEligible("invoice_photo_not_image", "发票照片须为 JPEG 或 PNG 图片")


def check_vehicle(vehicle_type: str, use: str, new_vehicle: bool) -> None:
    """Only new, non-commercial small passenger cars select plates on the internet."""
    if vehicle_type != "small_car":
        kind = VEHICLE_TYPES.get(vehicle_type, vehicle_type)
        raise NotEligible("vehicle_type_not_eligible", f"互联网选号仅限小型汽车，{kind}请到车管所窗口办理")
    if use != "non_commercial":
        raise NotEligible("vehicle_use_not_eligible",
                          f"互联网选号仅限非营运车辆，{USES.get(use, use)}车辆请到车管所窗口办理")
    if not new_vehicle:
        raise NotEligible("vehicle_not_new", "互联网选号仅限新车，二手车请到车管所窗口办理")
