"""Plates (号牌): the format, segments of the pool, the selection rules, deadlines, delivery.

Pure rules (DOMAIN.md §2); the central API stores the state and asks these functions what
may happen next, the counter uses them to read a scanned search term and to show fees.

- A plate is the province abbreviation and the city letter (苏A) and five characters; the
  first segment is digit, letter, digit, digit, letter (苏A0A00A–苏A9Z99Z). Letters never
  include I or O, so 10 × 24 × 10 × 10 × 24 = 576,000 plates.
- Self-chosen (自编自选): 20 attempts; every well-formed plate entered costs one (a taken
  plate costs one and gives nothing; a free plate is held for a time limit, 20 minutes by
  default). Confirming the held plate ends the selection. Letting the hold lapse or giving it
  up (asking for a random draw while holding) releases it and closes self-chosen selection
  for good: the person goes on with random draws.
- Random (随机选号): 10 draws of 5; only the plates of the draw on screen can be taken (a new
  draw releases the previous one: no going back). A draw is held for the same time limit.
- The modes may alternate (random draws, then self-chosen entries, then draws …) while the
  totals stay within 20 and 10.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from counter_app.domain.timefmt import SHANGHAI, local
from counter_app.domain.workdays import WorkCalendar

DIGITS = "0123456789"
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # never I or O (national rule)
SERIAL_LENGTH = 5
CITY_PREFIX = "苏A"


# --- format and segments ------------------------------------------------------------------------
class PlateFormatError(ValueError):
    """Not a plate (wrong length, I/O, unknown characters); the message is for a person."""


_PLATE = re.compile(r"^([\u4e00-\u9fff][A-Z])([0-9A-Z]{5})$")


def normalize_plate(text: str) -> str:
    """Upper case, no spaces or middle dots; 'a0a00a' → '苏A0A00A' (our city is the default)."""
    value = re.sub(r"[\s·.\-]", "", text).upper()
    if re.fullmatch(r"[A-Z][0-9A-Z]{5}", value):
        value = CITY_PREFIX[0] + value
    return value


def parse_plate(text: str) -> str:
    """The normalised plate, or PlateFormatError with the reason."""
    value = normalize_plate(text)
    match = _PLATE.match(value)
    if not match:
        raise PlateFormatError(f"号牌号码格式不正确：{text.strip()}（应为如 苏A0A00A 的7位号码）")
    if set(match.group(2)) & {"I", "O"}:
        raise PlateFormatError(f"号牌号码不使用字母 I 和 O：{value}")
    return value


_POSITION_SETS = {"D": DIGITS, "L": LETTERS}


@dataclass(frozen=True)
class SegmentPattern:
    """A segment of plates: a prefix (苏A) and, per serial position, the characters it takes.

    Written as e.g. ``苏A:DLDDL``: D is any digit, L any letter but I and O, and a digit or
    letter stands for itself (``苏A:0L0DL`` is a small segment for tests).
    """

    prefix: str
    pattern: str
    positions: tuple[str, ...] = field(compare=False, repr=False)

    @classmethod
    def parse(cls, text: str) -> SegmentPattern:
        prefix, sep, pattern = text.strip().partition(":")
        if not sep or not re.fullmatch(r"[\u4e00-\u9fff][A-Z]", prefix):
            raise PlateFormatError(f"号段须写作“省市简称:格式”，如 苏A:DLDDL，而不是 {text!r}")
        pattern = pattern.upper()
        if len(pattern) != SERIAL_LENGTH:
            raise PlateFormatError(f"号段格式须为{SERIAL_LENGTH}位（D 数字，L 字母，或固定字符）：{pattern}")
        positions = []
        for ch in pattern:
            if ch in _POSITION_SETS:
                positions.append(_POSITION_SETS[ch])
            elif ch in DIGITS or ch in LETTERS:
                positions.append(ch)
            else:
                raise PlateFormatError(f"号段格式含不允许的字符 {ch}（字母不使用 I、O）")
        return cls(prefix, pattern, tuple(positions))

    def __str__(self) -> str:
        return f"{self.prefix}:{self.pattern}"

    @property
    def size(self) -> int:
        n = 1
        for chars in self.positions:
            n *= len(chars)
        return n

    @property
    def first(self) -> str:
        return self.prefix + "".join(chars[0] for chars in self.positions)

    @property
    def last(self) -> str:
        return self.prefix + "".join(chars[-1] for chars in self.positions)

    def plates(self) -> Iterator[str]:
        """Every plate of the segment in order (苏A0A00A, 苏A0A00B, …)."""
        prefix = self.prefix
        for serial in itertools.product(*self.positions):
            yield prefix + "".join(serial)

    def contains(self, plate: str) -> bool:
        if len(plate) != len(self.prefix) + SERIAL_LENGTH or not plate.startswith(self.prefix):
            return False
        return all(ch in chars for ch, chars in zip(plate[len(self.prefix):], self.positions))

    def overlaps(self, other: SegmentPattern) -> bool:
        """Whether some plate lies in both (then the second could never be loaded)."""
        return self.prefix == other.prefix and all(
            set(a) & set(b) for a, b in zip(self.positions, other.positions))


FIRST_SEGMENT = SegmentPattern.parse("苏A:DLDDL")


# --- selection -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SelectionRules:
    custom_attempts: int = 20
    draws: int = 10
    draw_size: int = 5
    hold_minutes: int = 20


class SelectionStatus(StrEnum):
    OPEN = "open"
    CHOSEN = "chosen"  # a plate was taken: a reservation exists
    EXHAUSTED = "exhausted"  # 20 attempts and 10 draws used, nothing chosen
    LAPSED = "lapsed"  # left idle; closed by the service


class HoldKind(StrEnum):
    CUSTOM = "custom"  # one self-chosen plate waiting for confirmation
    DRAW = "draw"  # the five plates of the random draw on screen


class SelectionRefused(Exception):
    """A step the rules do not allow now; `conflict` means the state forbids it (HTTP 409)."""

    def __init__(self, code: str, message: str, *, conflict: bool = True) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.conflict = conflict


@dataclass
class Selection:
    """The state of one person's selection; the service loads it, applies a step, stores it.

    Every step first calls `settle(now)`, which lets lapsed holds go. Steps return the plates
    the service must put back into the pool.
    """

    rules: SelectionRules = field(default_factory=SelectionRules)
    status: SelectionStatus = SelectionStatus.OPEN
    custom_used: int = 0
    draws_used: int = 0
    custom_closed: bool = False
    hold_kind: HoldKind | None = None
    held: tuple[str, ...] = ()
    hold_expires_at: datetime | None = None

    # --- what is left ---------------------------------------------------------------------
    @property
    def custom_left(self) -> int:
        return 0 if self.custom_closed else max(0, self.rules.custom_attempts - self.custom_used)

    @property
    def draws_left(self) -> int:
        return max(0, self.rules.draws - self.draws_used)

    @property
    def mode(self) -> str:
        """'custom' while a self-chosen plate is held or self-chosen entries remain, else 'random'."""
        if self.hold_kind is HoldKind.CUSTOM:
            return "custom"
        if self.hold_kind is HoldKind.DRAW or self.custom_left == 0:
            return "random"
        return "custom"

    def _release(self) -> list[str]:
        released = list(self.held)
        self.hold_kind, self.held, self.hold_expires_at = None, (), None
        return released

    def _close_if_spent(self) -> None:
        if self.status is SelectionStatus.OPEN and not self.held and self.custom_left == 0 and self.draws_left == 0:
            self.status = SelectionStatus.EXHAUSTED

    def _require_open(self) -> None:
        if self.status is not SelectionStatus.OPEN:
            messages = {
                SelectionStatus.CHOSEN: "本次选号已选定号牌，不能继续选号",
                SelectionStatus.EXHAUSTED: "本次选号的自编次数和随机次数均已用完",
                SelectionStatus.LAPSED: "本次选号已因长时间未操作而结束，请重新开始选号",
            }
            raise SelectionRefused(f"selection_{self.status.value}", messages[self.status])

    # --- steps -----------------------------------------------------------------------------
    def settle(self, now: datetime) -> list[str]:
        """Let a lapsed hold go: a self-chosen plate not confirmed in time closes self-chosen."""
        if self.hold_expires_at is None or now < self.hold_expires_at:
            return []
        if self.hold_kind is HoldKind.CUSTOM:
            self.custom_closed = True
        released = self._release()
        self._close_if_spent()
        return released

    def check_custom(self) -> None:
        """May a self-chosen plate be entered now?"""
        self._require_open()
        if self.custom_closed:
            raise SelectionRefused("custom_closed", "自编自选已结束（保留的号牌未在时限内确认或已放弃），请使用随机选号")
        if self.custom_left == 0:
            raise SelectionRefused("custom_attempts_exhausted",
                                   f"自编自选的 {self.rules.custom_attempts} 次机会已用完，请使用随机选号")
        if self.hold_kind is HoldKind.CUSTOM:
            raise SelectionRefused("custom_hold_pending", f"请先确认已保留的号牌 {self.held[0]}，或放弃后再选")

    def record_taken(self) -> None:
        """The entered plate is not free: the attempt is spent."""
        self.check_custom()
        self.custom_used += 1
        self._close_if_spent()

    def record_held(self, plate: str, now: datetime) -> list[str]:
        """The entered plate is free and now held for confirmation; a draw on screen is given up."""
        self.check_custom()
        self.custom_used += 1
        released = self._release()
        self.hold_kind, self.held = HoldKind.CUSTOM, (plate,)
        self.hold_expires_at = now + timedelta(minutes=self.rules.hold_minutes)
        return released

    def check_draw(self) -> None:
        self._require_open()
        if self.draws_left == 0:
            raise SelectionRefused("draws_exhausted", f"随机选号的 {self.rules.draws} 次机会已用完")

    def start_draw(self) -> list[str]:
        """Before a new draw: give up what is held (a self-chosen plate closes self-chosen)."""
        self.check_draw()
        if self.hold_kind is HoldKind.CUSTOM:
            self.custom_closed = True
        return self._release()

    def record_draw(self, plates: Sequence[str], now: datetime) -> None:
        self.draws_used += 1
        self.hold_kind, self.held = HoldKind.DRAW, tuple(plates)
        self.hold_expires_at = now + timedelta(minutes=self.rules.hold_minutes)

    def choose(self, plate: str) -> list[str]:
        """Take a plate that is on offer now; returns the other plates of the draw to release."""
        self._require_open()
        if plate not in self.held:
            if self.hold_kind is HoldKind.DRAW:
                raise SelectionRefused("plate_not_offered", f"只能从当前显示的随机号牌中选择，{plate} 不在本次号牌中")
            raise SelectionRefused("plate_not_offered", f"{plate} 不是为您保留的号牌，不能选定")
        others = [p for p in self.held if p != plate]
        self.hold_kind, self.held, self.hold_expires_at = None, (), None
        self.status = SelectionStatus.CHOSEN
        return others


# --- reservation, confirmation, delivery -----------------------------------------------------------
RESERVATION_WORKING_DAYS = 3
READY_DAYS = 3


def reservation_deadline(calendar: WorkCalendar, chosen_at: datetime,
                         working_days: int = RESERVATION_WORKING_DAYS) -> date:
    """The last day (Asia/Shanghai) on which a chosen plate can be confirmed.

    "Held from the next day for 3 working days": counting starts the day after the plate was
    chosen and takes the first 3 working days on the holiday calendar; the deadline is the
    third of them, confirmable until the end of that day. The day of choosing never counts
    (but the plate may already be confirmed that day). Example: chosen on Wednesday
    2026-11-25 → Thursday 26, Friday 27, (weekend), Monday 30: the deadline is 2026-11-30,
    and the reservation expires at the start of Tuesday 2026-12-01.
    A deadline in a year the calendar does not know raises CalendarOutOfRange.
    """
    return calendar.add_working_days(local(chosen_at).date(), working_days)


def is_past_deadline(deadline: date, now: datetime) -> bool:
    """Past the deadline once the deadline day has ended in Nanjing."""
    return local(now).date() > deadline


def ready_date(confirmed_at: datetime, days: int = READY_DAYS) -> date:
    """Plates are ready 3 calendar days after the confirmation day ("3日后"), in Nanjing."""
    return local(confirmed_at).date() + timedelta(days=days)


def blacklist_last_day(deadline: date, years: int) -> date:
    """Not confirming bars the person from the day after the deadline for `years` years.

    Deadline 2026-11-30, 2 years: barred from 2026-12-01 through 2028-11-30; free again on
    2028-12-01. Counted from the deadline, so a late run of the expiry job does not lengthen it.
    """
    first = deadline + timedelta(days=1)
    try:
        end = first.replace(year=first.year + years)
    except ValueError:  # 29 February → 1 March
        end = first.replace(year=first.year + years, month=3, day=1)
    return end - timedelta(days=1)


def lapsed_at(deadline: date) -> datetime:
    """The instant a reservation lapses: 00:00 Nanjing time on the day after its deadline."""
    return datetime.combine(deadline + timedelta(days=1), time(0), SHANGHAI)


def reservation_lapsed(status: str, deadline: date, now: datetime) -> bool:
    """A reservation still `reserved` in storage is lapsed from the instant its deadline ends.

    Every reader applies this (a new selection, another person entering the plate, a counter
    search): the expiry job only makes the lapse permanent (status, blacklist row, audit).
    """
    return status == "reserved" and now >= lapsed_at(deadline)


def barred_through(now: datetime, stored: Iterable[date], lapsed_deadlines: Iterable[date],
                   years: int) -> date | None:
    """The last day a person is barred from internet selection, or None when not barred now.

    `stored`: last days of the blacklist rows on record; `lapsed_deadlines`: deadlines of the
    person's reservations that lapsed but were not yet processed by the job. Both count.
    """
    today = local(now).date()
    ends = [d for d in stored] + [blacklist_last_day(d, years) for d in lapsed_deadlines
                                   if is_past_deadline(d, now)]
    ends = [d for d in ends if d >= today]
    return max(ends) if ends else None


class DeliveryWay(StrEnum):
    COLLECT = "collect"  # collect at a plate-making point (制牌点)
    POST_SELF_INSTALL = "post_self_install"  # posted, the owner installs
    POST_POSTMAN_INSTALL = "post_postman_install"  # posted, the postman installs (fee)
    INSTALL_POINT = "install_point"  # free installation at a published installation point


DELIVERY_NAMES = {
    DeliveryWay.COLLECT: "到制牌点领取",
    DeliveryWay.POST_SELF_INSTALL: "邮寄到家（自行安装）",
    DeliveryWay.POST_POSTMAN_INSTALL: "邮寄到家（邮递员上门安装）",
    DeliveryWay.INSTALL_POINT: "到安装点免费安装",
}
POSTMAN_INSTALL_FEE_YUAN = 30


def is_postal(way: DeliveryWay) -> bool:
    return way in (DeliveryWay.POST_SELF_INSTALL, DeliveryWay.POST_POSTMAN_INSTALL)


def delivery_fee(way: DeliveryWay, postman_fee: int = POSTMAN_INSTALL_FEE_YUAN) -> int:
    """Yuan the owner pays for the delivery way: only the postman's installation costs."""
    return postman_fee if way is DeliveryWay.POST_POSTMAN_INSTALL else 0


class DocumentChecked(StrEnum):
    REGISTRATION_CERTIFICATE = "registration_certificate"  # 机动车登记证书
    SMS_NOTICE = "sms_notice"  # the SMS notice of the selection


# --- what a scanner or a clerk typed ---------------------------------------------------------------
NOTICE_CODE = re.compile(r"^NJ\d{12}$")


def make_notice_code(chosen_at: datetime, number: int) -> str:
    """NJ + the local date (YYMMDD) + six digits: e.g. NJ261125004217."""
    return f"NJ{local(chosen_at):%y%m%d}{number % 1_000_000:06d}"


def classify_search(text: str) -> tuple[str, str] | None:
    """Which field a scanned or typed value is: notice_code, plate, id_number or vin."""
    value = re.sub(r"\s", "", text).upper()
    if not value:
        return None
    if NOTICE_CODE.match(value):
        return "notice_code", value
    if re.fullmatch(r"\d{17}[\dX]", value):
        return "id_number", value
    if len(value) == 17 and re.fullmatch(r"[0-9A-Z]{17}", value):
        return "vin", value
    try:
        return "plate", parse_plate(value)
    except PlateFormatError:
        return None


# --- a reservation on the wire ------------------------------------------------------------------
@dataclass(frozen=True)
class Reservation:
    """A chosen plate as the centre shows it (GET /plate-reservations) and the counter reads it.

    The one list of its fields: the centre's response model is built from it
    (central_api.plates.schemas.ReservationPublic), the counter parses the answer with `from_api`.
    """

    id: int
    plate: str
    status: str  # reserved | confirmed | expired
    notice_code: str
    deadline: date
    chosen_at: datetime
    owner_name: str
    id_number_masked: str
    vin: str
    blacklisted: bool
    blacklisted_until: date | None
    confirmed_at: datetime | None = None
    confirmed_station: str | None = None
    delivery_way: str | None = None
    delivery_way_name: str | None = None
    delivery_place: str | None = None
    postal_address: str | None = None
    fee_yuan: int | None = None
    ready_date: date | None = None

    @classmethod
    def from_api(cls, body: dict[str, Any]) -> Reservation:
        def day(value: str | None) -> date | None:
            return date.fromisoformat(value) if value else None

        def instant(value: str | None) -> datetime | None:
            return datetime.fromisoformat(value) if value else None

        return cls(
            id=body["id"], plate=body["plate"], status=body["status"], notice_code=body["notice_code"],
            deadline=date.fromisoformat(body["deadline"]), chosen_at=datetime.fromisoformat(body["chosen_at"]),
            owner_name=body["owner_name"], id_number_masked=body["id_number_masked"], vin=body["vin"],
            blacklisted=body["blacklisted"], blacklisted_until=day(body.get("blacklisted_until")),
            confirmed_at=instant(body.get("confirmed_at")), confirmed_station=body.get("confirmed_station"),
            delivery_way=body.get("delivery_way"), delivery_way_name=body.get("delivery_way_name"),
            delivery_place=body.get("delivery_place"), postal_address=body.get("postal_address"),
            fee_yuan=body.get("fee_yuan"), ready_date=day(body.get("ready_date")),
        )
