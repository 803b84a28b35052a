"""Face-sign registration for the views: the central API's user endpoints and the forms."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from counter_app.domain.identity import ID_DOCUMENT_NAMES, IdDocument
from counter_app.domain.masking import mask_id_number, mask_mobile
from counter_app.domain.registration import CONSENT_WAY_NAMES, USER_TYPE_NAMES, ConsentWay, UserType
from counter_app.domain.timefmt import format_local
from counter_app.services.api_client import ApiClient
from counter_app.services.printing import Cell, Choice, Fields, FormSpec, Grid, Text
from counter_app.services.sync import Write

PERSONAL_FORM_NUMBER = "NJ122-GR-01"
UNIT_FORM_NUMBER = "NJ122-DW-01"


class RegistrationService:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def find(self, id_number: str) -> list[dict[str, Any]]:
        return self.api.get("/users", id_number=id_number)["data"]

    def get(self, user_id: int) -> dict[str, Any]:
        return self.api.get(f"/users/{user_id}")

    def owned_vehicles(self, owner_id_number: str) -> list[dict[str, Any]]:
        return self.api.get("/vehicles", owner_id_number=owner_id_number)["data"]


# --- writes (they go through the WriteQueue: outbox first, then the centre) ------------------
# A registration may wait for the link: the form is signed, the centre checks it on replay and
# a refusal lands in 待处理. Changes to an open record need the centre's answer at once.
def register_personal(data: dict[str, Any]) -> Write:
    return Write("register_personal", "POST", "/users/personal", data,
                 f"个人用户注册 {data['name']} {mask_id_number(data['id_number'])}", offline_ok=True,
                 local_ref_prefix=register_write_prefix())


def register_unit(data: dict[str, Any]) -> Write:
    return Write("register_unit", "POST", "/users/unit", data, f"单位用户注册 {data['unit_name']}", offline_ok=True,
                 local_ref_prefix=register_write_prefix())


def face_sign(user: dict[str, Any]) -> Write:
    return Write("face_sign", "POST", f"/users/{user['id']}/face-sign", None, f"面签升级 {user['name']}",
                 offline_ok=False)


def bind(user: dict[str, Any], vin: str, consent: dict[str, Any] | None = None) -> Write:
    """Bind one's own vehicle, or another owner's with `consent` (owner_id_number, consent_way,
    consent_ref)."""
    return Write("bind_vehicle", "POST", f"/users/{user['id']}/vehicles", {"vin": vin, **(consent or {})},
                 f"绑定机动车 {vin}（{user['name']}）", offline_ok=False)


def unbind(user: dict[str, Any], vehicle: dict[str, Any]) -> Write:
    return Write("unbind_vehicle", "DELETE", f"/users/{user['id']}/vehicles/{vehicle['vehicle_id']}", None,
                 f"解绑机动车 {vehicle['plate'] or vehicle['vin']}（{user['name']}）", offline_ok=False)


def change_mobile(user: dict[str, Any], mobile: str) -> Write:
    return Write("change_user", "PATCH", f"/users/{user['id']}", {"mobile": mobile},
                 f"变更手机号 {user['name']} → {mask_mobile(mobile)}", offline_ok=False)


def consent_text(vehicle: dict[str, Any]) -> str:
    """本人 for one's own vehicle; for another owner's, the owner and how consent was given."""
    if vehicle.get("own", True):
        return "本人"
    way = CONSENT_WAY_NAMES.get(ConsentWay(vehicle["consent_way"]), vehicle["consent_way"])
    ref = f" {vehicle['consent_ref']}" if vehicle.get("consent_ref") else ""
    return f"{vehicle.get('owner_name') or '他人'}（{way}{ref}）"


def _vehicle_rows(user: dict[str, Any]) -> list[list[str]]:
    return [[str(i), v["plate"] or "（未上牌）", v["vin"], v["vehicle_type"], consent_text(v)]
            for i, v in enumerate(user["vehicles"], start=1)]


def document_name(id_type: str | None) -> str:
    """居民身份证, 港澳居民居住证 … for the stored document type (unknown values as they are)."""
    try:
        return ID_DOCUMENT_NAMES[IdDocument(id_type or "resident_id")]
    except ValueError:
        return id_type or ""


PROVISIONAL_NOTE = ("【待中心确认】本表在网络中断时受理，编号为本窗口临时编号；网络恢复后由中心核验并给出正式注册编号，"
                    "届时在“同步状态”中重新打印正式申请表。")


def _footer(clerk: str, station: str, printed_at: datetime, queue_ticket: str = "") -> str:
    ticket = f"叫号：{queue_ticket}　" if queue_ticket else ""
    return f"{ticket}经办：{clerk}　受理点：{station}　打印时间：{format_local(printed_at)}"


def register_write_prefix() -> str:
    """Local references of registrations saved offline: LS + the outbox number (ASCII, for the QR)."""
    return "LS"


def registration_form(user: dict[str, Any], *, change: bool, changes: Sequence[str] = (), clerk: str,
                      station: str, printed_at: datetime, queue_ticket: str = "",
                      provisional_ref: str | None = None) -> FormSpec:
    """《互联网个人用户注册/变更申请表》 (or the unit form), pre-filled, to be signed; with
    `provisional_ref` the form of a registration saved offline, numbered locally and marked
    「待中心确认」."""
    spec = _unit_form(user, change=change, changes=changes, clerk=clerk, station=station, printed_at=printed_at) \
        if user["kind"] == "unit" else _personal_form(user, change=change, changes=changes, clerk=clerk,
                                                       station=station, printed_at=printed_at)
    spec = replace(spec, footer=_footer(clerk, station, printed_at, queue_ticket))
    if provisional_ref is not None:
        spec = replace(spec, title=f"{spec.title}（待中心确认）", serial=provisional_ref, serial_label="临时编号",
                       blocks=[Text(PROVISIONAL_NOTE, size=11), *spec.blocks])
    return spec


def _personal_form(user: dict[str, Any], *, change: bool, changes: Sequence[str], clerk: str, station: str,
                   printed_at: datetime) -> FormSpec:
    type_names = [USER_TYPE_NAMES[t] for t in UserType]
    chosen = USER_TYPE_NAMES[UserType(user["user_type"])]
    blocks: list = [
        Choice("申请类型", ["新注册", "变更"], frozenset({"变更" if change else "新注册"})),
        Choice("用户类型", type_names, frozenset({chosen})),
        Fields(heading="申请人信息", rows=[
            [Cell("姓名", user["name"]), Cell("证件类型", document_name(user.get("id_type")))],
            [Cell("证件号码", user["id_number"]), Cell("手机号码", user["mobile"])],
            [Cell("注册方式", "面签注册" if user["face_signed"] else "互联网注册"),
             Cell("可绑定车辆", f"{user['binding_limit']} 辆（已绑定 {user['binding_count']} 辆）")],
        ]),
    ]
    if changes:
        blocks.append(Fields(heading="变更事项", rows=[[Cell(f"变更{i}", c, span=2)] for i, c in enumerate(changes, 1)]))
    blocks.append(Grid(["序号", "号牌号码", "车辆识别代号", "车辆类型", "所有人/同意方式"],
                       _vehicle_rows(user) or [["", "无", "", "", ""]],
                       widths=[0.6, 1.3, 2.2, 1.3, 2.2], heading="绑定机动车"))
    blocks.append(Text("本人承诺：以上信息真实有效，所留手机号码与本人机动车、驾驶证登记的手机号码一致；"
                       "本人已知悉互联网账户的使用规定，妥善保管账户和密码。", size=10))
    return FormSpec(
        title="互联网个人用户注册/变更申请表", form_number=PERSONAL_FORM_NUMBER, serial=user["registration_no"],
        serial_label="注册编号", blocks=blocks, signatures=["申请人签字", "经办民警签字"],
        notes=["申请人须本人到面签点办理，出示有效身份证件（居民身份证、港澳台居民居住证或外国人永久居留身份证）。",
               "本人名下机动车不计入绑定数量；面签注册用户可绑定不超过3辆他人名下机动车，须所有人到场或出具签字授权书。",
               "本表由受理点留存归档。"],
        footer=_footer(clerk, station, printed_at),
    )


def _unit_form(user: dict[str, Any], *, change: bool, changes: Sequence[str], clerk: str, station: str,
               printed_at: datetime) -> FormSpec:
    blocks: list = [
        Choice("申请类型", ["新注册", "变更"], frozenset({"变更" if change else "新注册"})),
        Fields(heading="单位信息", rows=[
            [Cell("单位名称", user["name"], span=2)],
            [Cell("统一社会信用代码", user["id_number"]), Cell("联系手机", user["mobile"])],
            [Cell("单位地址", user["address"] or "", span=2)],
        ]),
        Fields(heading="经办人（须持单位授权书）", rows=[
            [Cell("姓名", user["agent_name"] or ""), Cell("身份证号码", user["agent_id_number"] or "")],
            [Cell("授权书编号", user["authorisation_ref"] or ""), Cell("经办人手机", user["mobile"])],
        ]),
    ]
    if changes:
        blocks.append(Fields(heading="变更事项", rows=[[Cell(f"变更{i}", c, span=2)] for i, c in enumerate(changes, 1)]))
    blocks.append(Grid(["序号", "号牌号码", "车辆识别代号", "车辆类型", "所有人/同意方式"],
                       _vehicle_rows(user) or [["", "无", "", "", ""]],
                       widths=[0.6, 1.3, 2.2, 1.3, 2.2], heading="绑定机动车"))
    blocks.append(Text("本单位承诺：以上信息真实有效，经办人已获本单位授权办理互联网单位用户注册。", size=10))
    return FormSpec(
        title="互联网单位用户注册/变更申请表", form_number=UNIT_FORM_NUMBER, serial=user["registration_no"],
        serial_label="注册编号", blocks=blocks, signatures=["经办人签字", "单位盖章", "经办民警签字"],
        notes=["单位用户只能到面签点窗口办理注册。", "须提交单位授权书原件及经办人居民身份证。", "本表由受理点留存归档。"],
        footer=_footer(clerk, station, printed_at),
    )
