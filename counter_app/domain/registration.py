"""Internet-user registration rules (DOMAIN.md §1)."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from counter_app.domain.masking import mask_mobile


class UserType(StrEnum):
    VEHICLE_OWNER = "vehicle_owner"  # 车主用户
    DRIVER = "driver"  # 驾驶人用户 (also a licence holder adding a class, 增驾)
    LEARNER = "learner"  # 初次申领机动车驾驶证学员
    NEW_CAR_OWNER = "new_car_owner"  # 新车车主用户: no vehicle, no licence yet


USER_TYPE_NAMES = {
    UserType.VEHICLE_OWNER: "车主用户",
    UserType.DRIVER: "驾驶人用户",
    UserType.LEARNER: "初次申领机动车驾驶证学员",
    UserType.NEW_CAR_OWNER: "新车车主用户",
}


@dataclass(frozen=True)
class BindingLimits:
    """How many vehicles an account may bind (seed: 1 online, 3 after face-sign)."""

    online: int = 1
    face_signed: int = 3
    unit: int = 20
    users_per_vehicle: int = 3  # decision (a setting): accounts one vehicle may be bound to

    def for_account(self, *, unit: bool, face_signed: bool) -> int:
        if unit:
            return self.unit
        return self.face_signed if face_signed else self.online


def binding_limit_message(limit: int, *, face_signed: bool, unit: bool) -> str:
    if unit:
        return f"单位用户最多绑定{limit}辆他人名下的机动车，已达上限"
    if face_signed:
        return f"面签注册用户最多绑定{limit}辆他人名下的机动车，已达上限，请先解绑其他车辆"
    return f"互联网注册用户最多绑定{limit}辆他人名下的机动车；到面签点办理面签注册后可绑定3辆"


def counts_toward_limit(owner_id_number: str, applicant_id_number: str) -> bool:
    """Only vehicles of other owners count toward the 1 / 3 limit; one's own are listed apart."""
    return owner_id_number != applicant_id_number


class ConsentWay(StrEnum):
    """How the owner of someone else's vehicle agreed to its binding."""

    OWNER_PRESENT = "owner_present"  # the owner at the window with the ID card
    SIGNED_AUTHORISATION = "signed_authorisation"  # a signed authorisation, its reference kept


CONSENT_WAY_NAMES = {
    ConsentWay.OWNER_PRESENT: "所有人到场",
    ConsentWay.SIGNED_AUTHORISATION: "所有人签字授权书",
}


@dataclass(frozen=True)
class RegistrationRefusal:
    code: str
    message: str
    field: str


def consent_refusal(*, way: str | None, reference: str | None, owner_id_number: str,
                    owner_on_record: str, plate: str) -> RegistrationRefusal | None:
    """The owner's consent to bind a vehicle not in the applicant's name.

    The owner's ID number must be the one on the vehicle record; consent is the owner present
    (ID checked at the window) or a signed authorisation whose reference is kept and printed.
    """
    if owner_id_number != owner_on_record:
        return RegistrationRefusal("owner_mismatch", f"机动车 {plate} 所有人证件号码与登记信息不一致", "owner_id_number")
    if way not in {w.value for w in ConsentWay}:
        return RegistrationRefusal("consent_missing", f"绑定他人名下机动车 {plate} 须所有人到场或提交签字授权书",
                                   "consent_way")
    if way == ConsentWay.SIGNED_AUTHORISATION and not (reference or "").strip():
        return RegistrationRefusal("consent_reference_missing", f"请填写机动车 {plate} 所有人授权书编号",
                                   "consent_reference")
    return None


def user_type_refusal(user_type: UserType, *, has_licence: bool, owned_vehicles: int, name: str,
                      names_on_record: set[str]) -> RegistrationRefusal | None:
    """The seed's four personal user types, checked against the records.

    初次申领 learner: no licence on record (a holder adding a class registers as 驾驶人用户);
    新车车主: neither a vehicle nor a licence; 车主用户: at least one vehicle; 驾驶人用户: a
    licence. The name must equal the name on every record of the person.
    """
    field = "user_type"
    if user_type is UserType.LEARNER and has_licence:
        return RegistrationRefusal("learner_has_licence",
                                   "本人已有机动车驾驶证登记信息，不能注册为初次申领学员；增驾请注册为驾驶人用户", field)
    if user_type is UserType.NEW_CAR_OWNER and (has_licence or owned_vehicles):
        return RegistrationRefusal("new_car_owner_has_records",
                                   "本人名下已有机动车或驾驶证登记信息，不能注册为新车车主用户，请选择车主用户或驾驶人用户", field)
    if user_type is UserType.VEHICLE_OWNER and not owned_vehicles:
        return RegistrationRefusal("no_vehicle_on_record", "本人名下没有登记的机动车，不能注册为车主用户", field)
    if user_type is UserType.DRIVER and not has_licence:
        return RegistrationRefusal("licence_not_found", "未查到本人的机动车驾驶证登记信息，不能注册为驾驶人用户", field)
    if names_on_record and names_on_record != {name}:
        return RegistrationRefusal("name_mismatch", "姓名与驾驶证或机动车登记信息不一致", "name")
    return None


def records_to_agree(user_type: UserType | None, *, licence: RecordMobile | None,
                     owned: list[RecordMobile], bound_own: list[RecordMobile]) -> list[RecordMobile]:
    """The records whose mobile must equal the registered one.

    The licence, the applicant's own vehicles being bound, and for 车主用户 every vehicle on
    record in the person's name even when none is ticked. Vehicles of other owners keep their
    owner's mobile and are not compared.
    """
    records = [licence] if licence else []
    records += owned if user_type is UserType.VEHICLE_OWNER else bound_own
    seen: set[tuple[str, str]] = set()
    unique = []
    for r in records:
        if (r.kind, r.ref) not in seen:
            seen.add((r.kind, r.ref))
            unique.append(r)
    return unique


@dataclass(frozen=True)
class RecordMobile:
    """The mobile on one central record: a vehicle (by plate or VIN) or the driving licence."""

    kind: str  # vehicle | licence
    ref: str  # plate (or VIN when unplated) / licence class
    mobile: str


@dataclass(frozen=True)
class Mismatch:
    kind: str
    ref: str
    mobile_masked: str

    def describe(self) -> str:
        what = f"机动车 {self.ref}" if self.kind == "vehicle" else f"驾驶证（{self.ref}）"
        return f"{what}登记的手机号为 {self.mobile_masked}"


def mobile_mismatches(mobile: str, records: list[RecordMobile]) -> list[Mismatch]:
    """Every record whose mobile differs from the one the person gives (seed: they must agree)."""
    return [Mismatch(r.kind, r.ref, mask_mobile(r.mobile)) for r in records if r.mobile != mobile]


def mismatch_message(mismatches: list[Mismatch]) -> str:
    return "手机号码与登记信息不一致：" + "；".join(m.describe() for m in mismatches) + "。请核实后使用登记的手机号，或先办理联系方式变更"
