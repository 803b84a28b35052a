"""Request and response bodies of the inspection-label area."""
from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from central_api.violations.schemas import VehicleBrief


class ConditionPublic(BaseModel):
    code: str
    message: str
    items: list[str]


class LabelPublic(BaseModel):
    id: int
    vehicle_id: int
    plate: str | None
    vin: str
    owner_name: str
    vehicle_type: str
    use_nature: str
    registered_on: date | None
    exempt_until: date | None  # the day before the sixth anniversary
    label_year: int
    channel: str  # counter | post
    status: str  # issued | awaiting_post | posted
    serial: str | None
    environmental_label: bool
    issued_at: datetime
    station_name: str | None
    recipient_name: str | None
    postal_address: str | None
    tracking_number: str | None
    posted_at: datetime | None


class LabelEligibilityPublic(BaseModel):
    vehicle: VehicleBrief
    label_year: int
    eligible: bool
    conditions: list[ConditionPublic]  # every failed condition, named
    labels: list[LabelPublic]  # this vehicle's labels, newest first


class LabelIssue(BaseModel):
    """At a service point: the label blank's serial entered or scanned."""

    model_config = ConfigDict(extra="forbid")
    vehicle_id: int = Field(ge=1, le=2_147_483_647)
    serial: str = Field(min_length=1, max_length=32)
    environmental_label: bool = True
    label_year: int | None = Field(default=None, ge=2000, le=2100)


class LabelPostalApplication(BaseModel):
    """Online (the 122 gateway): posted home."""

    model_config = ConfigDict(extra="forbid")
    plate: str = Field(min_length=1, max_length=16)
    recipient_name: str = Field(min_length=1, max_length=32)
    recipient_mobile: str = Field(min_length=1, max_length=16)
    postal_address: str = Field(min_length=1, max_length=128)


class LabelDispatch(BaseModel):
    """The label put in the post: its serial and the postal tracking number."""

    model_config = ConfigDict(extra="forbid")
    serial: str = Field(min_length=1, max_length=32)
    tracking_number: str = Field(min_length=1, max_length=32)


class LabelsPublic(BaseModel):
    data: list[LabelPublic]
    count: int
