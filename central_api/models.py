"""SQLAlchemy 2 models. Times are stored as aware UTC datetimes."""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}


class Station(Base):
    __tablename__ = "station"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(128))
    phone: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # office | branch | exam_site
    # Capability flags (DOMAIN.md "The 10 face-sign points"), editable by supervisors.
    can_face_sign: Mapped[bool] = mapped_column(Boolean, default=True)
    can_confirm_plates: Mapped[bool] = mapped_column(Boolean, default=False)
    can_book_exams: Mapped[bool] = mapped_column(Boolean, default=False)
    can_late_cancel: Mapped[bool] = mapped_column(Boolean, default=False)
    has_phone_desk: Mapped[bool] = mapped_column(Boolean, default=False)
    is_exam_site: Mapped[bool] = mapped_column(Boolean, default=False)
    can_issue_labels: Mapped[bool] = mapped_column(Boolean, default=False)  # issue 15
    updated_at: Mapped[datetime]


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16))  # clerk | phone_operator | supervisor
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime]
    # Set when an account is created or its password reset by someone else: the next sign-in
    # must choose a new password before any work (issue 12).
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Password expiry and history (issue 11): when the current password was set.
    password_changed_at: Mapped[datetime | None]


class AuthToken(Base):
    """A bearer token, stored only as its SHA-256; checked against the database per request."""

    __tablename__ = "auth_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    channel: Mapped[str] = mapped_column(String(16))
    issued_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    # Why it was revoked: "replaced" when a newer sign-in of the account ended it (issue 11).
    revoked_reason: Mapped[str | None] = mapped_column(String(16))
    device_id: Mapped[int | None] = mapped_column(ForeignKey("device.id"))


class PasswordHistory(Base):
    """The hashes of an account's earlier passwords (the last few are refused again)."""

    __tablename__ = "password_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    set_at: Mapped[datetime]


class LoginThrottle(Base):
    """Failed sign-ins per user name ("name:<n>") and per client address ("addr:<ip>"), kept in
    the database so every instance sees them; updated by single atomic statements."""

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_start: Mapped[datetime]
    locked_until: Mapped[datetime | None]
    # Failures since the last audit row, and that row's minute: one row per key per minute.
    unaudited: Mapped[int] = mapped_column(Integer, default=0)
    audited_at: Mapped[datetime | None]


class SecurityPolicyRow(Base):
    """The security policy the security administrator edits (issue 11, item 17): one row, id 1.
    While it is absent the environment's values (Settings) are the policy."""

    __tablename__ = "security_policy"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    max_failed_logins: Mapped[int] = mapped_column(Integer)
    lockout_minutes: Mapped[int] = mapped_column(Integer)
    max_failed_logins_per_address: Mapped[int] = mapped_column(Integer)
    password_max_age_days: Mapped[int] = mapped_column(Integer)
    password_history: Mapped[int] = mapped_column(Integer)
    token_ttl_minutes: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(32))


class Device(Base):
    """A counter PC enrolled by its Ed25519 public key; its station is the one a sign-in gets."""

    __tablename__ = "device"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64), unique=True)  # base64 of the raw 32 bytes
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    status: Mapped[str] = mapped_column(String(16))  # pending | active | revoked
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    code_expires_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    approved_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class AuthChallenge(Base):
    """A one-time server challenge a device signs at sign-in."""

    __tablename__ = "auth_challenge"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    challenge_hash: Mapped[str] = mapped_column(String(64), unique=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id"), index=True)
    expires_at: Mapped[datetime]
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class IdempotencyRecord(Base):
    """The stored answer to a POST, written in the same transaction as its effect."""

    __tablename__ = "idempotency_record"
    __table_args__ = (UniqueConstraint("scope", "key", name="uq_idempotency_record_scope_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(128))
    method: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(String(255))
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    response_body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(index=True)


class AuditLog(Base):
    """Append-only (a database trigger refuses UPDATE and DELETE)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"), Index("ix_audit_log_entity", "entity", "entity_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    username: Mapped[str] = mapped_column(String(32))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    channel: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AuditChain(Base):
    """One link per audit row, in commit order (issue 11 item 10): `row_hash` is
    sha256(prev_hash + the row's canonical form), `prev_hash` the previous link's row_hash.
    Append-only like the trail; written by platform/audit_chain.py at each commit."""

    __tablename__ = "audit_chain"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit_log.id"), unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


# --- holiday calendar (working days come from data) ----------------------------------------
class CalendarYear(Base):
    """A year whose holiday schedule is known; computations outside these years are refused."""

    __tablename__ = "calendar_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(32))  # chinese-calendar | supervisor
    updated_at: Mapped[datetime]


class CalendarDay(Base):
    """An exception to the Monday–Friday rule: a holiday, or a make-up working day (调休)."""

    __tablename__ = "calendar_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # holiday | workday
    name: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime]


# --- plates (the shared pool, internet selection, reservations, blacklist) -------------------
PLATE_STATES = ("available", "held", "reserved", "confirmed", "issued")
ACTIVE_RESERVATION = "status IN ('reserved', 'confirmed')"


class PlateSegment(Base):
    """A segment of plates (e.g. 苏A:DLDDL); released ones have their plates in `plate`."""

    __tablename__ = "plate_segment"
    __table_args__ = (UniqueConstraint("prefix", "pattern", name="uq_plate_segment_prefix_pattern"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prefix: Mapped[str] = mapped_column(String(4))
    pattern: Mapped[str] = mapped_column(String(8))
    first_plate: Mapped[str] = mapped_column(String(16))
    last_plate: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)  # release order
    status: Mapped[str] = mapped_column(String(16))  # pending | released
    released_at: Mapped[datetime | None]
    # Self-chosen selection may not take its plates before this (a new segment is offered to
    # random draws only at first); NULL for the installation's first segment.
    random_only_until: Mapped[datetime | None]
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(32))


class Plate(Base):
    """One plate of a released segment, in exactly one state.

    The database keeps the invariants: the number is unique, the state is one of five, and a
    plate is held by a selection (with a hold deadline) exactly when its state is 'held'.
    Draws read the index (state, rand_key) from a random starting key.
    """

    __tablename__ = "plate"
    __table_args__ = (
        CheckConstraint("state IN ('available', 'held', 'reserved', 'confirmed', 'issued')", name="state"),
        CheckConstraint(
            "(state = 'held' AND selection_id IS NOT NULL AND hold_expires_at IS NOT NULL)"
            " OR (state <> 'held' AND selection_id IS NULL AND hold_expires_at IS NULL)",
            name="held_by_selection",
        ),
        Index("ix_plate_state_rand_key", "state", "rand_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("plate_segment.id"))
    state: Mapped[str] = mapped_column(String(16), default="available")
    rand_key: Mapped[int] = mapped_column(Integer)
    selection_id: Mapped[int | None] = mapped_column(ForeignKey("plate_selection.id"), index=True)
    hold_expires_at: Mapped[datetime | None]


class PlateSelection(Base):
    """One person's internet selection for one new car (the 122 platform's side)."""

    __tablename__ = "plate_selection"
    __table_args__ = (
        # One open selection per VIN and per person: the database refuses a second one.
        Index("uq_plate_selection_open_vin", "vin", unique=True,
              sqlite_where=text("status = 'open'"), postgresql_where=text("status = 'open'")),
        Index("uq_plate_selection_open_person", "id_number", unique=True,
              sqlite_where=text("status = 'open'"), postgresql_where=text("status = 'open'")),
        Index("ix_plate_selection_person_created", "id_number", "created_at"),
        Index("ix_plate_selection_status_hold", "status", "hold_expires_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_number: Mapped[str] = mapped_column(String(18))
    owner_name: Mapped[str] = mapped_column(String(32))
    vin: Mapped[str] = mapped_column(String(17))
    vehicle_type: Mapped[str] = mapped_column(String(16))
    vehicle_use: Mapped[str] = mapped_column(String(16))
    invoice_code: Mapped[str] = mapped_column(String(12))
    invoice_number: Mapped[str] = mapped_column(String(20))
    invoice_photo_sha256: Mapped[str] = mapped_column(String(64))
    invoice_photo_bytes: Mapped[int] = mapped_column(Integer)
    invoice_photo_type: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))  # open | chosen | exhausted | lapsed
    custom_used: Mapped[int] = mapped_column(Integer, default=0)
    draws_used: Mapped[int] = mapped_column(Integer, default=0)
    custom_closed: Mapped[bool] = mapped_column(Boolean, default=False)
    hold_kind: Mapped[str | None] = mapped_column(String(8))  # custom | draw
    hold_expires_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]


class PlateReservation(Base):
    """A chosen plate waiting for (or past) confirmation at a registration window."""

    __tablename__ = "plate_reservation"
    __table_args__ = (
        # A plate and a VIN have at most one live reservation.
        Index("uq_plate_reservation_active_plate", "plate_id", unique=True,
              sqlite_where=text(ACTIVE_RESERVATION), postgresql_where=text(ACTIVE_RESERVATION)),
        Index("uq_plate_reservation_active_vin", "vin", unique=True,
              sqlite_where=text(ACTIVE_RESERVATION), postgresql_where=text(ACTIVE_RESERVATION)),
        Index("ix_plate_reservation_status_deadline", "status", "deadline"),
        CheckConstraint("status IN ('reserved', 'confirmed', 'expired')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plate_id: Mapped[int] = mapped_column(ForeignKey("plate.id"))
    plate_number: Mapped[str] = mapped_column(String(16), index=True)
    selection_id: Mapped[int | None] = mapped_column(ForeignKey("plate_selection.id"), unique=True)
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    owner_name: Mapped[str] = mapped_column(String(32))
    vin: Mapped[str] = mapped_column(String(17), index=True)
    notice_code: Mapped[str] = mapped_column(String(16), unique=True)
    status: Mapped[str] = mapped_column(String(16))  # reserved | confirmed | expired
    chosen_at: Mapped[datetime]
    deadline: Mapped[date] = mapped_column(Date)
    confirmed_at: Mapped[datetime | None]
    confirmed_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    confirmed_station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    document_checked: Mapped[str | None] = mapped_column(String(32))
    delivery_way: Mapped[str | None] = mapped_column(String(32))
    delivery_station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    postal_address: Mapped[str | None] = mapped_column(String(128))
    fee_yuan: Mapped[int | None] = mapped_column(Integer)
    ready_date: Mapped[date | None] = mapped_column(Date)
    expired_at: Mapped[datetime | None]


class PlateBlacklist(Base):
    """A person barred from internet plate selection for not confirming a reservation."""

    __tablename__ = "plate_blacklist"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    owner_name: Mapped[str] = mapped_column(String(32))
    # One entry per expired reservation: running the expiry job twice cannot add a second.
    reservation_id: Mapped[int] = mapped_column(ForeignKey("plate_reservation.id"), unique=True)
    reason: Mapped[str] = mapped_column(String(128))
    starts_at: Mapped[datetime]
    ends_on: Mapped[date] = mapped_column(Date)  # barred up to and including this day (Nanjing)
    lifted_at: Mapped[datetime | None]
    lifted_by: Mapped[str | None] = mapped_column(String(32))
    lift_reason: Mapped[str | None] = mapped_column(String(128))
# --- central records and internet users (face-sign registration) ----------------------------
class VehicleRecord(Base):
    """The central motor-vehicle register (read-only for the counter)."""

    __tablename__ = "vehicle_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vin: Mapped[str] = mapped_column(String(17), unique=True)
    plate: Mapped[str | None] = mapped_column(String(10), unique=True)
    owner_kind: Mapped[str] = mapped_column(String(8))  # person | unit
    owner_id_number: Mapped[str] = mapped_column(String(18), index=True)
    owner_name: Mapped[str] = mapped_column(String(64))
    mobile: Mapped[str] = mapped_column(String(11))
    vehicle_type: Mapped[str] = mapped_column(String(16))  # 小型普通客车 …
    use_nature: Mapped[str] = mapped_column(String(16))  # 非营运 | 营运 | …
    brand: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(8))  # 正常 …
    registered_on: Mapped[date | None] = mapped_column(Date)


class LicenceRecord(Base):
    """The central driving-licence register (read-only for the counter)."""

    __tablename__ = "licence_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(32))
    licence_class: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(8))
    mobile: Mapped[str] = mapped_column(String(11))
    valid_until: Mapped[date]


class InternetUser(Base):
    """An account of the 122 platform: a person or a unit."""

    __tablename__ = "internet_user"
    __table_args__ = (
        UniqueConstraint("id_type", "id_number", name="uq_internet_user_id_type_id_number"),
        CheckConstraint("binding_count >= 0 AND binding_count <= binding_limit", name="binding_within_limit"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    registration_no: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # personal | unit
    user_type: Mapped[str | None] = mapped_column(String(16))  # personal only
    id_type: Mapped[str] = mapped_column(String(16))  # identity.IdDocument: resident_id, …, uscc
    id_number: Mapped[str] = mapped_column(String(18))
    name: Mapped[str] = mapped_column(String(64))  # person's or unit's name
    mobile: Mapped[str] = mapped_column(String(11))  # the person's, or the unit agent's
    address: Mapped[str | None] = mapped_column(String(128))
    agent_name: Mapped[str | None] = mapped_column(String(32))
    agent_id_number: Mapped[str | None] = mapped_column(String(18))
    authorisation_ref: Mapped[str | None] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(16))  # where it was registered
    face_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    face_signed_at: Mapped[datetime | None]
    face_signed_station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    binding_limit: Mapped[int] = mapped_column(Integer)
    binding_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class UserVehicle(Base):
    """A vehicle bound to an account: the holder's own, or another owner's with the owner's
    consent (counted toward the account's limit). A vehicle has at most `users_per_vehicle`
    binding accounts (a setting, checked with the vehicle row locked)."""

    __tablename__ = "user_vehicle"
    __table_args__ = (
        UniqueConstraint("user_id", "vehicle_id", name="uq_user_vehicle_user_vehicle"),
        CheckConstraint("own OR consent_way IN ('owner_present', 'signed_authorisation')", name="consent_given"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("internet_user.id"), index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle_record.id"), index=True)
    bound_at: Mapped[datetime]
    channel: Mapped[str] = mapped_column(String(16))
    own: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())  # the holder owns it
    consent_way: Mapped[str | None] = mapped_column(String(24))  # owner_present | signed_authorisation
    consent_ref: Mapped[str | None] = mapped_column(String(64))  # the signed authorisation's reference


# --- exams (issue 6) ---------------------------------------------------------------------------
class ExamCandidate(Base):
    """A candidate's licence application as the exam system knows it (imported from the centre)."""

    __tablename__ = "exam_candidate"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    # resident_id | hk_macau_permit | taiwan_permit | foreign_pr_card (identity.IdDocument)
    id_type: Mapped[str] = mapped_column(String(16), default="resident_id", server_default="resident_id")
    name: Mapped[str] = mapped_column(String(32))
    mobile: Mapped[str] = mapped_column(String(11))
    purpose: Mapped[str] = mapped_column(String(16))  # learner | restore | full_score
    licence_class: Mapped[str] = mapped_column(String(2))
    adds_to_car_licence: Mapped[bool] = mapped_column(Boolean, default=False)
    application_accepted_at: Mapped[datetime]  # 受理时间
    permit_issued_on: Mapped[date | None] = mapped_column(Date)
    permit_valid_until: Mapped[date | None] = mapped_column(Date)
    results_voided_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class CandidateSubject(Base):
    """One subject of one candidate: result, attempts, no-shows, retest fees, last self-cancel."""

    __tablename__ = "candidate_subject"

    candidate_id: Mapped[int] = mapped_column(ForeignKey("exam_candidate.id"), primary_key=True)
    subject: Mapped[str] = mapped_column(String(16), primary_key=True)
    passed_at: Mapped[datetime | None]
    last_exam_at: Mapped[datetime | None]
    last_result: Mapped[str | None] = mapped_column(String(8))  # pass | fail | absent
    bookings_used: Mapped[int] = mapped_column(Integer, default=0)
    no_shows: Mapped[int] = mapped_column(Integer, default=0)
    fee_owed: Mapped[bool] = mapped_column(Boolean, default=False)
    fees_paid: Mapped[int] = mapped_column(Integer, default=0)
    last_self_cancel_at: Mapped[datetime | None]


class ExamPlan(Base):
    """A published session (考试预约计划): site, day, start, subject, class, seats."""

    __tablename__ = "exam_plan"
    __table_args__ = (
        UniqueConstraint("site_id", "exam_date", "start_time", "subject", "licence_class",
                         name="uq_exam_plan_session"),
        CheckConstraint("capacity > 0", name="capacity_positive"),
        CheckConstraint("allocated_count >= 0 AND allocated_count <= capacity", name="seats_within_capacity"),
        CheckConstraint("requested_count >= 0", name="requested_nonnegative"),
        Index("ix_exam_plan_day", "exam_date", "subject"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    exam_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5))  # HH:MM, Asia/Shanghai
    subject: Mapped[str] = mapped_column(String(16))
    licence_class: Mapped[str] = mapped_column(String(2))
    capacity: Mapped[int] = mapped_column(Integer)
    requested_count: Mapped[int] = mapped_column(Integer, default=0)  # open requests
    allocated_count: Mapped[int] = mapped_column(Integer, default=0)
    published_at: Mapped[datetime]
    published_by: Mapped[str] = mapped_column(String(32))
    booking_deadline: Mapped[datetime]
    allocated_at: Mapped[datetime | None]


class ExamBooking(Base):
    """One booking request. `open_slot` is 1 while the request is open (requested or allocated)
    and NULL otherwise, so the unique constraint allows one open booking per subject."""

    __tablename__ = "exam_booking"
    __table_args__ = (
        UniqueConstraint("candidate_id", "subject", "open_slot", name="uq_exam_booking_one_open"),
        CheckConstraint("open_slot = 1", name="open_slot_one"),
        Index("ix_exam_booking_rank", "plan_id", "status", "ranking_time", "requested_at", "id"),
        Index("ix_exam_booking_candidate", "candidate_id", "subject"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("exam_plan.id"))
    candidate_id: Mapped[int] = mapped_column(ForeignKey("exam_candidate.id"))
    subject: Mapped[str] = mapped_column(String(16))
    # requested -> allocated | not_allocated -> completed; requested/allocated -> cancelled
    status: Mapped[str] = mapped_column(String(16))
    open_slot: Mapped[int | None] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(16))
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    requested_at: Mapped[datetime]
    ranking_time: Mapped[datetime]
    ranking_rule: Mapped[int] = mapped_column(Integer)
    rank: Mapped[int | None] = mapped_column(Integer)
    allocated_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    cancel_reason: Mapped[str | None] = mapped_column(String(16))  # self | not_self
    cancel_channel: Mapped[str | None] = mapped_column(String(16))
    id_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    result: Mapped[str | None] = mapped_column(String(8))  # pass | fail | absent
    result_at: Mapped[datetime | None]


class SmsOutbox(Base):
    """Messages handed to the SMS gateway (the demo gateway only writes them here)."""

    __tablename__ = "sms_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime]
    mobile: Mapped[str] = mapped_column(String(11))
    kind: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("exam_booking.id"), index=True)
    # queued (handed to the gateway's table) | sent | failed: a delivering gateway moves it on.
    state: Mapped[str] = mapped_column(String(16), default="queued", server_default="queued")
    sent_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(String(255))


# --- the article's other services (issue 15): labels, camera violations, points study --------
class VehicleInsurance(Base):
    """The compulsory insurance (交强险) of a vehicle, as the insurers report it."""

    __tablename__ = "vehicle_insurance"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle_record.id"), unique=True)
    policy_number: Mapped[str] = mapped_column(String(32))
    valid_until: Mapped[date] = mapped_column(Date)


class TrafficAccident(Base):
    """A traffic accident a vehicle was involved in; `closed` once handled (结案)."""

    __tablename__ = "traffic_accident"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle_record.id"), index=True)
    occurred_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(String(128))
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class TrafficViolation(Base):
    """A violation caught on camera (电子监控记录) and what became of it."""

    __tablename__ = "traffic_violation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle_record.id"), index=True)
    occurred_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(8))  # 违法代码
    description: Mapped[str] = mapped_column(String(128))
    points: Mapped[int] = mapped_column(Integer)
    fine_yuan: Mapped[int] = mapped_column(Integer)
    simple_procedure: Mapped[bool] = mapped_column(Boolean)
    status: Mapped[str] = mapped_column(String(16))  # unhandled | handled | paid | referred
    licence_number: Mapped[str | None] = mapped_column(String(18))
    driver_name: Mapped[str | None] = mapped_column(String(32))
    decision_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    handled_at: Mapped[datetime | None]
    handled_channel: Mapped[str | None] = mapped_column(String(16))
    handled_station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    referred_at: Mapped[datetime | None]
    referred_reason: Mapped[str | None] = mapped_column(String(255))


class ViolationPayment(Base):
    """A fine paid through a bank: pending until the bank confirms. One per violation."""

    __tablename__ = "violation_payment"
    __table_args__ = (UniqueConstraint("bank", "bank_reference", name="uq_violation_payment_bank_reference"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    violation_id: Mapped[int] = mapped_column(ForeignKey("traffic_violation.id"), unique=True)
    bank: Mapped[str] = mapped_column(String(8))
    bank_reference: Mapped[str] = mapped_column(String(40))
    amount_fen: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))  # pending | confirmed
    paid_at: Mapped[datetime]
    channel: Mapped[str] = mapped_column(String(16))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    confirmed_at: Mapped[datetime | None]


class InspectionLabel(Base):
    """A 检验合格标志 of an inspection-exempt vehicle: handed over at a point, or posted home."""

    __tablename__ = "inspection_label"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle_record.id"), index=True)
    label_year: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(16))  # counter | post
    status: Mapped[str] = mapped_column(String(16))  # issued | awaiting_post | posted
    serial: Mapped[str | None] = mapped_column(String(20), unique=True)
    environmental_label: Mapped[bool] = mapped_column(Boolean)
    issued_at: Mapped[datetime]
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    recipient_name: Mapped[str | None] = mapped_column(String(32))
    recipient_mobile: Mapped[str | None] = mapped_column(String(11))
    postal_address: Mapped[str | None] = mapped_column(String(128))
    tracking_number: Mapped[str | None] = mapped_column(String(20))
    posted_at: Mapped[datetime | None]


class DriverPoints(Base):
    """Points of a licence in its current scoring period, the study's result and the review."""

    __tablename__ = "driver_points"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licence_record.id"), unique=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    points: Mapped[int] = mapped_column(Integer)
    study_completed_at: Mapped[datetime | None]
    sms_queued_at: Mapped[datetime | None]
    reviewed_at: Mapped[datetime | None]
    reviewed_station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))


class StudySitting(Base):
    """A video sitting the learning platform reported (its own reference keeps a report single)."""

    __tablename__ = "study_sitting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licence_record.id"), index=True)
    platform_ref: Mapped[str] = mapped_column(String(40), unique=True)
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime]
    counted_minutes: Mapped[int] = mapped_column(Integer)
    photo_matched: Mapped[bool] = mapped_column(Boolean)
    reported_at: Mapped[datetime]


class StudyTest(Base):
    """A 50-question test attempt the learning platform reported."""

    __tablename__ = "study_test"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    licence_id: Mapped[int] = mapped_column(ForeignKey("licence_record.id"), index=True)
    platform_ref: Mapped[str] = mapped_column(String(40), unique=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime]
    answer_seconds: Mapped[list[int]] = mapped_column(JSON)
    score: Mapped[int] = mapped_column(Integer)
    photo_matched: Mapped[bool] = mapped_column(Boolean)
    reported_at: Mapped[datetime]


# --- the live board (issue 12): each counter PC's last heartbeat -----------------------------
class CounterDevice(Base):
    """A counter PC as its heartbeats describe it: who is signed in, what waits in its outbox."""

    __tablename__ = "counter_device"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), index=True)
    hostname: Mapped[str] = mapped_column(String(64))
    username: Mapped[str] = mapped_column(String(32))
    version: Mapped[str] = mapped_column(String(32))
    pending_writes: Mapped[int] = mapped_column(Integer)
    refused_writes: Mapped[int] = mapped_column(Integer)
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]
    # The enrolled PC (issue 11) whose signed-in token sent the heartbeat: the board names it from
    # `device` (name, station, status); empty for a sign-in without a device (require_device off).
    enrolled_device_id: Mapped[int | None] = mapped_column(ForeignKey("device.id"))
