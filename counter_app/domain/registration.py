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

    def for_account(self, *, unit: bool, face_signed: bool) -> int:
        if unit:
            return self.unit
        return self.face_signed if face_signed else self.online


def binding_limit_message(limit: int, *, face_signed: bool, unit: bool) -> str:
    if unit:
        return f"单位用户最多绑定{limit}辆机动车，已达上限"
    if face_signed:
        return f"面签注册用户最多绑定{limit}辆机动车，已达上限，请先解绑其他车辆"
    return f"互联网注册用户最多绑定{limit}辆机动车；到面签点办理面签注册后可绑定3辆"


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
