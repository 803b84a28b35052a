"""Internet-user registration: face-sign at a counter, online through the 122 gateway."""
from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, delete, func, literal, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.models import InternetUser, LicenceRecord, Station, UserVehicle, VehicleRecord
from central_api.platform import audit
from central_api.platform.db import first_or_404
from central_api.platform.deps import Principal
from central_api.platform.errors import Conflict, Forbidden, NotFound, Unprocessable, checked
from central_api.platform.services import Services
from central_api.registration.schemas import PersonalUserCreate, UnitUserCreate
from counter_app.domain.identity import (
    FieldError,
    IdDocument,
    validate_id_number,
    validate_identity,
    validate_mobile,
    validate_plate,
    validate_uscc,
    validate_vin,
)
from counter_app.domain.masking import mask_id_number, mask_mobile
from counter_app.domain.registration import (
    BindingLimits,
    ConsentWay,
    RecordMobile,
    UserType,
    binding_limit_message,
    consent_refusal,
    mismatch_message,
    mobile_mismatches,
    records_to_agree,
    user_type_refusal,
)
from counter_app.domain.roles import Channel, Role
from counter_app.domain.timefmt import local



def limits(services: Services) -> BindingLimits:
    s = services.settings
    return BindingLimits(online=s.online_binding_limit, face_signed=s.face_sign_binding_limit, unit=s.unit_binding_limit,
                         users_per_vehicle=s.users_per_vehicle)


def checked_holder(value: str, today: date, field: str = "id_number") -> str:
    """A person's document number, or a unit's USCC (letters among the first 17 characters)."""
    compact = (value or "").strip().upper()
    if len(compact) == 18 and not compact[:17].isdigit():
        return checked(validate_uscc, compact, field=field)
    return checked(validate_id_number, compact, today, field=field)


def _today(services: Services) -> date:
    return local(services.clock.now()).date()


def _audit(session: Session, services: Services, principal: Principal, action: str, user_id: int,
           detail: dict[str, Any]) -> None:
    audit.by(session, services.clock, principal, action=action, entity="internet_user", entity_id=user_id,
             detail=detail)


def require_face_sign_counter(session: Session, principal: Principal) -> Station:
    """Face-sign work: a counter clerk at a station that does face-sign registration."""
    if principal.role is not Role.CLERK or principal.channel != Channel.WINDOW:
        raise Forbidden("role_forbidden", "面签注册须由面签点窗口民警办理")
    station = session.get(Station, principal.station_id)
    if station is None or not station.can_face_sign:
        raise Forbidden("station_capability", "本站点不办理面签注册")
    return station


def require_user_writer(session: Session, principal: Principal) -> None:
    """Changes to an account: at a face-sign counter, or online through the 122 gateway."""
    if principal.role is Role.INTERNET:
        return
    require_face_sign_counter(session, principal)


# --- central records -----------------------------------------------------------------------------
def vehicles_by(session: Session, *, vin: str | None = None, plate: str | None = None,
                owner_id_number: str | None = None) -> Sequence[VehicleRecord]:
    """Vehicles by already validated values (see `search_vehicles` for what a caller typed)."""
    query = select(VehicleRecord)
    if vin:
        query = query.where(VehicleRecord.vin == vin)
    if plate:
        query = query.where(VehicleRecord.plate == plate)
    if owner_id_number:
        query = query.where(VehicleRecord.owner_id_number == owner_id_number)
    return session.scalars(query.order_by(VehicleRecord.id).limit(100)).all()


def search_vehicles(session: Session, services: Services, *, vin: str | None, plate: str | None,
                    owner_id_number: str | None) -> Sequence[VehicleRecord]:
    """The counter's search: each value through the shared validator (422 when malformed)."""
    return vehicles_by(
        session, vin=checked(validate_vin, vin) if vin else None,
        plate=checked(validate_plate, plate) if plate else None,
        owner_id_number=checked_holder(owner_id_number, _today(services), "owner_id_number") if owner_id_number else None)


def licence_of(session: Session, id_number: str) -> LicenceRecord | None:
    return session.scalars(select(LicenceRecord).where(LicenceRecord.id_number == id_number)).first()


def search_licence(session: Session, services: Services, id_number: str) -> LicenceRecord | None:
    return licence_of(session, checked(validate_id_number, id_number, _today(services)))


def _vehicle(session: Session, vin: str, field: str) -> VehicleRecord:
    vehicle = session.scalars(select(VehicleRecord).where(VehicleRecord.vin == vin)).first()
    if vehicle is None:
        raise Unprocessable("vehicle_not_found", f"车辆识别代号 {vin} 在机动车登记信息中不存在", fields=[field])
    return vehicle


def _vehicle_for_binding(session: Session, vin: str, owner_id_number: str, field: str) -> VehicleRecord:
    vehicle = _vehicle(session, vin, field)
    if vehicle.owner_id_number != owner_id_number:
        raise Unprocessable("vehicle_not_owned",
                            f"机动车 {vehicle.plate or vin} 的登记所有人不是本人（单位），请按他人名下机动车办理"
                            "（须所有人同意）", fields=[field])
    return vehicle


@dataclass(frozen=True)
class Consent:
    """Another owner's vehicle to bind, with the owner's consent."""

    vehicle: VehicleRecord
    way: ConsentWay
    reference: str | None


def _others_vehicle(session: Session, services: Services, *, vin: str, owner_id_number: str, way: str | None,
                    reference: str | None, applicant_id: str, prefix: str) -> Consent:
    """Check another owner's vehicle and the consent: the owner's ID against the record."""
    vin = checked(validate_vin, vin, field=f"{prefix}vin")
    owner_id = checked_holder(owner_id_number, _today(services), f"{prefix}owner_id_number")
    vehicle = _vehicle(session, vin, f"{prefix}vin")
    if vehicle.owner_id_number == applicant_id:
        raise Unprocessable("vehicle_is_own", f"机动车 {vehicle.plate or vin} 在本人名下，请在“本人名下机动车”中勾选",
                            fields=[f"{prefix}vin"])
    refusal = consent_refusal(way=way, reference=reference, owner_id_number=owner_id,
                              owner_on_record=vehicle.owner_id_number, plate=vehicle.plate or vin)
    if refusal is not None:
        raise Unprocessable(refusal.code, refusal.message, fields=[prefix + refusal.field])
    ref = (reference or "").strip() or None
    return Consent(vehicle, ConsentWay(way), ref if way == ConsentWay.SIGNED_AUTHORISATION else None)


def _check_mobile(mobile: str, records: list[RecordMobile]) -> None:
    mismatches = mobile_mismatches(mobile, records)
    if mismatches:
        raise Unprocessable(
            "mobile_mismatch", mismatch_message(mismatches), fields=["mobile"],
            details=[{"record": m.kind, "ref": m.ref, "mobile_on_record": m.mobile_masked} for m in mismatches],
        )


def _vehicle_mobile(v: VehicleRecord) -> RecordMobile:
    return RecordMobile("vehicle", v.plate or v.vin, v.mobile)


def _licence_mobile(lic: LicenceRecord) -> RecordMobile:
    return RecordMobile("licence", lic.licence_class, lic.mobile)


# --- users ----------------------------------------------------------------------------------------
def find_users(session: Session, services: Services, *, id_number: str | None,
               registration_no: str | None) -> Sequence[InternetUser]:
    """Accounts by ID number / USCC or registration number; a malformed value is a 422."""
    query = select(InternetUser)
    if id_number:
        query = query.where(InternetUser.id_number == checked_holder(id_number, _today(services)))
    if registration_no:
        number = registration_no.strip().upper()
        if not re.fullmatch(r"R\d{14}", number):
            raise Unprocessable("registration_no_format", "注册编号格式错误，应为R加14位数字，例如 R20261125000123",
                                fields=["registration_no"])
        query = query.where(InternetUser.registration_no == number)
    return session.scalars(query.order_by(InternetUser.id).limit(50)).all()


def get_user(session: Session, user_id: int, *, for_update: bool = False) -> InternetUser:
    return first_or_404(session, select(InternetUser).where(InternetUser.id == user_id),
                        "user_not_found", "该互联网用户不存在", lock=for_update)


def bound_vehicles(session: Session, user_id: int) -> list[tuple[UserVehicle, VehicleRecord]]:
    """Every binding of the account (own vehicles first, then others' with consent)."""
    rows = session.execute(
        select(UserVehicle, VehicleRecord).join(VehicleRecord, VehicleRecord.id == UserVehicle.vehicle_id)
        .where(UserVehicle.user_id == user_id).order_by(UserVehicle.own.desc(), UserVehicle.id)
    ).all()
    return [(uv, v) for uv, v in rows]


def _existing_conflict(user: InternetUser) -> Conflict:
    how = "面签注册" if user.face_signed else "互联网注册"
    hint = "如需变更请打开该用户办理变更" if user.face_signed else "可在查询结果中为其办理面签升级"
    return Conflict("user_exists", f"该证件号码已注册（编号 {user.registration_no}，{how}），{hint}")


def _next_user_id(session: Session) -> int:
    """The new account's id before its INSERT, so that the registration number made from it
    goes into that same INSERT (no second UPDATE). SQLite: the writer holds the write lock."""
    if session.get_bind().dialect.name == "postgresql":
        return session.scalar(text("SELECT nextval(pg_get_serial_sequence('internet_user', 'id'))"))
    return session.scalar(select(func.coalesce(func.max(InternetUser.id), 0) + 1))


def _new_user(session: Session, services: Services, principal: Principal, **fields: Any) -> InternetUser:
    now = services.clock.now()
    user_id = _next_user_id(session)
    user = InternetUser(id=user_id, registration_no=f"R{local(now):%Y%m%d}{user_id:06d}", channel=principal.channel,
                        created_at=now, updated_at=now, binding_count=0, **fields)
    session.add(user)
    try:
        session.flush()
    except IntegrityError:
        raise Conflict("user_exists", "该证件号码已注册") from None
    return user


def _bind_all(session: Session, services: Services, principal: Principal, user: InternetUser,
              vehicles: list[VehicleRecord], others: Sequence[Consent] = ()) -> None:
    for vehicle in vehicles:
        _bind(session, services, principal, user, vehicle)
    for consent in others:
        _bind(session, services, principal, user, consent.vehicle, consent)


def _bind(session: Session, services: Services, principal: Principal, user: InternetUser,
          vehicle: VehicleRecord, consent: Consent | None = None) -> None:
    """Bind one vehicle. Another owner's takes a slot of the account's limit (decided by the
    database); every vehicle has at most `users_per_vehicle` accounts (its row locked)."""
    plate = vehicle.plate or vehicle.vin
    if consent is not None:
        taken = session.execute(
            update(InternetUser)
            .where(InternetUser.id == user.id, InternetUser.binding_count < InternetUser.binding_limit)
            .values(binding_count=InternetUser.binding_count + 1, updated_at=services.clock.now())
            .execution_options(synchronize_session=False)
        ).rowcount
        if taken != 1:
            raise Unprocessable("binding_limit_reached", binding_limit_message(
                user.binding_limit, face_signed=user.face_signed, unit=user.kind == "unit"))
    session.execute(select(VehicleRecord.id).where(VehicleRecord.id == vehicle.id).with_for_update())
    holders = session.scalars(select(UserVehicle.user_id).where(UserVehicle.vehicle_id == vehicle.id)).all()
    if user.id in holders:
        raise Conflict("vehicle_already_bound", f"机动车 {plate} 已绑定在本账户")
    most = limits(services).users_per_vehicle
    if len(holders) >= most:
        raise Conflict("vehicle_users_full", f"机动车 {plate} 已绑定{len(holders)}个互联网账户，每辆车最多绑定{most}个账户")
    session.add(UserVehicle(user_id=user.id, vehicle_id=vehicle.id, bound_at=services.clock.now(),
                            channel=principal.channel, own=consent is None,
                            consent_way=consent.way.value if consent else None,
                            consent_ref=consent.reference if consent else None))
    try:
        session.flush()
    except IntegrityError:
        raise Conflict("vehicle_already_bound", f"机动车 {plate} 已绑定在本账户") from None
    session.refresh(user)


def _checked_others(session: Session, services: Services, others: Sequence[Any], applicant_id: str) -> list[Consent]:
    consents = [_others_vehicle(session, services, vin=o.vin, owner_id_number=o.owner_id_number, way=o.consent_way,
                                reference=o.consent_ref, applicant_id=applicant_id, prefix=f"others.{i}.")
                for i, o in enumerate(others)]
    if len({c.vehicle.id for c in consents}) != len(consents):
        raise Unprocessable("vin_duplicate", "同一车辆识别代号填写了两次", fields=["others"])
    return consents


def _consent_detail(consents: Sequence[Consent]) -> list[dict[str, Any]]:
    return [{"vin": c.vehicle.vin, "plate": c.vehicle.plate, "owner_id_number": mask_id_number(c.vehicle.owner_id_number),
             "consent_way": c.way.value, "consent_ref": c.reference} for c in consents]


def _checked_vins(vins: list[str]) -> list[str]:
    cleaned = [checked(validate_vin, v, field=f"vins.{i}") for i, v in enumerate(vins)]
    if len(set(cleaned)) != len(cleaned):
        raise Unprocessable("vin_duplicate", "同一车辆识别代号填写了两次", fields=["vins"])
    return cleaned


def _person_on_record(session: Session, id_number: str
                      ) -> tuple[InternetUser | None, LicenceRecord | None, list[VehicleRecord]]:
    """A personal registration's three look-ups in one round trip (issue 13): the person's
    account, driving licence and owned vehicles (as `vehicles_by`, at most 100), LEFT JOINed to
    a one-row select so that each comes back whether or not the others exist. The licence is
    unique per ID number; an account per document type, so the rows are deduplicated."""
    one = select(literal(1).label("one")).subquery("one")
    rows = session.execute(
        select(InternetUser, LicenceRecord, VehicleRecord).select_from(one)
        .outerjoin(InternetUser, and_(InternetUser.kind == "personal", InternetUser.id_number == id_number))
        .outerjoin(LicenceRecord, LicenceRecord.id_number == id_number)
        .outerjoin(VehicleRecord, VehicleRecord.owner_id_number == id_number)
        .order_by(InternetUser.id, VehicleRecord.id).limit(100)
    ).all()
    user = next((u for u, _l, _v in rows if u is not None), None)
    owned = {v.id: v for _u, _l, v in rows if v is not None}
    return user, rows[0][1], list(owned.values())


def register_personal(session: Session, services: Services, principal: Principal,
                      body: PersonalUserCreate) -> InternetUser:
    face_sign = principal.role is not Role.INTERNET
    if face_sign:
        station = require_face_sign_counter(session, principal)
    identity = checked(validate_identity, body.id_number, _today(services))
    id_number = identity.number
    mobile = checked(validate_mobile, body.mobile)
    vins = _checked_vins(body.vins)
    name = body.name.strip()
    existing, licence, owned = _person_on_record(session, id_number)
    if existing is not None:
        raise _existing_conflict(existing)

    user_type = UserType(body.user_type)
    names_on_record = {r.name for r in [licence] if r} | {v.owner_name for v in owned}
    refusal = user_type_refusal(user_type, has_licence=licence is not None, owned_vehicles=len(owned), name=name,
                                names_on_record=names_on_record)
    if refusal is not None:
        raise Unprocessable(refusal.code, refusal.message, fields=[refusal.field])
    vehicles = [_vehicle_for_binding(session, vin, id_number, f"vins.{i}") for i, vin in enumerate(vins)]
    others = _checked_others(session, services, body.others, id_number)
    _check_mobile(mobile, records_to_agree(
        user_type, licence=_licence_mobile(licence) if licence else None,
        owned=[_vehicle_mobile(v) for v in owned], bound_own=[_vehicle_mobile(v) for v in vehicles]))

    limit = limits(services).for_account(unit=False, face_signed=face_sign)
    user = _new_user(
        session, services, principal, kind="personal", user_type=user_type.value, id_type=identity.document.value,
        id_number=id_number, name=name, mobile=mobile, face_signed=face_sign,
        face_signed_at=services.clock.now() if face_sign else None,
        face_signed_station_id=station.id if face_sign else None, binding_limit=limit,
    )
    _bind_all(session, services, principal, user, vehicles, others)
    _audit(session, services, principal, "user_registered", user.id, {
        "registration_no": user.registration_no, "kind": "personal", "face_signed": face_sign,
        "id_type": identity.document.value, "id_number": mask_id_number(id_number), "vins": vins,
        "others": _consent_detail(others),
    })
    return user


def register_unit(session: Session, services: Services, principal: Principal, body: UnitUserCreate) -> InternetUser:
    if principal.channel != Channel.WINDOW:
        raise Forbidden("unit_counter_only", "单位用户只能到面签点窗口办理面签注册")
    station = require_face_sign_counter(session, principal)
    code = checked(validate_uscc, body.uscc)
    agent_id = checked(validate_id_number, body.agent_id_number, _today(services), field="agent_id_number")
    mobile = checked(validate_mobile, body.agent_mobile, field="agent_mobile")
    vins = _checked_vins(body.vins)
    existing = session.scalars(select(InternetUser).where(
        InternetUser.id_type == IdDocument.USCC.value, InternetUser.id_number == code)).first()
    if existing is not None:
        raise _existing_conflict(existing)
    vehicles = [_vehicle_for_binding(session, vin, code, f"vins.{i}") for i, vin in enumerate(vins)]
    try:
        _check_mobile(mobile, [_vehicle_mobile(v) for v in vehicles])
    except Unprocessable as exc:
        exc.fields = ["agent_mobile"]
        raise
    user = _new_user(
        session, services, principal, kind="unit", user_type=None, id_type=IdDocument.USCC.value, id_number=code,
        name=body.unit_name.strip(), mobile=mobile, address=body.address.strip(),
        agent_name=body.agent_name.strip(), agent_id_number=agent_id, authorisation_ref=body.authorisation_ref.strip(),
        face_signed=True, face_signed_at=services.clock.now(), face_signed_station_id=station.id,
        binding_limit=limits(services).unit,
    )
    _bind_all(session, services, principal, user, vehicles)
    _audit(session, services, principal, "user_registered", user.id, {
        "registration_no": user.registration_no, "kind": "unit", "face_signed": True, "uscc": code, "vins": vins,
    })
    return user


def face_sign(session: Session, services: Services, principal: Principal, user_id: int) -> InternetUser:
    """Upgrade an online account at the counter: it keeps its bindings and may bind 3."""
    station = require_face_sign_counter(session, principal)
    user = get_user(session, user_id, for_update=True)
    if user.face_signed:
        raise Conflict("already_face_signed", f"该用户已于面签点完成面签注册（编号 {user.registration_no}）")
    _check_mobile(user.mobile, _own_records(session, user))
    before = user.binding_limit
    user.face_signed = True
    user.face_signed_at = services.clock.now()
    user.face_signed_station_id = station.id
    user.binding_limit = limits(services).for_account(unit=user.kind == "unit", face_signed=True)
    user.updated_at = services.clock.now()
    _audit(session, services, principal, "user_face_signed", user.id, {
        "before": {"face_signed": False, "binding_limit": before},
        "after": {"face_signed": True, "binding_limit": user.binding_limit},
    })
    return user


def _own_records(session: Session, user: InternetUser) -> list[RecordMobile]:
    """The licence and the account's own bound vehicles: their mobiles must equal the account's."""
    licence = licence_of(session, user.id_number) if user.kind == "personal" else None
    return ([_licence_mobile(licence)] if licence else []) + [
        _vehicle_mobile(v) for uv, v in bound_vehicles(session, user.id) if uv.own]


def bind_vehicle(session: Session, services: Services, principal: Principal, user_id: int, vin: str, *,
                 owner_id_number: str | None = None, consent_way: str | None = None,
                 consent_ref: str | None = None) -> InternetUser:
    """Bind one of the holder's own vehicles, or another owner's with the owner's consent."""
    require_user_writer(session, principal)
    vin = checked(validate_vin, vin)
    user = get_user(session, user_id)
    vehicle = _vehicle(session, vin, "vin")
    consent = None
    if vehicle.owner_id_number == user.id_number:
        _check_mobile(user.mobile, [_vehicle_mobile(vehicle)])
    elif owner_id_number is None and consent_way is None:
        raise Unprocessable("vehicle_not_owned",
                            f"机动车 {vehicle.plate or vin} 的登记所有人不是本人（单位），须提供所有人证件号码及同意方式",
                            fields=["vin"])
    else:
        consent = _others_vehicle(session, services, vin=vin, owner_id_number=owner_id_number or "",
                                  way=consent_way, reference=consent_ref, applicant_id=user.id_number, prefix="")
    before = user.binding_count
    _bind(session, services, principal, user, vehicle, consent)
    _audit(session, services, principal, "vehicle_bound", user.id, {
        "vin": vin, "plate": vehicle.plate, "own": consent is None,
        "consent": _consent_detail([consent])[0] if consent else None,
        "before": {"binding_count": before}, "after": {"binding_count": user.binding_count},
    })
    return user


def unbind_vehicle(session: Session, services: Services, principal: Principal, user_id: int,
                   vehicle_id: int) -> InternetUser:
    """Unbind one vehicle. The account's row is locked first, so that two simultaneous unbinds
    queue: the second finds the binding gone (404). The DELETE is conditional on its row count,
    and the count is recomputed from the bindings left, never decremented (issue 11 item 1)."""
    require_user_writer(session, principal)
    user = get_user(session, user_id, for_update=True)
    binding = first_or_404(session, select(UserVehicle).where(UserVehicle.user_id == user_id,
                                                               UserVehicle.vehicle_id == vehicle_id),
                           "binding_not_found", "该车辆未绑定在此账户")
    vehicle = session.get(VehicleRecord, vehicle_id)
    counted = not binding.own
    before = user.binding_count
    gone = session.execute(
        delete(UserVehicle).where(UserVehicle.id == binding.id).execution_options(synchronize_session=False)
    ).rowcount
    if gone != 1:
        raise NotFound("binding_not_found", "该车辆未绑定在此账户")
    session.expunge(binding)
    session.execute(
        update(InternetUser).where(InternetUser.id == user_id)
        .values(binding_count=_others_bound(user_id), updated_at=services.clock.now())
        .execution_options(synchronize_session=False)
    )
    session.flush()
    session.refresh(user)
    _audit(session, services, principal, "vehicle_unbound", user.id, {
        "vin": vehicle.vin if vehicle else None, "plate": vehicle.plate if vehicle else None, "own": not counted,
        "before": {"binding_count": before}, "after": {"binding_count": user.binding_count},
    })
    return user


def may_read_whole(session: Session, principal: Principal) -> bool:
    """Whole personal numbers of an internet account: a clerk at a station that does face-sign
    registration (the form is printed whole and signed). Supervisors, the phone desk, the gateway
    and clerks of stations without face-sign see them masked (issue 11 item 6)."""
    if principal.role != Role.CLERK:
        return False
    station = session.get(Station, principal.station_id)
    return bool(station and station.can_face_sign)


def audit_whole_read(session: Session, services: Services, principal: Principal, user: InternetUser,
                     purpose: str) -> None:
    """Who read whose whole record, and why; the number itself stays masked in the trail."""
    audit.by(session, services.clock, principal, action="personal_record_read", entity="internet_user",
             entity_id=user.id, detail={"purpose": purpose, "id_number": mask_id_number(user.id_number),
                                        "registration_no": user.registration_no})


def _others_bound(user_id: int) -> Any:
    """The account's bindings of other owners' vehicles: what `binding_count` stands for."""
    return (select(func.count()).select_from(UserVehicle)
            .where(UserVehicle.user_id == user_id, UserVehicle.own.is_(False)).scalar_subquery())


def change_mobile(session: Session, services: Services, principal: Principal, user_id: int,
                  mobile: str) -> InternetUser:
    """变更: a new mobile must agree with the licence and every bound vehicle on record."""
    require_user_writer(session, principal)
    field = "mobile"
    user = get_user(session, user_id, for_update=True)
    mobile = checked(validate_mobile, mobile, field=field)
    if mobile == user.mobile:
        raise Unprocessable("mobile_unchanged", "新手机号码与原号码相同", fields=[field])
    _check_mobile(mobile, _own_records(session, user))
    before = user.mobile
    user.mobile = mobile
    user.updated_at = services.clock.now()
    _audit(session, services, principal, "user_changed", user.id, {
        "before": {"mobile": mask_mobile(before)}, "after": {"mobile": mask_mobile(mobile)},
    })
    return user


# --- 变更联系方式: the mobile on the person's vehicle and licence records ---------------------------
@dataclass(frozen=True)
class ContactChange:
    """What one change did: for the answer and the printed receipt."""

    receipt_no: str
    at: Any
    id_number: str
    name: str
    id_type: str
    records: list[dict[str, Any]]  # kind, record_id, ref, old (masked), new (masked)


def person_records(session: Session, id_number: str) -> list[tuple[str, LicenceRecord | VehicleRecord]]:
    """The licence and the vehicles on record in the person's name, licence first."""
    rows: list[tuple[str, LicenceRecord | VehicleRecord]] = []
    licence = licence_of(session, id_number)
    if licence is not None:
        rows.append(("licence", licence))
    rows += [("vehicle", v) for v in vehicles_by(session, owner_id_number=id_number)]
    return rows


def holder_name(rows: list[tuple[str, LicenceRecord | VehicleRecord]]) -> str:
    kind, first = rows[0]
    return first.name if kind == "licence" else first.owner_name  # type: ignore[union-attr]


def record_ref(kind: str, row: LicenceRecord | VehicleRecord) -> str:
    if kind == "licence":
        return f"驾驶证（{row.licence_class}）"  # type: ignore[union-attr]
    return f"机动车 {row.plate or row.vin}"  # type: ignore[union-attr]


def find_person_records(session: Session, services: Services,
                        id_number: str) -> tuple[str, list[tuple[str, LicenceRecord | VehicleRecord]]]:
    number = checked(validate_id_number, id_number, _today(services))
    rows = person_records(session, number)
    if not rows:
        raise NotFound("records_not_found", "未查到本人名下的机动车或驾驶证登记信息")
    return number, rows


def change_contact(session: Session, services: Services, principal: Principal, *, id_number: str, new_mobile: str,
                   holder_id_checked: bool, records: list[str] | None) -> ContactChange:
    """Change the contact mobile of the person's records at a window (the holder present with
    the ID card). `records` chooses some ("licence:3", "vehicle:12"); empty means all of them.
    One audit row with every record's old and new mobile, masked."""
    if principal.role is not Role.CLERK or principal.channel != Channel.WINDOW:
        raise Forbidden("contact_change_window_only", "变更联系方式须本人持身份证件到窗口办理")
    number, rows = find_person_records(session, services, id_number)
    if not holder_id_checked:
        raise Unprocessable("id_not_checked", "变更联系方式须核验本人身份证件后办理", fields=["holder_id_checked"])
    mobile = checked(validate_mobile, new_mobile, field="new_mobile")
    by_key = {f"{kind}:{row.id}": (kind, row) for kind, row in rows}
    chosen = list(dict.fromkeys(records or []))
    unknown = [key for key in chosen if key not in by_key]
    if unknown:
        raise Unprocessable("record_not_owned", "所选记录不在本人名下：" + "、".join(unknown), fields=["records"])
    targets = [by_key[key] for key in chosen] if chosen else rows
    changing = [(kind, row) for kind, row in targets if row.mobile != mobile]
    if not changing:
        raise Unprocessable("mobile_unchanged", "所选记录登记的手机号已是该号码，无需变更", fields=["new_mobile"])
    changed = []
    for kind, row in changing:
        model = LicenceRecord if kind == "licence" else VehicleRecord
        session.execute(select(model.id).where(model.id == row.id).with_for_update())
        changed.append({"kind": kind, "record_id": row.id, "ref": record_ref(kind, row),
                        "old": mask_mobile(row.mobile), "new": mask_mobile(mobile)})
        row.mobile = mobile
    name = holder_name(rows)
    entry = audit.record(session, services.clock, action="contact_changed", entity="contact", entity_id=None,
                         username=principal.username, account_id=principal.account_id,
                         station_id=principal.station_id, channel=principal.channel,
                         detail={"id_number": mask_id_number(number), "holder_id_checked": True,
                                 "records": changed, "all_records": not chosen})
    session.flush()
    now = services.clock.now()
    return ContactChange(receipt_no=f"BG{local(now):%Y%m%d}{entry.id:06d}", at=now, id_number=number, name=name,
                         id_type=validate_identity(number, _today(services)).document.value, records=changed)
