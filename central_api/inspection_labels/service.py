"""Inspection-exempt labels: eligibility from the records, issuing at a point, posting home.

The conditions are the pure `counter_app.domain.inspection_labels`; the facts come from the
vehicle register, the violations area (unhandled violations, unpaid fines), the accidents and
the compulsory insurance. Issuing locks the vehicle's row, so two counters (or a counter and the
gateway) issuing the same year's label at once cannot both succeed.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central_api.platform import audit
from central_api.platform.deps import Principal
from central_api.platform.errors import Forbidden, NotFound, Unprocessable
from central_api.inspection_labels.schemas import (
    ConditionPublic,
    LabelEligibilityPublic,
    LabelDispatch,
    LabelIssue,
    LabelPostalApplication,
    LabelPublic,
)
from central_api.models import InspectionLabel, Station, TrafficAccident, VehicleInsurance, VehicleRecord
from central_api.platform.services import Services
from central_api.violations import service as violations
from counter_app.domain.identity import FieldError, validate_mobile
from counter_app.domain.inspection_labels import (
    Condition,
    LabelChannel,
    VehicleFacts,
    check_serial,
    check_tracking_number,
    refusals,
)
from counter_app.domain.refused import Refused
from counter_app.domain.timefmt import local


def _exempt_until(registered_on: date | None, years: int) -> date | None:
    if registered_on is None:
        return None
    try:
        anniversary = registered_on.replace(year=registered_on.year + years)
    except ValueError:  # 29 February
        anniversary = date(registered_on.year + years, 3, 1)
    return anniversary - timedelta(days=1)


def public(session: Session, services: Services, label: InspectionLabel, vehicle: VehicleRecord) -> LabelPublic:
    station = session.get(Station, label.station_id) if label.station_id else None
    return LabelPublic(
        id=label.id, vehicle_id=vehicle.id, plate=vehicle.plate, vin=vehicle.vin, owner_name=vehicle.owner_name,
        vehicle_type=vehicle.vehicle_type, use_nature=vehicle.use_nature, registered_on=vehicle.registered_on,
        exempt_until=_exempt_until(vehicle.registered_on, services.settings.label_rules.exempt_years),
        label_year=label.label_year, channel=label.channel, status=label.status, serial=label.serial,
        environmental_label=label.environmental_label, issued_at=label.issued_at,
        station_name=station.name if station else None, recipient_name=label.recipient_name,
        postal_address=label.postal_address, tracking_number=label.tracking_number, posted_at=label.posted_at,
    )


def labels_of(session: Session, vehicle_id: int) -> list[InspectionLabel]:
    return list(session.scalars(select(InspectionLabel).where(InspectionLabel.vehicle_id == vehicle_id)
                                .order_by(InspectionLabel.label_year.desc(), InspectionLabel.id.desc())))


def vehicle_facts(session: Session, vehicle: VehicleRecord) -> VehicleFacts:
    unhandled, unpaid = violations.open_items(session, vehicle.id)
    accidents = [f"{local(a.occurred_at):%Y-%m-%d} {a.place} {a.description}" for a in session.scalars(
        select(TrafficAccident).where(TrafficAccident.vehicle_id == vehicle.id, TrafficAccident.closed.is_(False))
        .order_by(TrafficAccident.occurred_at))]
    insurance = session.scalars(select(VehicleInsurance).where(VehicleInsurance.vehicle_id == vehicle.id)).first()
    return VehicleFacts(
        vehicle_type=vehicle.vehicle_type, use_nature=vehicle.use_nature, registered_on=vehicle.registered_on,
        insurance_valid_until=insurance.valid_until if insurance else None,
        unhandled_violations=tuple(unhandled), unhandled_accidents=tuple(accidents), unpaid_fines=tuple(unpaid),
        label_years=frozenset(label.label_year for label in labels_of(session, vehicle.id)),
    )


def _label_year(services: Services, requested: int | None) -> int:
    year = local(services.clock.now()).year
    if requested is not None and requested != year:
        raise Unprocessable("label_year_invalid", f"只能申领本年度（{year}年）的检验合格标志")
    return year


def _conditions(session: Session, services: Services, vehicle: VehicleRecord, year: int) -> list[Condition]:
    today = local(services.clock.now()).date()
    return refusals(vehicle_facts(session, vehicle), year, today, services.settings.label_rules)


def eligibility(session: Session, services: Services, vehicle: VehicleRecord) -> LabelEligibilityPublic:
    year = _label_year(services, None)
    found = _conditions(session, services, vehicle, year)
    return LabelEligibilityPublic(
        vehicle=violations.vehicle_brief(vehicle), label_year=year, eligible=not found,
        conditions=[ConditionPublic(code=c.code, message=c.message, items=list(c.items)) for c in found],
        labels=[public(session, services, label, vehicle) for label in labels_of(session, vehicle.id)],
    )


def _refuse(found: list[Condition]) -> None:
    """422 naming every failed condition; the first one's code is the error's code."""
    if found:
        raise Unprocessable(found[0].code if len(found) == 1 else "label_not_eligible",
                            "不能核发检验合格标志：" + "；".join(c.message for c in found),
                            details=[{"code": c.code, "message": c.message, "items": list(c.items)} for c in found])


def _locked_vehicle(session: Session, vehicle_id: int) -> VehicleRecord:
    vehicle = session.scalars(select(VehicleRecord).where(VehicleRecord.id == vehicle_id).with_for_update()).first()
    if vehicle is None:
        raise NotFound("vehicle_not_found", "机动车登记信息中没有该车辆")
    return vehicle


def _serial(session: Session, services: Services, value: str) -> str:
    try:
        serial = check_serial(value, services.settings.label_rules)
    except Refused as exc:
        raise Unprocessable(exc.code, exc.message, fields=["serial"]) from None
    if session.scalar(select(func.count(InspectionLabel.id)).where(InspectionLabel.serial == serial)):
        raise Unprocessable("label_serial_used", f"流水号{serial}的标志已经核发过，请换一张标志")
    return serial


def _audit(session: Session, services: Services, principal: Principal, action: str, label: InspectionLabel,
           detail: dict[str, Any]) -> None:
    audit.record(session, services.clock, action=action, entity="inspection_label", entity_id=label.id,
                 username=principal.username, account_id=principal.account_id, station_id=principal.station_id,
                 channel=principal.channel, detail=detail)


def issue_at_counter(session: Session, services: Services, principal: Principal, body: LabelIssue) -> InspectionLabel:
    station = session.get(Station, principal.station_id)
    if station is None or not station.can_issue_labels:
        raise Forbidden("station_cannot_issue_labels", "本站点不是免检标志服务点，不能核发检验合格标志")
    year = _label_year(services, body.label_year)
    serial = _serial(session, services, body.serial)
    vehicle = _locked_vehicle(session, body.vehicle_id)
    _refuse(_conditions(session, services, vehicle, year))
    label = InspectionLabel(
        vehicle_id=vehicle.id, label_year=year, channel=LabelChannel.COUNTER.value, status="issued", serial=serial,
        environmental_label=body.environmental_label, issued_at=services.clock.now(), station_id=station.id,
        account_id=principal.account_id)
    session.add(label)
    session.flush()
    _audit(session, services, principal, "inspection_label_issue", label,
           {"plate": vehicle.plate, "label_year": year, "serial": serial,
            "environmental_label": body.environmental_label})
    return label


def apply_by_post(session: Session, services: Services, principal: Principal,
                  body: LabelPostalApplication) -> InspectionLabel:
    """Online: posted home; the online channel issues the environmental label with it."""
    try:
        mobile = validate_mobile(body.recipient_mobile, field="recipient_mobile")
    except FieldError as exc:
        raise Unprocessable(exc.code, exc.message, fields=["recipient_mobile"]) from None
    name, address = body.recipient_name.strip(), body.postal_address.strip()
    if len(address) < 5:
        raise Unprocessable("postal_address_invalid", "请填写完整的邮寄地址", fields=["postal_address"])
    if not name:
        raise Unprocessable("recipient_name_required", "请填写收件人姓名", fields=["recipient_name"])
    found = violations.find_vehicle(session, plate=body.plate, vin=None)
    vehicle = _locked_vehicle(session, found.id)
    year = _label_year(services, None)
    _refuse(_conditions(session, services, vehicle, year))
    label = InspectionLabel(
        vehicle_id=vehicle.id, label_year=year, channel=LabelChannel.POST.value, status="awaiting_post",
        serial=None, environmental_label=services.settings.label_rules.environmental_label_with_it,
        issued_at=services.clock.now(), station_id=None, account_id=principal.account_id, recipient_name=name,
        recipient_mobile=mobile, postal_address=address)
    session.add(label)
    session.flush()
    _audit(session, services, principal, "inspection_label_post_apply", label,
           {"plate": vehicle.plate, "label_year": year})
    return label


def dispatch(session: Session, services: Services, principal: Principal, label_id: int,
             body: LabelDispatch) -> InspectionLabel:
    """The label put in the post: its serial and the tracking number, entered after the application."""
    try:
        tracking = check_tracking_number(body.tracking_number)
    except Refused as exc:
        raise Unprocessable(exc.code, exc.message, fields=["tracking_number"]) from None
    serial = _serial(session, services, body.serial)
    label = session.scalars(select(InspectionLabel).where(InspectionLabel.id == label_id).with_for_update()).first()
    if label is None:
        raise NotFound("label_not_found", "检验合格标志申领记录不存在")
    if label.status != "awaiting_post":
        raise Unprocessable("label_not_awaiting_post", "该标志不是待邮寄状态（已邮寄或在服务点领取）")
    label.serial, label.tracking_number, label.status = serial, tracking, "posted"
    label.posted_at, label.station_id = services.clock.now(), principal.station_id
    session.flush()
    _audit(session, services, principal, "inspection_label_dispatch", label,
           {"serial": serial, "tracking_number": tracking})
    return label


def get(session: Session, services: Services, label_id: int) -> LabelPublic:
    label = session.get(InspectionLabel, label_id)
    if label is None:
        raise NotFound("label_not_found", "检验合格标志申领记录不存在")
    return public(session, services, label, session.get(VehicleRecord, label.vehicle_id))


def awaiting_post(session: Session, services: Services) -> list[LabelPublic]:
    rows = session.scalars(select(InspectionLabel).where(InspectionLabel.status == "awaiting_post")
                           .order_by(InspectionLabel.issued_at).limit(200)).all()
    return [public(session, services, r, session.get(VehicleRecord, r.vehicle_id)) for r in rows]
