"""Request and response models of the plate resources (selection, reservations, pool)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from central_api.platform.schemas import StrictModel, model_of
from counter_app.domain.plates import Reservation

# --- internet selection ------------------------------------------------------------------------


class SelectionCreate(StrictModel):
    """What the 122 platform sends when a real-name user starts selecting a plate for a new car."""

    # Lengths are loose here so that the domain's checks answer with their specific codes.
    id_number: str = Field(min_length=1, max_length=32, description="resident ID number (real-name user)")
    name: str = Field(min_length=1, max_length=64)
    vin: str = Field(min_length=1, max_length=32)
    vehicle_type: Literal["small_car", "large_car", "motorcycle", "trailer", "other"]
    vehicle_use: Literal["non_commercial", "commercial", "official"]
    new_vehicle: bool
    invoice_code: str = Field(min_length=1, max_length=32)
    invoice_number: str = Field(min_length=1, max_length=32)
    invoice_photo: str = Field(min_length=1, max_length=1_500_000, description="JPEG or PNG, base64, < 1024 KB")


class PlateRequest(StrictModel):
    plate: str = Field(min_length=1, max_length=16)


class SelectionPublic(BaseModel):
    id: int
    status: str  # open | chosen | exhausted | lapsed
    mode: str  # custom | random
    custom_attempts_left: int
    custom_closed: bool
    draws_left: int
    hold_kind: str | None  # custom | draw
    held: list[str]  # the self-chosen plate waiting for confirmation, or the draw on screen
    hold_expires_at: datetime | None
    reservation_id: int | None = None


class CustomResult(BaseModel):
    plate: str
    outcome: Literal["held", "taken"]
    selection: SelectionPublic


# --- reservations and confirmation ------------------------------------------------------------------


# The fields are the domain's Reservation, the counter's view of the same answer: one list.
ReservationPublic = model_of(Reservation, "ReservationPublic")


class ReservationsPublic(BaseModel):
    data: list[ReservationPublic]
    count: int
    delivery_fees: dict[str, int]  # yuan per delivery way, to show before confirming


class ConfirmRequest(StrictModel):
    document_checked: Literal["registration_certificate", "sms_notice"] = Field(
        description="the 机动车登记证书 or the SMS notice the clerk checked")
    delivery_way: Literal["collect", "post_self_install", "post_postman_install", "install_point"]
    delivery_station_id: int | None = Field(
        default=None, ge=1, le=2_147_483_647, description="plate-making / installation point (a station confirming plates); default: this one")
    postal_address: str | None = Field(default=None, min_length=5, max_length=128)


# --- pool and blacklist (supervisors) ---------------------------------------------------------------


class SegmentCreate(StrictModel):
    segment: str = Field(min_length=8, max_length=16, description="e.g. 苏A:DDLDL (D digit, L letter, or fixed)")


class SegmentPublic(BaseModel):
    id: int
    segment: str
    first_plate: str
    last_plate: str
    size: int
    sequence: int
    status: str
    released_at: datetime | None
    random_only_until: datetime | None


class PoolPublic(BaseModel):
    segments: list[SegmentPublic]
    available: int
    minimum_available: int


class BlacklistPublic(BaseModel):
    id: int
    id_number_masked: str
    owner_name: str
    reservation_id: int
    plate: str
    reason: str
    starts_at: datetime
    ends_on: date
    active: bool
    lifted_at: datetime | None
    lifted_by: str | None
    lift_reason: str | None


class BlacklistsPublic(BaseModel):
    data: list[BlacklistPublic]
    count: int


class LiftRequest(StrictModel):
    reason: str = Field(min_length=2, max_length=128)


class ExpiryReport(BaseModel):
    ran: bool  # False when another instance holds the job's lock
    holds_released: int
    selections_lapsed: int
    reservations_expired: int
    blacklisted: int
    segments_released: list[str]
    pool_low: bool
