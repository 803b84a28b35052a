"""Request and response models: Central vehicle and licence records, internet users. Requests are strict (StrictModel)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal

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


class PersonalUserCreate(StrictModel):
    user_type: Literal["vehicle_owner", "driver", "learner", "new_car_owner"]
    id_type: Literal["resident_id"] = "resident_id"
    id_number: str = Field(max_length=32)
    name: str = Field(min_length=1, max_length=32)
    mobile: str = Field(max_length=20)
    vins: list[str] = Field(default_factory=list, max_length=10)


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


class BoundVehicle(BaseModel):
    vehicle_id: int
    vin: str
    plate: str | None
    vehicle_type: str
    brand: str
    bound_at: datetime


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
