"""Internet-user registration: face-sign at a counter, online through the 122 gateway."""
from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.models import InternetUser, LicenceRecord, Station, UserVehicle, VehicleRecord
from central_api.platform import audit
from central_api.platform.deps import Principal
from central_api.platform.errors import Conflict, Forbidden, NotFound, Unprocessable
from central_api.platform.services import Services
from central_api.registration.schemas import PersonalUserCreate, UnitUserCreate
from counter_app.domain.identity import FieldError, validate_id_number, validate_mobile, validate_uscc, validate_vin
from counter_app.domain.masking import mask_id_number, mask_mobile
from counter_app.domain.registration import (
    BindingLimits,
    RecordMobile,
    UserType,
    binding_limit_message,
    mismatch_message,
    mobile_mismatches,
)
from counter_app.domain.roles import Channel, Role
from counter_app.domain.timefmt import local

T = TypeVar("T")


def checked(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a domain validator; its FieldError becomes the API's 422 with the same message."""
    try:
        return fn(*args, **kwargs)
    except FieldError as exc:
        raise Unprocessable(exc.code, exc.message, fields=[exc.field]) from None


def limits(services: Services) -> BindingLimits:
    s = services.settings
    return BindingLimits(online=s.online_binding_limit, face_signed=s.face_sign_binding_limit, unit=s.unit_binding_limit)


def _today(services: Services) -> date:
    return local(services.clock.now()).date()


def _audit(session: Session, services: Services, principal: Principal, action: str, user_id: int,
           detail: dict[str, Any]) -> None:
    audit.record(session, services.clock, action=action, entity="internet_user", entity_id=user_id,
                 username=principal.username, account_id=principal.account_id, station_id=principal.station_id,
                 channel=principal.channel, detail=detail)


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
    query = select(VehicleRecord)
    if vin:
        query = query.where(VehicleRecord.vin == vin.strip().upper())
    if plate:
        query = query.where(VehicleRecord.plate == plate.strip().upper())
    if owner_id_number:
        query = query.where(VehicleRecord.owner_id_number == owner_id_number.strip().upper())
    return session.scalars(query.order_by(VehicleRecord.id).limit(100)).all()


def licence_of(session: Session, id_number: str) -> LicenceRecord | None:
    return session.scalars(select(LicenceRecord).where(LicenceRecord.id_number == id_number)).first()


def _vehicle_for_binding(session: Session, vin: str, owner_id_number: str, field: str) -> VehicleRecord:
    vehicle = session.scalars(select(VehicleRecord).where(VehicleRecord.vin == vin)).first()
    if vehicle is None:
        raise Unprocessable("vehicle_not_found", f"车辆识别代号 {vin} 在机动车登记信息中不存在", fields=[field])
    if vehicle.owner_id_number != owner_id_number:
        raise Unprocessable("vehicle_not_owned",
                            f"机动车 {vehicle.plate or vin} 的登记所有人不是本人（单位），不能绑定", fields=[field])
    return vehicle


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
def find_users(session: Session, *, id_number: str | None, registration_no: str | None) -> Sequence[InternetUser]:
    query = select(InternetUser)
    if id_number:
        query = query.where(InternetUser.id_number == id_number.strip().upper())
    if registration_no:
        query = query.where(InternetUser.registration_no == registration_no.strip().upper())
    return session.scalars(query.order_by(InternetUser.id).limit(50)).all()


def get_user(session: Session, user_id: int, *, for_update: bool = False) -> InternetUser:
    query = select(InternetUser).where(InternetUser.id == user_id)
    if for_update:
        query = query.with_for_update()
    user = session.scalars(query).first()
    if user is None:
        raise NotFound("user_not_found", "该互联网用户不存在")
    return user


def bound_vehicles(session: Session, user_id: int) -> list[tuple[UserVehicle, VehicleRecord]]:
    rows = session.execute(
        select(UserVehicle, VehicleRecord).join(VehicleRecord, VehicleRecord.id == UserVehicle.vehicle_id)
        .where(UserVehicle.user_id == user_id).order_by(UserVehicle.id)
    ).all()
    return [(uv, v) for uv, v in rows]


def _existing_conflict(user: InternetUser) -> Conflict:
    how = "面签注册" if user.face_signed else "互联网注册"
    hint = "如需变更请打开该用户办理变更" if user.face_signed else "可在查询结果中为其办理面签升级"
    return Conflict("user_exists", f"该证件号码已注册（编号 {user.registration_no}，{how}），{hint}")


def _new_user(session: Session, services: Services, principal: Principal, **fields: Any) -> InternetUser:
    now = services.clock.now()
    # The registration number needs the row id; a unique placeholder stands in until the flush.
    user = InternetUser(registration_no=f"T{uuid.uuid4().hex[:16]}", channel=principal.channel,
                        created_at=now, updated_at=now, binding_count=0, **fields)
    session.add(user)
    try:
        session.flush()
    except IntegrityError:
        raise Conflict("user_exists", "该证件号码已注册") from None
    user.registration_no = f"R{local(now):%Y%m%d}{user.id:06d}"
    return user


def _bind_all(session: Session, services: Services, principal: Principal, user: InternetUser,
              vehicles: list[VehicleRecord]) -> None:
    for vehicle in vehicles:
        _bind(session, services, principal, user, vehicle)


def _bind(session: Session, services: Services, principal: Principal, user: InternetUser,
          vehicle: VehicleRecord) -> None:
    """Take one slot of the account's limit, decided by the database, then bind."""
    taken = session.execute(
        update(InternetUser)
        .where(InternetUser.id == user.id, InternetUser.binding_count < InternetUser.binding_limit)
        .values(binding_count=InternetUser.binding_count + 1, updated_at=services.clock.now())
        .execution_options(synchronize_session=False)
    ).rowcount
    if taken != 1:
        raise Unprocessable("binding_limit_reached", binding_limit_message(
            user.binding_limit, face_signed=user.face_signed, unit=user.kind == "unit"))
    holder = session.scalars(select(UserVehicle).where(UserVehicle.vehicle_id == vehicle.id)).first()
    if holder is not None:
        raise Conflict("vehicle_already_bound", f"机动车 {vehicle.plate or vehicle.vin} 已绑定在其他互联网账户")
    session.add(UserVehicle(user_id=user.id, vehicle_id=vehicle.id, bound_at=services.clock.now(),
                            channel=principal.channel))
    try:
        session.flush()
    except IntegrityError:
        raise Conflict("vehicle_already_bound", f"机动车 {vehicle.plate or vehicle.vin} 已绑定在其他互联网账户") from None
    session.refresh(user)


def _checked_vins(vins: list[str]) -> list[str]:
    cleaned = [checked(validate_vin, v, field=f"vins.{i}") for i, v in enumerate(vins)]
    if len(set(cleaned)) != len(cleaned):
        raise Unprocessable("vin_duplicate", "同一车辆识别代号填写了两次", fields=["vins"])
    return cleaned


def register_personal(session: Session, services: Services, principal: Principal,
                      body: PersonalUserCreate) -> InternetUser:
    face_sign = principal.role is not Role.INTERNET
    if face_sign:
        station = require_face_sign_counter(session, principal)
    id_number = checked(validate_id_number, body.id_number, _today(services))
    mobile = checked(validate_mobile, body.mobile)
    vins = _checked_vins(body.vins)
    name = body.name.strip()
    existing = session.scalars(select(InternetUser).where(
        InternetUser.id_type == "resident_id", InternetUser.id_number == id_number)).first()
    if existing is not None:
        raise _existing_conflict(existing)

    licence = licence_of(session, id_number)
    user_type = UserType(body.user_type)
    if user_type is UserType.DRIVER and licence is None:
        raise Unprocessable("licence_not_found", "未查到本人的机动车驾驶证登记信息，不能注册为驾驶人用户",
                            fields=["user_type"])
    if user_type is UserType.VEHICLE_OWNER and not vehicles_by(session, owner_id_number=id_number):
        raise Unprocessable("no_vehicle_on_record", "本人名下没有登记的机动车，不能注册为车主用户",
                            fields=["user_type"])
    vehicles = [_vehicle_for_binding(session, vin, id_number, f"vins.{i}") for i, vin in enumerate(vins)]
    names_on_record = {r.name for r in [licence] if r} | {v.owner_name for v in vehicles}
    if names_on_record and names_on_record != {name}:
        raise Unprocessable("name_mismatch", "姓名与驾驶证或机动车登记信息不一致", fields=["name"])
    _check_mobile(mobile, ([_licence_mobile(licence)] if licence else []) + [_vehicle_mobile(v) for v in vehicles])

    limit = limits(services).for_account(unit=False, face_signed=face_sign)
    user = _new_user(
        session, services, principal, kind="personal", user_type=user_type.value, id_type="resident_id",
        id_number=id_number, name=name, mobile=mobile, face_signed=face_sign,
        face_signed_at=services.clock.now() if face_sign else None,
        face_signed_station_id=station.id if face_sign else None, binding_limit=limit,
    )
    _bind_all(session, services, principal, user, vehicles)
    _audit(session, services, principal, "user_registered", user.id, {
        "registration_no": user.registration_no, "kind": "personal", "face_signed": face_sign,
        "id_number": mask_id_number(id_number), "vins": vins,
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
        InternetUser.id_type == "uscc", InternetUser.id_number == code)).first()
    if existing is not None:
        raise _existing_conflict(existing)
    vehicles = [_vehicle_for_binding(session, vin, code, f"vins.{i}") for i, vin in enumerate(vins)]
    try:
        _check_mobile(mobile, [_vehicle_mobile(v) for v in vehicles])
    except Unprocessable as exc:
        exc.fields = ["agent_mobile"]
        raise
    user = _new_user(
        session, services, principal, kind="unit", user_type=None, id_type="uscc", id_number=code,
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
    licence = licence_of(session, user.id_number) if user.kind == "personal" else None
    _check_mobile(user.mobile, ([_licence_mobile(licence)] if licence else [])
                  + [_vehicle_mobile(v) for _uv, v in bound_vehicles(session, user.id)])
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


def bind_vehicle(session: Session, services: Services, principal: Principal, user_id: int, vin: str) -> InternetUser:
    require_user_writer(session, principal)
    vin = checked(validate_vin, vin)
    user = get_user(session, user_id)
    vehicle = _vehicle_for_binding(session, vin, user.id_number, "vin")
    _check_mobile(user.mobile, [_vehicle_mobile(vehicle)])
    before = user.binding_count
    _bind(session, services, principal, user, vehicle)
    _audit(session, services, principal, "vehicle_bound", user.id, {
        "vin": vin, "plate": vehicle.plate, "before": {"binding_count": before},
        "after": {"binding_count": user.binding_count},
    })
    return user


def unbind_vehicle(session: Session, services: Services, principal: Principal, user_id: int,
                   vehicle_id: int) -> InternetUser:
    require_user_writer(session, principal)
    user = get_user(session, user_id)
    binding = session.scalars(select(UserVehicle).where(
        UserVehicle.user_id == user_id, UserVehicle.vehicle_id == vehicle_id)).first()
    if binding is None:
        raise NotFound("binding_not_found", "该车辆未绑定在此账户")
    vehicle = session.get(VehicleRecord, vehicle_id)
    session.delete(binding)
    session.execute(
        update(InternetUser).where(InternetUser.id == user_id)
        .values(binding_count=InternetUser.binding_count - 1, updated_at=services.clock.now())
        .execution_options(synchronize_session=False)
    )
    session.flush()
    session.refresh(user)
    _audit(session, services, principal, "vehicle_unbound", user.id, {
        "vin": vehicle.vin if vehicle else None, "plate": vehicle.plate if vehicle else None,
        "before": {"binding_count": user.binding_count + 1}, "after": {"binding_count": user.binding_count},
    })
    return user


def change_mobile(session: Session, services: Services, principal: Principal, user_id: int,
                  mobile: str) -> InternetUser:
    """变更: a new mobile must agree with the licence and every bound vehicle on record."""
    require_user_writer(session, principal)
    field = "mobile"
    user = get_user(session, user_id, for_update=True)
    mobile = checked(validate_mobile, mobile, field=field)
    if mobile == user.mobile:
        raise Unprocessable("mobile_unchanged", "新手机号码与原号码相同", fields=[field])
    licence = licence_of(session, user.id_number) if user.kind == "personal" else None
    _check_mobile(mobile, ([_licence_mobile(licence)] if licence else [])
                  + [_vehicle_mobile(v) for _uv, v in bound_vehicles(session, user.id)])
    before = user.mobile
    user.mobile = mobile
    user.updated_at = services.clock.now()
    _audit(session, services, principal, "user_changed", user.id, {
        "before": {"mobile": mask_mobile(before)}, "after": {"mobile": mask_mobile(mobile)},
    })
    return user
