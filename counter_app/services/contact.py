"""变更联系方式 for the views: the person's records, the change (a write), the printed receipt.

A contact change is a window business with the holder present (DOMAIN.md §1): it needs the
centre's answer at once, so the write never waits in the outbox.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from counter_app.domain.masking import mask_id_number, mask_mobile
from counter_app.domain.timefmt import format_local
from counter_app.services.api_client import ApiClient
from counter_app.services.printing import Cell, Fields, FormSpec, Grid, Text
from counter_app.services.sync import Write

RECEIPT_FORM_NUMBER = "NJ122-BG-01"


class ContactDesk:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def records(self, id_number: str) -> dict[str, Any]:
        """The licence and vehicles in the person's name, mobiles masked."""
        return self.api.get("/person-records", id_number=id_number)


def change_write(id_number: str, name: str, new_mobile: str, keys: list[str]) -> Write:
    body = {"id_number": id_number, "new_mobile": new_mobile, "holder_id_checked": True, "records": keys}
    return Write("change_contact", "POST", "/contact-changes", body,
                 f"变更联系方式 {name} {mask_id_number(id_number)} → {mask_mobile(new_mobile)}", offline_ok=False)


def contact_receipt(done: dict[str, Any], *, clerk: str, station: str, printed_at: datetime) -> FormSpec:
    """The receipt the holder takes home: which records now carry which mobile (masked)."""
    rows = [[str(i), r["ref"], r["old"], r["new"]] for i, r in enumerate(done["records"], start=1)]
    return FormSpec(
        title="机动车/驾驶证联系方式变更回执", form_number=RECEIPT_FORM_NUMBER, serial=done["receipt_no"],
        serial_label="回执编号",
        blocks=[
            Fields(heading="申请人", rows=[
                [Cell("姓名", done["name"]), Cell("证件类型", done["id_type_name"])],
                [Cell("证件号码", done["id_number"]), Cell("办理时间", format_local(datetime.fromisoformat(done["at"])))],
            ]),
            Grid(["序号", "登记记录", "原手机号码", "新手机号码"], rows, widths=[0.6, 2.6, 1.6, 1.6], heading="变更记录"),
            Text("本人已持有效身份证件到窗口办理，确认以上联系方式变更。今后交通管理业务的短信将发送至新手机号码。", size=10),
        ],
        signatures=["申请人签字", "经办民警签字"],
        notes=["手机号码在回执上部分隐藏。", "如需办理互联网用户注册，请使用变更后的手机号码。"],
        footer=f"经办：{clerk}　受理点：{station}　打印时间：{format_local(printed_at)}",
    )
