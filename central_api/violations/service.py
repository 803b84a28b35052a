"""Camera violations: the records of a vehicle, handling, payment through a bank, referral.

The rules are the pure `counter_app.domain.violations`; this module applies them in the
request's transaction. Each write locks the violation row (FOR UPDATE; SQLite takes the write
lock at BEGIN), so a second handling or payment racing the first sees its result. A payment is
unique per violation in the database too. A bank's confirmation applied twice settles once: the
second finds the payment confirmed and changes nothing (it is still audited as a repeat).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central_api.platform import audit
from central_api.registration import service as registration
from central_api.platform.deps import Principal
from central_api.platform.errors import NotFound, Unprocessable
from central_api.models import Station, TrafficViolation, VehicleRecord, ViolationPayment
from central_api.platform.services import Services
from central_api.violations.schemas import (
    ConfirmPaymentRequest,
    HandleRequest,
    PaymentPublic,
    PaymentRequest,
    VehicleBrief,
    ViolationPublic,
    ViolationsPublic,
)
from counter_app.domain.identity import FieldError, validate_id_number
from counter_app.domain.masking import mask_id_number
from counter_app.domain.reasons import coded
from counter_app.domain.refused import Refused
from counter_app.domain.timefmt import local
from counter_app.domain.violations import (
    STATUS_NAMES,
    Status,
    ViolationFacts,
    check_handling,
    check_payment,
    check_referral,
    decision_number,
    parse_amount,
    self_service_refusals,
)

OPEN = (Status.UNHANDLED, Status.REFERRED)  # not handled yet: the label is refused


def refused(exc: Refused) -> Unprocessable:
    return Unprocessable(exc.code, exc.message)


def today(services: Services) -> date:
    return local(services.clock.now()).date()


def find_vehicle(session: Session, *, plate: str | None, vin: str | None) -> VehicleRecord:
    """Exactly one of plate or VIN; 404 when the register has no such vehicle."""
    given = [v for v in (plate, vin) if v and v.strip()]
    if len(given) != 1:
        raise Unprocessable("vehicle_search_invalid", "请按号牌号码或车辆识别代号中的一项查询")
    rows = registration.vehicles_by(session, plate=plate or None, vin=vin or None)
    if not rows:
        raise NotFound("vehicle_not_found", "机动车登记信息中没有该车辆")
    return rows[0]


def vehicle_brief(v: VehicleRecord) -> VehicleBrief:
    return VehicleBrief(id=v.id, plate=v.plate, vin=v.vin, owner_name=v.owner_name, vehicle_type=v.vehicle_type,
                        use_nature=v.use_nature, registered_on=v.registered_on)


def facts(v: TrafficViolation, vehicle: VehicleRecord) -> ViolationFacts:
    return ViolationFacts(simple_procedure=v.simple_procedure, points=v.points, fine_yuan=v.fine_yuan,
                          vehicle_type=vehicle.vehicle_type, use_nature=vehicle.use_nature)


def _yuan(fen: int) -> str:
    return f"{Decimal(fen) / 100:.2f}"


def payment_public(p: ViolationPayment, services: Services) -> PaymentPublic:
    banks = services.settings.violation_rules.banks
    return PaymentPublic(id=p.id, bank=p.bank, bank_name=banks.get(p.bank, p.bank), bank_reference=p.bank_reference,
                         amount=_yuan(p.amount_fen), status=p.status, paid_at=p.paid_at, confirmed_at=p.confirmed_at)


def public(session: Session, services: Services, v: TrafficViolation, vehicle: VehicleRecord) -> ViolationPublic:
    reasons = self_service_refusals(facts(v, vehicle), services.settings.violation_rules)
    payment = session.scalars(select(ViolationPayment).where(ViolationPayment.violation_id == v.id)).first()
    station = session.get(Station, v.handled_station_id) if v.handled_station_id else None
    return ViolationPublic(
        id=v.id, plate=vehicle.plate, vehicle_type=vehicle.vehicle_type, occurred_at=v.occurred_at, place=v.place,
        code=v.code, description=v.description, points=v.points, fine_yuan=v.fine_yuan,
        simple_procedure=v.simple_procedure, status=v.status, status_name=STATUS_NAMES.get(v.status, v.status),
        self_service=not reasons, reasons=reasons, reason_codes=coded(reasons), decision_number=v.decision_number,
        licence_number_masked=mask_id_number(v.licence_number) if v.licence_number else None,
        driver_name=v.driver_name, handled_at=v.handled_at, handled_station=station.name if station else None,
        referred_at=v.referred_at, referred_reason=v.referred_reason,
        payment=payment_public(payment, services) if payment else None,
    )


def list_for_vehicle(session: Session, services: Services, vehicle: VehicleRecord) -> ViolationsPublic:
    rows = session.scalars(select(TrafficViolation).where(TrafficViolation.vehicle_id == vehicle.id)
                           .order_by(TrafficViolation.occurred_at.desc(), TrafficViolation.id.desc())).all()
    data = [public(session, services, v, vehicle) for v in rows]
    return ViolationsPublic(vehicle=vehicle_brief(vehicle), data=data, count=len(data),
                            banks=dict(services.settings.violation_rules.banks))


def open_items(session: Session, vehicle_id: int) -> tuple[list[str], list[str]]:
    """For the label (another area asks): the unhandled violations, and the handled but unpaid fines."""
    rows = session.scalars(select(TrafficViolation).where(TrafficViolation.vehicle_id == vehicle_id)
                           .order_by(TrafficViolation.occurred_at)).all()
    unhandled = [f"{local(v.occurred_at):%Y-%m-%d %H:%M} {v.place} {v.description}（罚款{v.fine_yuan}元，记{v.points}分）"
                 for v in rows if v.status in OPEN]
    unpaid = [f"决定书{v.decision_number} 罚款{v.fine_yuan}元" for v in rows if v.status == Status.HANDLED]
    return unhandled, unpaid


def _locked(session: Session, violation_id: int) -> tuple[TrafficViolation, VehicleRecord]:
    v = session.scalars(select(TrafficViolation).where(TrafficViolation.id == violation_id).with_for_update()).first()
    if v is None:
        raise NotFound("violation_not_found", "违法记录不存在")
    return v, session.get(VehicleRecord, v.vehicle_id)


def _audit(session: Session, services: Services, principal: Principal, action: str, entity: str, entity_id: int,
           detail: dict[str, Any]) -> None:
    audit.record(session, services.clock, action=action, entity=entity, entity_id=entity_id,
                 username=principal.username, account_id=principal.account_id, station_id=principal.station_id,
                 channel=principal.channel, detail=detail)


def _window_station(principal: Principal) -> int | None:
    return principal.station_id if principal.channel == "window" else None


def handle(session: Session, services: Services, principal: Principal, violation_id: int,
           body: HandleRequest) -> TrafficViolation:
    """The driver takes the violation: the licence recorded, a decision number issued."""
    try:
        licence = validate_id_number(body.licence_number, today(services), field="licence_number")
    except FieldError as exc:
        raise Unprocessable(exc.code, exc.message, fields=["licence_number"]) from None
    name = body.driver_name.strip()
    if not name:
        raise Unprocessable("driver_name_required", "请填写驾驶人姓名", fields=["driver_name"])
    v, vehicle = _locked(session, violation_id)
    try:
        check_handling(status=v.status, facts=facts(v, vehicle), rules=services.settings.violation_rules)
    except Refused as exc:
        raise refused(exc) from None
    now = services.clock.now()
    year = local(now).year
    prefix = f"{services.settings.violation_office_code}{year:04d}"
    issued = session.scalar(select(func.count(TrafficViolation.id))
                            .where(TrafficViolation.decision_number.like(f"{prefix}%"))) or 0
    v.decision_number = decision_number(services.settings.violation_office_code, year, issued + 1)
    v.status, v.licence_number, v.driver_name = Status.HANDLED.value, licence, name
    v.handled_at, v.handled_channel, v.handled_station_id = now, principal.channel, _window_station(principal)
    session.flush()
    _audit(session, services, principal, "violation_handle", "traffic_violation", v.id,
           {"decision_number": v.decision_number, "licence_number": mask_id_number(licence)})
    return v


def pay(session: Session, services: Services, principal: Principal, violation_id: int,
        body: PaymentRequest) -> TrafficViolation:
    """A payment through one of the banks, pending until the bank confirms it."""
    rules = services.settings.violation_rules
    try:
        amount = parse_amount(body.amount)
        v, _vehicle = _locked(session, violation_id)
        open_payment = session.scalar(select(func.count(ViolationPayment.id))
                                      .where(ViolationPayment.violation_id == v.id)) > 0
        reference = check_payment(status=v.status, fine_yuan=v.fine_yuan, bank=body.bank, amount=amount,
                                  bank_reference=body.bank_reference, open_payment=open_payment, rules=rules)
    except Refused as exc:
        raise refused(exc) from None
    if session.scalar(select(func.count(ViolationPayment.id)).where(ViolationPayment.bank == body.bank,
                                                                   ViolationPayment.bank_reference == reference)):
        raise Unprocessable("payment_reference_used", "该银行交易流水号已用于另一笔缴款，请核对")
    payment = ViolationPayment(violation_id=v.id, bank=body.bank, bank_reference=reference,
                               amount_fen=int(amount * 100), status="pending", paid_at=services.clock.now(),
                               channel=principal.channel, station_id=_window_station(principal))
    session.add(payment)
    session.flush()
    _audit(session, services, principal, "violation_pay", "violation_payment", payment.id,
           {"violation_id": v.id, "bank": body.bank, "bank_reference": reference, "amount": str(amount)})
    return v


def confirm_payment(session: Session, services: Services, principal: Principal, payment_id: int,
                    body: ConfirmPaymentRequest) -> TrafficViolation:
    """The bank confirms the payment: the violation is paid. A repeat changes nothing."""
    payment = session.scalars(select(ViolationPayment).where(ViolationPayment.id == payment_id)
                              .with_for_update()).first()
    if payment is None:
        raise NotFound("payment_not_found", "缴款记录不存在")
    if body.bank_reference.strip() != payment.bank_reference:
        raise Unprocessable("payment_reference_mismatch", "银行确认的交易流水号与缴款记录不符")
    v, _vehicle = _locked(session, payment.violation_id)
    repeat = payment.status == "confirmed"
    if not repeat:
        payment.status, payment.confirmed_at = "confirmed", services.clock.now()
        v.status = Status.PAID.value
    session.flush()
    _audit(session, services, principal, "violation_payment_confirm_repeat" if repeat else "violation_payment_confirm",
           "violation_payment", payment.id, {"violation_id": v.id, "bank_reference": payment.bank_reference})
    return v


def refer(session: Session, services: Services, principal: Principal, violation_id: int) -> TrafficViolation:
    """A violation that does not qualify goes to the traffic-police brigade, with the reason."""
    v, vehicle = _locked(session, violation_id)
    try:
        reason = check_referral(status=v.status, facts=facts(v, vehicle), rules=services.settings.violation_rules)
    except Refused as exc:
        raise refused(exc) from None
    v.status, v.referred_at, v.referred_reason = Status.REFERRED.value, services.clock.now(), reason
    session.flush()
    _audit(session, services, principal, "violation_refer", "traffic_violation", v.id, {"reason": reason})
    return v


def get(session: Session, services: Services, violation_id: int) -> ViolationPublic:
    v = session.get(TrafficViolation, violation_id)
    if v is None:
        raise NotFound("violation_not_found", "违法记录不存在")
    return public(session, services, v, session.get(VehicleRecord, v.vehicle_id))
