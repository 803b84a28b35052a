"""Plate confirmation at the counter: find reservations, confirm (online only), print the notice.

Confirmation needs the centre: a plate confirmed twice at two counters is exactly what the
central database prevents, so a confirmation is never queued offline (OfflineError goes to
the view, which says so).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from counter_app.domain.plates import (
    DELIVERY_NAMES,
    DeliveryWay,
    DocumentChecked,
    Reservation,
    classify_search,
    delivery_fee,
    is_postal,
)
from counter_app.domain.stations import STATIONS
from counter_app.domain.timefmt import format_local
from counter_app.services.api_client import ApiClient
from counter_app.services.printing import BigText, Cell, Choice, Fields, FormSpec, render_pdf

NOTICE_FORM_NUMBER = "NJ122-HP-02"


class UnrecognisedSearch(ValueError):
    """The scanned or typed text is none of notice code, plate, ID number or VIN."""


@dataclass(frozen=True)
class SearchResult:
    field: str  # notice_code | plate | id_number | vin
    value: str
    reservations: list[Reservation]
    fees: dict[str, int]


def plate_points() -> list[tuple[int, str]]:
    """Plate-making and installation points: the offices that confirm plates (ids, names)."""
    return [(s.id, s.name) for s in STATIONS if s.can_confirm_plates]


def default_fees() -> dict[str, int]:
    """Fees before the centre has told us its own (it does with every search)."""
    return {w.value: delivery_fee(w) for w in DeliveryWay}


class PlateService:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def search(self, text: str) -> SearchResult:
        """Whatever the scanner typed: decide which key it is, then ask the centre."""
        found = classify_search(text)
        if found is None:
            raise UnrecognisedSearch(text)
        field, value = found
        body = self.api.get("/plate-reservations", **{field: value})
        return SearchResult(field, value, [Reservation.from_api(r) for r in body["data"]],
                            body.get("delivery_fees") or default_fees())

    def confirm(self, reservation_id: int, *, document: DocumentChecked, way: DeliveryWay,
                point_id: int | None, postal_address: str | None, idempotency_key: str) -> Reservation:
        body: dict[str, Any] = {"document_checked": document.value, "delivery_way": way.value}
        if is_postal(way):
            body["postal_address"] = postal_address
        elif point_id is not None:
            body["delivery_station_id"] = point_id
        answer = self.api.post(f"/plate-reservations/{reservation_id}/confirm", body,
                               idempotency_key=idempotency_key)
        return Reservation.from_api(answer)


def notice_spec(r: Reservation, *, clerk: str, station: str, printed_at: datetime) -> FormSpec:
    """The plate confirmation notice: the plate large, how and when and where it is ready, the fee."""
    if r.status != "confirmed" or r.delivery_way is None or r.ready_date is None:
        raise ValueError("only a confirmed reservation has a confirmation notice")
    way = DeliveryWay(r.delivery_way)
    ready = f"{r.ready_date:%Y年%m月%d日}起"
    if is_postal(way):
        where = Cell("邮寄地址", r.postal_address or "", span=2)
        when = Cell("寄出日期", ready)
    else:
        where = Cell("领取/安装地点", r.delivery_place or "", span=2)
        when = Cell("可领取日期", ready)
    fee = f"{r.fee_yuan}元（邮递员上门安装费，交邮递员）" if r.fee_yuan else "免费"
    return FormSpec(
        title="机动车号牌确认通知单", form_number=NOTICE_FORM_NUMBER, serial=r.notice_code,
        blocks=[
            BigText(r.plate, caption="号牌号码", size=56),
            Fields(heading="车辆与车主", rows=[
                [Cell("车主姓名", r.owner_name), Cell("身份证号码", r.id_number_masked)],
                [Cell("车辆识别代号", r.vin, span=2)],
                [Cell("确认时间", format_local(r.confirmed_at) if r.confirmed_at else ""),
                 Cell("确认地点", r.confirmed_station or station)],
            ]),
            Choice("交付方式", [DELIVERY_NAMES[w] for w in DeliveryWay], frozenset({DELIVERY_NAMES[way]})),
            Fields(heading="号牌交付", rows=[[where], [when, Cell("费用", fee)]]),
        ],
        signatures=["车主签字", "经办民警签字"],
        notes=[
            "号牌自确认之日起3日后制作完成；到制牌点领取或到安装点安装时请携带本通知单和身份证明原件。",
            "邮寄到家的号牌由邮政寄出，邮递员上门安装的按规定收取安装费。",
            "本通知单请妥善保管，遗失的凭身份证明到车管所登记窗口补打。",
        ],
        footer=f"经办：{clerk}　{station}　打印时间 {format_local(printed_at)}",
    )


def notice_pdf(r: Reservation, *, clerk: str, station: str, printed_at: datetime) -> bytes:
    return render_pdf(notice_spec(r, clerk=clerk, station=station, printed_at=printed_at))
