"""Reservations of chosen plates: finding them at the counter, confirming, expiry, blacklist."""
from __future__ import annotations

import logging
import re
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from central_api.models import PlateBlacklist, PlateReservation, Station
from central_api.plates import pool as plate_pool
from central_api.plates.schemas import BlacklistPublic, ConfirmRequest, ReservationPublic
from central_api.plates.selection import barred_until
from central_api.platform import audit
from central_api.platform.db import found
from central_api.platform.deps import Principal
from central_api.platform.errors import Conflict, Forbidden, Unprocessable
from central_api.platform.services import Services
from central_api.platform.errors import checked
from counter_app.domain.identity import validate_id_number, validate_vin
from counter_app.domain.masking import mask_id_number
from counter_app.domain.plates import (
    DELIVERY_NAMES,
    DeliveryWay,
    PlateFormatError,
    blacklist_last_day,
    delivery_fee,
    is_past_deadline,
    is_postal,
    parse_plate,
    ready_date,
    reservation_lapsed,
)
from counter_app.domain.timefmt import local

log = logging.getLogger(__name__)

MAX_RESULTS = 50


def delivery_fees(services: Services) -> dict[str, int]:
    return {way.value: delivery_fee(way, services.settings.plate_postman_install_fee_yuan) for way in DeliveryWay}


def station_map(session: Session) -> dict[int, Station]:
    return {s.id: s for s in session.scalars(select(Station))}


def public(session: Session, services: Services, row: PlateReservation,
           stations: dict[int, Station] | None = None) -> ReservationPublic:
    now = services.clock.now()
    stations = stations if stations is not None else station_map(session)
    barred = barred_until(session, services, row.id_number, now)
    status = row.status
    if reservation_lapsed(status, row.deadline, now):
        status = "expired"  # lapsed at the deadline; the expiry job only makes it permanent
    place = None
    if row.delivery_station_id is not None:
        point = stations[row.delivery_station_id]
        place = f"{point.name}（{point.address}）"
    return ReservationPublic(
        id=row.id, plate=row.plate_number, status=status, notice_code=row.notice_code, deadline=row.deadline,
        chosen_at=row.chosen_at, owner_name=row.owner_name, id_number_masked=mask_id_number(row.id_number),
        vin=row.vin, blacklisted=barred is not None, blacklisted_until=barred,
        confirmed_at=row.confirmed_at,
        confirmed_station=stations[row.confirmed_station_id].name if row.confirmed_station_id else None,
        delivery_way=row.delivery_way,
        delivery_way_name=DELIVERY_NAMES[DeliveryWay(row.delivery_way)] if row.delivery_way else None,
        delivery_place=place, postal_address=row.postal_address, fee_yuan=row.fee_yuan, ready_date=row.ready_date,
    )


def search(session: Session, services: Services, criteria: dict[str, str | None]) -> list[PlateReservation]:
    """Reservations by exactly one of notice code, plate, ID number or VIN; newest first."""
    given = {k: v.strip() for k, v in criteria.items() if v is not None and v.strip()}
    if len(given) != 1:
        raise Unprocessable("search_criteria_invalid", "请按通知编号、号牌号码、身份证号码或车辆识别代号中的一项查询")
    (field, value), = given.items()
    value = value.upper().replace(" ", "")
    if field == "plate":
        try:
            value = parse_plate(value)
        except PlateFormatError as exc:
            raise Unprocessable("plate_format_invalid", str(exc)) from None
    elif field == "id_number":
        value = checked(validate_id_number, value, local(services.clock.now()).date())
    elif field == "vin":
        value = checked(validate_vin, value)
    elif not re.fullmatch(r"NJ\d{12}", value):
        raise Unprocessable("notice_code_format", "通知编号格式错误，应为NJ加12位数字", fields=["notice_code"])
    column = {"notice_code": PlateReservation.notice_code, "plate": PlateReservation.plate_number,
              "id_number": PlateReservation.id_number, "vin": PlateReservation.vin}[field]
    return list(session.scalars(
        select(PlateReservation).where(column == value).order_by(PlateReservation.chosen_at.desc(),
                                                                  PlateReservation.id.desc()).limit(MAX_RESULTS)))


def confirm(session: Session, services: Services, principal: Principal, reservation_id: int,
            body: ConfirmRequest) -> PlateReservation:
    """The owner shows the registration certificate or the SMS notice; the clerk confirms.

    Exactly one confirmation wins: the status changes by a conditional UPDATE
    (`WHERE status = 'reserved'`), so a second counter confirming at the same moment gets 409.
    """
    now = services.clock.now()
    station = session.get(Station, principal.station_id)
    if station is None or not station.can_confirm_plates:
        raise Forbidden("station_cannot_confirm_plates", "本站点不办理号牌确认，请到车管所登记窗口办理")
    way = DeliveryWay(body.delivery_way)
    point_id: int | None = None
    if is_postal(way):
        if not body.postal_address or not body.postal_address.strip():
            raise Unprocessable("postal_address_required", "邮寄号牌须填写收件地址")
    else:
        point_id = body.delivery_station_id or principal.station_id
        point = session.get(Station, point_id)
        if point is None or not point.can_confirm_plates:
            raise Unprocessable("delivery_station_invalid", "领取或安装地点须为办理号牌业务的车管所")
    row = found(session.get(PlateReservation, reservation_id), "reservation_not_found", "号牌预选记录不存在")
    _refuse_unless_confirmable(session, row, now)

    fee = delivery_fee(way, services.settings.plate_postman_install_fee_yuan)
    ready = ready_date(now, services.settings.plate_ready_days)
    table = PlateReservation.__table__
    won = session.execute(
        update(table).where(table.c.id == row.id, table.c.status == "reserved").values(
            status="confirmed", confirmed_at=now, confirmed_by=principal.account_id,
            confirmed_station_id=principal.station_id, document_checked=body.document_checked,
            delivery_way=way.value, delivery_station_id=point_id,
            postal_address=body.postal_address.strip() if is_postal(way) and body.postal_address else None,
            fee_yuan=fee, ready_date=ready)
    ).rowcount
    session.refresh(row)
    if not won:
        _refuse_unless_confirmable(session, row, now)
        raise Conflict("reservation_already_confirmed", f"号牌 {row.plate_number} 已被确认，请勿重复办理")
    if not plate_pool.set_state(session, row.plate_number, expected="reserved", new="confirmed"):
        raise Conflict("plate_state_conflict", f"号牌 {row.plate_number} 状态已变化，请刷新后重试")
    audit.by(session, services.clock, principal, action="plate_confirmed", entity="plate_reservation", entity_id=row.id,
             detail={"plate": row.plate_number, "delivery_way": way.value, "fee_yuan": fee,
                     "document_checked": body.document_checked, "ready_date": ready.isoformat()})
    return row


def _refuse_unless_confirmable(session: Session, row: PlateReservation, now: datetime) -> None:
    if row.status == "confirmed":
        where = session.get(Station, row.confirmed_station_id) if row.confirmed_station_id else None
        raise Conflict("reservation_already_confirmed",
                       f"号牌 {row.plate_number} 已于 {local(row.confirmed_at):%Y-%m-%d %H:%M} 在"
                       f"{where.name if where else '其他窗口'}确认，请勿重复办理")
    if row.status == "expired" or is_past_deadline(row.deadline, now):
        raise Conflict("reservation_expired",
                       f"号牌 {row.plate_number} 的确认期限 {row.deadline.isoformat()} 已过，号牌已失效，不能确认")


# --- expiry and the blacklist ---------------------------------------------------------------------
def expire_overdue(session: Session, services: Services) -> list[tuple[PlateReservation, PlateBlacklist]]:
    """Release reservations past their deadline and blacklist their owners, each exactly once."""
    now = services.clock.now()
    today = local(now).date()
    query = select(PlateReservation).where(PlateReservation.status == "reserved", PlateReservation.deadline < today)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    done = []
    for row in session.scalars(query).all():
        entry = expire_reservation(session, services, row)
        if entry is not None:
            done.append((row, entry))
    session.flush()
    return done


def expire_reservation(session: Session, services: Services, row: PlateReservation) -> PlateBlacklist | None:
    """Make one lapse permanent: expired, the plate back in the pool, the owner blacklisted
    (once: the conditional UPDATE decides who does it). None if someone else already did."""
    now = services.clock.now()
    table = PlateReservation.__table__
    if not session.execute(update(table).where(table.c.id == row.id, table.c.status == "reserved")
                           .values(status="expired", expired_at=now)).rowcount:
        return None
    session.refresh(row)
    plate_pool.set_state(session, row.plate_number, expected="reserved", new="available")
    entry = blacklist_entry(row, now, services.settings.plate_blacklist_years)
    session.add(entry)
    session.flush()
    return entry


def blacklist_entry(row: PlateReservation, at: datetime, years: int) -> PlateBlacklist:
    return PlateBlacklist(
        id_number=row.id_number, owner_name=row.owner_name, reservation_id=row.id,
        reason=f"号牌 {row.plate_number} 未在 {row.deadline.isoformat()} 前确认", starts_at=at,
        ends_on=blacklist_last_day(row.deadline, years),
    )


def blacklist_public(entry: PlateBlacklist, plate: str, now: datetime) -> BlacklistPublic:
    return BlacklistPublic(
        id=entry.id, id_number_masked=mask_id_number(entry.id_number), owner_name=entry.owner_name,
        reservation_id=entry.reservation_id, plate=plate, reason=entry.reason, starts_at=entry.starts_at,
        ends_on=entry.ends_on, active=entry.lifted_at is None and entry.ends_on >= local(now).date(),
        lifted_at=entry.lifted_at, lifted_by=entry.lifted_by, lift_reason=entry.lift_reason,
    )


def plate_of(session: Session, reservation_id: int) -> str:
    return session.scalar(select(PlateReservation.plate_number).where(PlateReservation.id == reservation_id)) or ""


def list_blacklist(session: Session, id_number: str | None) -> list[tuple[PlateBlacklist, str]]:
    query = (select(PlateBlacklist, PlateReservation.plate_number)
             .join(PlateReservation, PlateReservation.id == PlateBlacklist.reservation_id)
             .order_by(PlateBlacklist.id.desc()).limit(500))
    if id_number:
        query = query.where(PlateBlacklist.id_number == id_number.strip().upper())
    return [(entry, plate) for entry, plate in session.execute(query).all()]


def lift(session: Session, services: Services, principal: Principal, entry_id: int, reason: str) -> PlateBlacklist:
    """A supervisor ends a blacklist entry early (audited with the reason)."""
    now = services.clock.now()
    entry = found(session.get(PlateBlacklist, entry_id), "blacklist_entry_not_found", "黑名单记录不存在")
    if entry.lifted_at is not None:
        raise Conflict("blacklist_already_lifted", f"该黑名单记录已于 {local(entry.lifted_at):%Y-%m-%d %H:%M} 解除")
    table = PlateBlacklist.__table__
    if not session.execute(update(table).where(table.c.id == entry.id, table.c.lifted_at.is_(None))
                           .values(lifted_at=now, lifted_by=principal.username, lift_reason=reason.strip())).rowcount:
        raise Conflict("blacklist_already_lifted", "该黑名单记录已解除")
    session.refresh(entry)
    audit.by(session, services.clock, principal, action="plate_blacklist_lifted", entity="plate_blacklist",
             entity_id=entry.id, detail={"id_number": mask_id_number(entry.id_number), "reason": reason.strip(),
                                         "ends_on": entry.ends_on.isoformat()})
    return entry
