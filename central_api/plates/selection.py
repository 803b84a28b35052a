"""Internet plate selection (the 122 platform's side): eligibility, self-chosen, random, choose.

The rules are `counter_app.domain.plates.Selection`; this module loads a selection's state
from its row and its held plates, lets the domain decide, then writes the outcome back:
plates change state only through the pool's conditional updates.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import io
import logging
import secrets
from datetime import date, datetime, timedelta

from PIL import Image
from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.calendar.service import load_calendar, out_of_range
from central_api.models import Plate, PlateBlacklist, PlateReservation, PlateSelection
from central_api.plates import pool as plate_pool
from central_api.plates.schemas import SelectionCreate, SelectionPublic
from central_api.platform import audit
from central_api.platform.db import first_or_404, found
from central_api.platform.deps import Principal
from central_api.platform.errors import ApiError, Conflict, Forbidden, Unprocessable
from central_api.platform.services import Services
from counter_app.domain import plate_eligibility as elig
from counter_app.domain.masking import mask_id_number
from counter_app.domain.plates import (
    HoldKind,
    PlateFormatError,
    Selection,
    SelectionRefused,
    SelectionRules,
    SelectionStatus,
    barred_through,
    make_notice_code,
    parse_plate,
    reservation_deadline,
    reservation_lapsed,
)
from counter_app.domain.timefmt import local
from counter_app.domain.workdays import CalendarOutOfRange

log = logging.getLogger(__name__)

SELECTION_NOT_FOUND = ("selection_not_found", "选号记录不存在")


class TooManyRequests(ApiError):
    status_code = 429


def rules(services: Services) -> SelectionRules:
    s = services.settings
    return SelectionRules(custom_attempts=s.plate_custom_attempts, draws=s.plate_draws,
                          draw_size=s.plate_draw_size, hold_minutes=s.plate_hold_minutes)


def _refused(exc: SelectionRefused) -> ApiError:
    return Conflict(exc.code, exc.message) if exc.conflict else Unprocessable(exc.code, exc.message)


def _audit(session: Session, services: Services, principal: Principal, action: str, row: PlateSelection,
           **detail: object) -> None:
    audit.by(session, services.clock, principal, action=action, entity="plate_selection", entity_id=row.id,
             detail={"id_number": mask_id_number(row.id_number), **detail})


# --- state in and out -------------------------------------------------------------------------
def _state(session: Session, services: Services, row: PlateSelection) -> Selection:
    return Selection(
        rules=rules(services), status=SelectionStatus(row.status), custom_used=row.custom_used,
        draws_used=row.draws_used, custom_closed=row.custom_closed,
        hold_kind=HoldKind(row.hold_kind) if row.hold_kind else None,
        held=tuple(plate_pool.held_by(session, row.id)) if row.hold_kind else (),
        hold_expires_at=row.hold_expires_at,
    )


def _store(row: PlateSelection, state: Selection, now: datetime) -> None:
    row.status = state.status.value
    row.custom_used, row.draws_used, row.custom_closed = state.custom_used, state.draws_used, state.custom_closed
    row.hold_kind = state.hold_kind.value if state.hold_kind else None
    row.hold_expires_at = state.hold_expires_at
    row.updated_at = now
    if state.status is not SelectionStatus.OPEN and row.closed_at is None:
        row.closed_at = now


def public(session: Session, services: Services, row: PlateSelection,
           state: Selection | None = None) -> SelectionPublic:
    if state is None:  # a read: show lapsed holds as gone without writing
        state = _state(session, services, row)
        state.settle(services.clock.now())
    reservation_id = session.scalar(select(PlateReservation.id).where(PlateReservation.selection_id == row.id))
    return SelectionPublic(
        id=row.id, status=state.status.value, mode=state.mode, custom_attempts_left=state.custom_left,
        custom_closed=state.custom_closed, draws_left=state.draws_left,
        hold_kind=state.hold_kind.value if state.hold_kind else None, held=list(state.held),
        hold_expires_at=state.hold_expires_at, reservation_id=reservation_id,
    )


def _load(session: Session, services: Services, selection_id: int) -> tuple[PlateSelection, Selection, list[str]]:
    """The selection locked for this request, with lapsed holds let go (returned).

    Letting a lapsed hold go is kept even when the step then fails (see `_keeping`).
    """
    row = first_or_404(session, select(PlateSelection).where(PlateSelection.id == selection_id),
                       *SELECTION_NOT_FOUND, lock=True)
    state = _state(session, services, row)
    lapsed = state.settle(services.clock.now())
    if lapsed:
        plate_pool.release(session, lapsed, selection_id=row.id)
        _store(row, state, row.updated_at)
    return row, state, lapsed


class _keeping:
    """Commit the release of lapsed holds even if the step is refused afterwards."""

    def __init__(self, lapsed: list[str]) -> None:
        self.lapsed = lapsed

    def __enter__(self) -> None:
        return None

    def __exit__(self, _type, exc, _tb) -> None:  # noqa: ANN001
        if self.lapsed and isinstance(exc, ApiError):
            exc.keep_changes = True


def settle_selection(session: Session, services: Services, row: PlateSelection) -> list[str]:
    """Let a selection's lapsed hold go (the expiry job); returns the plates released."""
    state = _state(session, services, row)
    lapsed = state.settle(services.clock.now())
    if lapsed:
        plate_pool.release(session, lapsed, selection_id=row.id)
        _store(row, state, row.updated_at)
    return lapsed


def lapse_idle(session: Session, services: Services, *, id_number: str | None = None, vin: str | None = None) -> int:
    """Close open selections left idle (nothing held, no step for a while); returns how many."""
    now = services.clock.now()
    idle_since = now - timedelta(minutes=services.settings.plate_selection_idle_minutes)
    query = select(PlateSelection).where(
        PlateSelection.status == SelectionStatus.OPEN.value, PlateSelection.updated_at <= idle_since,
        or_(PlateSelection.hold_expires_at.is_(None), PlateSelection.hold_expires_at <= now))
    if id_number is not None or vin is not None:
        query = query.where(or_(PlateSelection.id_number == id_number, PlateSelection.vin == vin))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    count = 0
    for row in session.scalars(query).all():
        settle_selection(session, services, row)
        plate_pool.release(session, plate_pool.held_by(session, row.id), selection_id=row.id)
        row.status, row.hold_kind, row.hold_expires_at, row.closed_at = SelectionStatus.LAPSED.value, None, None, now
        count += 1
    return count


# --- starting ---------------------------------------------------------------------------------------
def decode_photo(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise Unprocessable("invoice_photo_not_image", "发票照片须以 base64 编码的 JPEG 或 PNG 图片上传") from None


MAX_PHOTO_PIXELS = 40_000_000  # a phone camera's photo is ~12 MP; more is a decompression bomb


def check_decodes(photo: bytes, photo_type: str) -> None:
    """The photo is a whole image of the type its first bytes claim, with nothing after its end:
    a PNG header in front of HTML, or an image with a page appended, is refused (issue 11 item 18)."""
    refused = elig.NotEligible("invoice_photo_not_image", "发票照片无法识别为完整的 JPEG 或 PNG 图片，请重新拍摄上传")
    ends = {"png": b"IEND\xaeB`\x82", "jpeg": b"\xff\xd9"}
    if not photo.rstrip(b"\x00").endswith(ends[photo_type]):
        raise refused
    try:
        with Image.open(io.BytesIO(photo)) as image:
            if image.format != photo_type.upper() or image.width * image.height > MAX_PHOTO_PIXELS:
                raise refused
            image.load()  # decodes every pixel: a truncated or forged body raises here
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise refused from None


def active_blacklist(session: Session, id_number: str, now: datetime) -> PlateBlacklist | None:
    return session.scalars(
        select(PlateBlacklist).where(PlateBlacklist.id_number == id_number, PlateBlacklist.lifted_at.is_(None),
                                     PlateBlacklist.ends_on >= local(now).date())
        .order_by(PlateBlacklist.ends_on.desc())
    ).first()


def barred_until(session: Session, services: Services, id_number: str, now: datetime) -> date | None:
    """The last day the person is barred, counting reservations that lapsed at their deadline
    but that the expiry job has not processed yet (DOMAIN.md §2: barred from the next day)."""
    entry = active_blacklist(session, id_number, now)
    lapsed = session.scalars(select(PlateReservation.deadline).where(
        PlateReservation.id_number == id_number, PlateReservation.status == "reserved",
        PlateReservation.deadline < local(now).date())).all()
    return barred_through(now, [entry.ends_on] if entry else [], lapsed, services.settings.plate_blacklist_years)


def start(session: Session, services: Services, principal: Principal, body: SelectionCreate) -> PlateSelection:
    """Check eligibility, the blacklist, the rate limit and open selections; then open one."""
    now = services.clock.now()
    settings = services.settings
    try:
        id_number = elig.check_id_number(body.id_number, local(now).date())
        name = elig.check_name(body.name)
        vin = elig.check_vin(body.vin)
        elig.check_vehicle(body.vehicle_type, body.vehicle_use, body.new_vehicle)
        invoice_code, invoice_number = elig.check_invoice(body.invoice_code, body.invoice_number)
        photo = decode_photo(body.invoice_photo)
        photo_type = elig.check_invoice_photo(photo, settings.plate_invoice_photo_max_bytes)
        check_decodes(photo, photo_type)
    except elig.NotEligible as exc:
        raise Unprocessable(exc.code, exc.message) from None

    barred = barred_until(session, services, id_number, now)
    if barred is not None:
        raise Forbidden("blacklisted", f"您因未按期确认号牌已被列入互联网选号黑名单，"
                                       f"{barred.isoformat()}（含）前不能在互联网选号")
    live = or_(PlateReservation.status == "confirmed",
               and_(PlateReservation.status == "reserved", PlateReservation.deadline >= local(now).date()))
    if session.scalar(select(PlateReservation.plate_number).where(PlateReservation.vin == vin, live)):
        raise Conflict("vin_has_plate", "该车辆已选定号牌，不能重复选号")
    lapse_idle(session, services, id_number=id_number, vin=vin)
    open_row = session.scalars(select(PlateSelection).where(
        PlateSelection.status == "open", or_(PlateSelection.id_number == id_number, PlateSelection.vin == vin))).first()
    if open_row is not None:
        who = "该车辆" if open_row.vin == vin else "您"
        raise Conflict("selection_open_exists", f"{who}已有一个进行中的选号（编号 {open_row.id}），请先完成或等待其结束")
    window_start = now - timedelta(hours=settings.plate_selection_rate_window_hours)
    recent = session.scalar(select(func.count(PlateSelection.id)).where(
        PlateSelection.id_number == id_number, PlateSelection.created_at > window_start)) or 0
    if recent >= settings.plate_selection_rate_max:
        raise TooManyRequests("selection_rate_limited",
                              f"{settings.plate_selection_rate_window_hours} 小时内最多发起 "
                              f"{settings.plate_selection_rate_max} 次选号，请稍后再试")
    row = PlateSelection(
        id_number=id_number, owner_name=name, vin=vin, vehicle_type=body.vehicle_type, vehicle_use=body.vehicle_use,
        invoice_code=invoice_code, invoice_number=invoice_number,
        invoice_photo_sha256=hashlib.sha256(photo).hexdigest(), invoice_photo_bytes=len(photo),
        invoice_photo_type=photo_type, status="open", custom_used=0, draws_used=0, custom_closed=False,
        hold_kind=None, hold_expires_at=None, created_at=now, updated_at=now, closed_at=None,
    )
    session.add(row)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        # The partial unique indexes: a concurrent request opened one for this person or VIN.
        raise Conflict("selection_open_exists", "您或该车辆已有一个进行中的选号，请先完成或等待其结束") from None
    _audit(session, services, principal, "plate_selection_started", row, vin=vin)
    return row


# --- steps ------------------------------------------------------------------------------------------
def _plate(text: str) -> str:
    try:
        return parse_plate(text)
    except PlateFormatError as exc:
        raise Unprocessable("plate_format_invalid", str(exc)) from None


def custom(session: Session, services: Services, principal: Principal, selection_id: int, text: str
           ) -> tuple[str, str, PlateSelection, Selection]:
    """Enter a self-chosen plate: held if free (for the time limit), an attempt lost if taken."""
    now = services.clock.now()
    plate = _plate(text)
    row, state, lapsed = _load(session, services, selection_id)
    with _keeping(lapsed):
        try:
            state.check_custom()
        except SelectionRefused as exc:
            raise _refused(exc) from None
        if plate in state.held:
            raise Conflict("plate_in_current_draw", f"{plate} 在您当前的随机号牌中，请直接选定")
        located = plate_pool.find(session, plate)
        if located is None:
            raise Unprocessable("plate_not_in_pool", f"{plate} 不在当前开放选号的号段内，请换一个号码（不计次数）")
        until = located[1].random_only_until
        if until is not None and now < until:
            raise Unprocessable("plate_random_only",
                                f"{plate} 所在号段为新投放号段，{local(until):%Y-%m-%d %H:%M} 前仅供随机选号（不计次数）")
        _release_if_lapsed(session, services, located[0])
        expired = _expire_if_lapsed(session, services, located[0])
        hold_until = now + timedelta(minutes=state.rules.hold_minutes)
        if plate_pool.hold(session, plate, selection_id=row.id, until=hold_until):
            plate_pool.release(session, state.record_held(plate, now), selection_id=row.id)
            outcome = "held"
        else:
            state.record_taken()
            outcome = "taken"
    _store(row, state, now)
    extra = {"expired_reservation_id": expired} if expired else {}
    _audit(session, services, principal, "plate_custom_attempt", row, plate=plate, outcome=outcome,
           custom_used=state.custom_used, **extra)
    return plate, outcome, row, state


def _release_if_lapsed(session: Session, services: Services, plate: Plate) -> None:
    """A plate whose hold by another selection has lapsed is free: settle that selection now."""
    if plate.state != "held" or plate.hold_expires_at is None or plate.hold_expires_at > services.clock.now():
        return
    query = select(PlateSelection).where(PlateSelection.id == plate.selection_id)
    other = session.scalars(query.with_for_update(skip_locked=True)).first()
    if other is not None:  # busy right now: it settles itself
        settle_selection(session, services, other)


def _expire_if_lapsed(session: Session, services: Services, plate: Plate) -> int | None:
    """A reserved plate whose reservation lapsed at its deadline is free for whoever enters it:
    expire that reservation now (the owner is blacklisted once), as the job would. Returns the
    expired reservation's id (recorded in the attempt's audit row)."""
    if plate.state != "reserved":
        return None
    from central_api.plates.reservations import expire_reservation  # it imports this module

    query = select(PlateReservation).where(PlateReservation.plate_number == plate.number,
                                           PlateReservation.status == "reserved")
    row = session.scalars(query).first()
    if row is not None and reservation_lapsed(row.status, row.deadline, services.clock.now()) \
            and expire_reservation(session, services, row) is not None:
        session.refresh(plate)
        return row.id
    return None


def draw(session: Session, services: Services, principal: Principal, selection_id: int
         ) -> tuple[PlateSelection, Selection]:
    """A random draw of 5: what was held is given up (no going back)."""
    now = services.clock.now()
    row, state, lapsed = _load(session, services, selection_id)
    with _keeping(lapsed):
        try:
            given_up = state.start_draw()
        except SelectionRefused as exc:
            raise _refused(exc) from None
        plates = plate_pool.draw(session, selection_id=row.id, count=state.rules.draw_size,
                                 until=now + timedelta(minutes=state.rules.hold_minutes))
        if not plates:
            raise Conflict("pool_empty", "号牌池暂无可选号牌，请稍后再试")
    plate_pool.release(session, given_up, selection_id=row.id)
    state.record_draw(plates, now)
    _store(row, state, now)
    _audit(session, services, principal, "plate_draw", row, draw=state.draws_used, plates=plates,
           given_up=given_up)
    return row, state


def choose(session: Session, services: Services, principal: Principal, selection_id: int, text: str
           ) -> PlateReservation:
    """Take the held self-chosen plate or one of the draw on screen: the plate is reserved."""
    now = services.clock.now()
    plate = _plate(text)
    row, state, lapsed = _load(session, services, selection_id)
    with _keeping(lapsed):
        if plate in lapsed:
            raise Conflict("hold_expired", f"{plate} 的保留时间（{state.rules.hold_minutes} 分钟）已过，号牌已释放")
        try:
            others = state.choose(plate)
        except SelectionRefused as exc:
            raise _refused(exc) from None
        try:
            deadline = reservation_deadline(load_calendar(session), now,
                                            services.settings.plate_reservation_working_days)
        except CalendarOutOfRange as exc:
            raise out_of_range(exc) from None
        if not plate_pool.set_state(session, plate, expected="held", new="reserved", selection_id=row.id):
            raise Conflict("plate_not_offered", f"{plate} 已不再为您保留")
    plate_pool.release(session, others, selection_id=row.id)
    located = plate_pool.find(session, plate)
    assert located is not None
    reservation = PlateReservation(
        plate_id=located[0].id, plate_number=plate, selection_id=row.id, id_number=row.id_number,
        owner_name=row.owner_name, vin=row.vin, notice_code=new_notice_code(session, now), status="reserved",
        chosen_at=now, deadline=deadline,
    )
    session.add(reservation)
    _store(row, state, now)
    session.flush()
    topped = plate_pool.top_up(session, services)
    _audit(session, services, principal, "plate_chosen", row, plate=plate, reservation_id=reservation.id,
           deadline=deadline.isoformat(), segments_released=topped.released)
    return reservation


def new_notice_code(session: Session, now: datetime, rng: secrets.SystemRandom | None = None) -> str:
    """A notice code not used yet (NJ + date + 6 random digits)."""
    rng = rng or secrets.SystemRandom()
    for _ in range(20):
        code = make_notice_code(now, rng.randrange(1_000_000))
        if not session.scalar(select(PlateReservation.id).where(PlateReservation.notice_code == code)):
            return code
    raise Conflict("notice_code_exhausted", "今日通知编号已用尽，请联系信息科")


def get(session: Session, services: Services, selection_id: int) -> PlateSelection:
    return found(session.get(PlateSelection, selection_id), *SELECTION_NOT_FOUND)

