"""Request and response bodies of the violations area."""
from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from central_api.platform.schemas import CodedReason


class VehicleBrief(BaseModel):
    id: int
    plate: str | None
    vin: str
    owner_name: str
    vehicle_type: str
    use_nature: str
    registered_on: date | None


class PaymentPublic(BaseModel):
    id: int
    bank: str
    bank_name: str
    bank_reference: str
    amount: str  # yuan, two decimals
    status: str  # pending | confirmed
    paid_at: datetime
    confirmed_at: datetime | None


class ViolationPublic(BaseModel):
    id: int
    plate: str | None
    vehicle_type: str
    occurred_at: datetime
    place: str
    code: str
    description: str
    points: int
    fine_yuan: int
    simple_procedure: bool
    status: str  # unhandled | handled | paid | referred
    status_name: str
    self_service: bool  # may be handled and paid at a window or online
    reasons: list[str]  # why not (then it goes to the brigade)
    reason_codes: list[CodedReason]  # the same reasons, coded (for the English interface)
    decision_number: str | None
    licence_number_masked: str | None
    driver_name: str | None
    handled_at: datetime | None
    handled_station: str | None
    referred_at: datetime | None
    referred_reason: str | None
    payment: PaymentPublic | None


class ViolationsPublic(BaseModel):
    vehicle: VehicleBrief
    data: list[ViolationPublic]
    count: int
    banks: dict[str, str]


class HandleRequest(BaseModel):
    """The driver who takes the violation: licence number (= ID number) and name."""

    model_config = ConfigDict(extra="forbid")
    licence_number: str = Field(min_length=1, max_length=18)
    driver_name: str = Field(min_length=1, max_length=32)


class PaymentRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    bank: str = Field(min_length=1, max_length=8)
    amount: str = Field(min_length=1, max_length=16, description="yuan, e.g. 200 or 200.00")
    bank_reference: str = Field(min_length=1, max_length=40)


class ConfirmPaymentRequest(BaseModel):
    """The bank's confirmation; the reference must be the payment's own."""

    model_config = ConfigDict(extra="forbid")
    bank_reference: str = Field(min_length=1, max_length=40)


class ReferRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
