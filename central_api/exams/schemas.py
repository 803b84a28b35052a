"""Request and response models of the exam workflow (candidates, plans, bookings, SMS)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, Field, StringConstraints

from central_api.platform.deps import MAX_ID
from central_api.platform.schemas import CodedReason, StrictModel
from counter_app.domain.exams import LICENCE_CLASSES, Purpose, Subject

LicenceClass = Literal[tuple(LICENCE_CLASSES)]  # type: ignore[valid-type]
SubjectCode = Literal[tuple(s.value for s in Subject)]  # type: ignore[valid-type]
PurposeCode = Literal[tuple(p.value for p in Purpose)]  # type: ignore[valid-type]
# Checked by the shared validators of counter_app.domain.identity in the service (422 with
# their stable codes, e.g. id_number_checksum), not by a pattern here (a generic validation_error).
IdNumber = Annotated[str, StringConstraints(max_length=32)]
Mobile = Annotated[str, StringConstraints(max_length=20)]


def _plausible(value: date) -> date:
    """Dates of licence records and exams lie between 1990 and 2100 (no overflow further on)."""
    if not 1990 <= value.year <= 2100:
        raise ValueError("date out of range")
    return value


# JSON carries dates and times as ISO strings: parse them, while everything else stays strict.
Instant = Annotated[AwareDatetime, Field(strict=False), AfterValidator(_plausible)]
Day = Annotated[date, Field(strict=False), AfterValidator(_plausible)]


# --- candidates ----------------------------------------------------------------------------------
class SubjectHistory(StrictModel):
    """A subject's past as the licence system knows it (when a record is imported)."""

    subject: SubjectCode
    passed_at: Instant | None = None
    last_exam_at: Instant | None = None
    last_result: Literal["pass", "fail", "absent"] | None = None
    bookings_used: int = Field(default=0, ge=0, le=99)
    no_shows: int = Field(default=0, ge=0, le=99)
    fee_owed: bool = False
    last_self_cancel_at: Instant | None = None


class CandidateCreate(StrictModel):
    id_number: IdNumber
    name: str = Field(min_length=1, max_length=32)
    mobile: Mobile
    purpose: PurposeCode = "learner"
    licence_class: LicenceClass
    adds_to_car_licence: bool = False
    application_accepted_at: Instant
    permit_issued_on: Day | None = None
    permit_valid_until: Day | None = None
    subjects: list[SubjectHistory] = Field(default_factory=list, max_length=6)


class SubjectPublic(BaseModel):
    subject: str
    name: str
    passed: bool
    passed_at: datetime | None
    last_exam_at: datetime | None
    last_result: str | None
    bookings_used: int
    no_shows: int
    fee_owed: bool
    fees_paid: int
    last_self_cancel_at: datetime | None
    fee_yuan: int = 0  # the retest fee of this subject (the centre's setting)


class EligibilityPublic(BaseModel):
    subject: str
    name: str
    applicable: bool
    bookable: bool
    reasons: list[str]
    reason_codes: list[CodedReason]  # the same reasons, coded (for the English interface)
    earliest: date | None
    counter_only: bool
    # What a booking made now would rank by (shown to the caller before booking).
    ranking_time: datetime | None
    ranking_rule: int | None
    ranking_rule_text: str | None


class CandidatePublic(BaseModel):
    id: int
    name: str
    id_number_masked: str
    id_type: str = "resident_id"  # the document: identity.IdDocument
    id_type_name: str = "居民身份证"
    mobile_masked: str
    purpose: str
    purpose_name: str
    licence_class: str
    licence_class_name: str
    adds_to_car_licence: bool
    application_accepted_at: datetime
    permit_issued_on: date | None
    permit_valid_until: date | None
    results_voided_at: datetime | None
    subjects: list[SubjectPublic]
    eligibility: list[EligibilityPublic]
    open_bookings: list[int]


PaymentMethod = Literal["cash", "bank_card", "wechat", "alipay"]


class FeePayment(StrictModel):
    """A retest fee taken at a window. The amount is the centre's setting (a different one is a
    422); the terminal's receipt number is required for every method but cash."""

    subject: SubjectCode
    amount_yuan: int | None = Field(default=None, ge=0, le=10000)
    method: PaymentMethod = "cash"
    terminal_receipt: str | None = Field(default=None, max_length=32, pattern=r"^[0-9A-Za-z-]{4,32}$")


class ApplicationAccept(StrictModel):
    """A licence application accepted at a window (驾驶证申请受理): creates the candidate or, while
    no booking exists yet, corrects it. The acceptance time is ranking rule 1."""

    id_number: IdNumber
    name: str = Field(min_length=1, max_length=32)
    mobile: Mobile
    purpose: PurposeCode = "learner"
    licence_class: LicenceClass
    adds_to_car_licence: bool = False
    application_accepted_at: Instant
    permit_issued_on: Day | None = None
    permit_valid_until: Day | None = None


# --- plans -------------------------------------------------------------------------------------
class PlanCreate(StrictModel):
    site_id: int = Field(ge=1, le=MAX_ID)
    exam_date: Day
    start_time: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    subject: SubjectCode
    licence_class: LicenceClass
    capacity: int = Field(ge=1, le=2000)


class PlanPublic(BaseModel):
    id: int
    site_id: int
    site_name: str
    exam_date: date
    start_time: str
    subject: str
    subject_name: str
    licence_class: str
    capacity: int
    requested_count: int
    allocated_count: int
    published_at: datetime
    booking_deadline: datetime
    allocated_at: datetime | None
    status: str  # open | closed | allocated


class PlansPublic(BaseModel):
    data: list[PlanPublic]
    count: int


class PlanRequest(BaseModel):
    """One request of a session: its rank and why, for the operator to explain."""

    booking_id: int
    rank: int | None
    provisional: bool  # rank before allocation (the order allocation would give now)
    ranking_time: datetime
    ranking_rule: int
    ranking_rule_text: str
    requested_at: datetime
    allocated: bool
    status: str
    candidate_name: str
    id_number_masked: str
    channel: str


class PlanRequests(BaseModel):
    plan: PlanPublic
    data: list[PlanRequest]
    count: int


class RosterEntry(BaseModel):
    seat: int
    booking_id: int
    rank: int
    candidate_name: str
    id_number_masked: str
    licence_class: str


class SiteRosterEntry(BaseModel):
    """A roster line for the exam site on exam day: the whole ID number, to check the card."""

    seat: int
    booking_id: int
    candidate_name: str
    id_number: str
    id_type_name: str
    licence_class: str
    status: str
    result: str | None


class SiteRoster(BaseModel):
    plan: PlanPublic
    data: list[SiteRosterEntry]
    count: int


class Roster(BaseModel):
    plan: PlanPublic
    data: list[RosterEntry]
    count: int


class AllocationPublic(BaseModel):
    plan_id: int
    capacity: int
    requests: int
    allocated: int
    not_allocated: int
    allocated_at: datetime
    already_allocated: bool


# --- bookings ----------------------------------------------------------------------------------
class BookingCreate(StrictModel):
    plan_id: int = Field(ge=1, le=MAX_ID)
    id_number: IdNumber
    # A phone operator states the mobile the caller gave; the centre checks it against the record.
    caller_mobile: Mobile | None = None


class BookingCancel(StrictModel):
    reason: Literal["self", "not_self"]
    id_checked: bool = False
    caller_mobile: Mobile | None = None


class BookingResult(StrictModel):
    result: Literal["pass", "fail", "absent"]


class BookingPublic(BaseModel):
    id: int
    plan: PlanPublic
    candidate_id: int
    candidate_name: str
    id_number_masked: str
    id_type_name: str = "居民身份证"  # the candidate's document (printed on the receipt)
    subject: str
    subject_name: str
    status: str
    channel: str
    station_id: int
    requested_at: datetime
    ranking_time: datetime
    ranking_rule: int
    ranking_rule_text: str
    rank: int | None
    allocated: bool
    allocated_at: datetime | None
    cancelled_at: datetime | None
    cancel_reason: str | None
    cancel_channel: str | None
    id_checked: bool
    result: str | None
    refilled_booking_id: int | None = None  # set on a cancellation that handed the seat on


class BookingsPublic(BaseModel):
    data: list[BookingPublic]
    count: int


class NoShowReport(BaseModel):
    """What a run of the no-show job recorded."""

    absent: int
    booking_ids: list[int]
