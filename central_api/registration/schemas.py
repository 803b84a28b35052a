"""Request and response models: Central vehicle and licence records, internet users. Requests are strict (StrictModel)."""
from __future__ import annotations

from enum import Enum

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from central_api.platform.schemas import StrictModel


class VehiclePublic(BaseModel):
    id: int
    vin: str
    plate: str | None
    owner_kind: str
    owner_id_number: str  # masked in lists
    owner_name: str
    mobile: str  # masked in lists
    vehicle_type: str
    use_nature: str
    brand: str
    status: str


class VehiclesPublic(BaseModel):
    data: list[VehiclePublic]
    count: int


class LicencePublic(BaseModel):
    id: int
    id_number: str
    name: str
    licence_class: str
    status: str
    mobile: str
    valid_until: date


class LicencesPublic(BaseModel):
    data: list[LicencePublic]
    count: int


class OtherVehicle(StrictModel):
    """A vehicle of another owner to bind, with the owner's consent (DOMAIN.md §1)."""

    vin: str = Field(max_length=32)
    owner_id_number: str = Field(max_length=32)
    consent_way: Literal["owner_present", "signed_authorisation"]
    consent_ref: str | None = Field(default=None, max_length=64)  # the signed authorisation's reference


class PersonalUserCreate(StrictModel):
    user_type: Literal["vehicle_owner", "driver", "learner", "new_car_owner"]
    # Ignored: the document is derived from the number (resident ID, residence permits, the
    # foreigners' permanent residence card) and stored as the account's `id_type`.
    id_type: str | None = Field(default=None, max_length=24)
    id_number: str = Field(max_length=32)
    name: str = Field(min_length=1, max_length=32)
    mobile: str = Field(max_length=20)
    vins: list[str] = Field(default_factory=list, max_length=10)  # the applicant's own vehicles
    others: list[OtherVehicle] = Field(default_factory=list, max_length=5)


class UnitUserCreate(StrictModel):
    unit_name: str = Field(min_length=2, max_length=64)
    uscc: str = Field(max_length=32)
    address: str = Field(min_length=2, max_length=128)
    agent_name: str = Field(min_length=1, max_length=32)
    agent_id_number: str = Field(max_length=32)
    agent_mobile: str = Field(max_length=20)
    authorisation_ref: str = Field(min_length=1, max_length=64)
    vins: list[str] = Field(default_factory=list, max_length=50)


class UserUpdate(StrictModel):
    mobile: str = Field(max_length=20)


class VehicleBind(StrictModel):
    vin: str = Field(max_length=32)
    # Another owner's vehicle: the owner's ID number and how the owner consented.
    owner_id_number: str | None = Field(default=None, max_length=32)
    consent_way: Literal["owner_present", "signed_authorisation"] | None = None
    consent_ref: str | None = Field(default=None, max_length=64)


class BoundVehicle(BaseModel):
    vehicle_id: int
    vin: str
    plate: str | None
    vehicle_type: str
    brand: str
    bound_at: datetime
    own: bool = True  # the holder's own vehicle (listed apart, not counted toward the limit)
    owner_name: str | None = None  # another owner's name (own vehicles: None)
    consent_way: str | None = None
    consent_ref: str | None = None


class PersonRecord(BaseModel):
    """One record of a person for 变更联系方式: `key` is what the change names to choose it."""

    key: str
    kind: str  # licence | vehicle
    ref: str
    mobile_masked: str


class PersonRecords(BaseModel):
    name: str
    id_number_masked: str
    id_type_name: str
    data: list[PersonRecord]
    count: int


class ContactChangeCreate(StrictModel):
    id_number: str = Field(max_length=32)
    new_mobile: str = Field(max_length=20)
    holder_id_checked: bool  # the holder is present and the ID card was checked
    records: list[str] = Field(default_factory=list, max_length=50)  # empty: every record


class ContactChangePublic(BaseModel):
    receipt_no: str
    at: datetime
    name: str
    id_number: str  # whole: the receipt is printed for the holder at the window
    id_type_name: str
    records: list[dict[str, Any]]


class UserPublic(BaseModel):
    """One account; `id_number` and `mobile` are whole only in the open record."""

    id: int
    registration_no: str
    kind: str
    user_type: str | None
    id_type: str
    id_number: str
    name: str
    mobile: str
    address: str | None
    agent_name: str | None
    agent_id_number: str | None
    authorisation_ref: str | None
    channel: str
    face_signed: bool
    face_signed_at: datetime | None
    binding_limit: int
    binding_count: int
    created_at: datetime
    updated_at: datetime
    vehicles: list[BoundVehicle] = Field(default_factory=list)


class UsersPublic(BaseModel):
    data: list[UserPublic]
    count: int


class RecordPurpose(str, Enum):
    """Why a clerk opens a whole record (kept in the audit row of the read, issue 11 item 6)."""

    COUNTER_RECORD = "counter_record"  # the person is at the window: face-sign, 变更, binding
    PRINT_FORM = "print_form"  # the form is printed again for signature
