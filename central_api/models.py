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
    id_type: Mapped[str] = mapped_column(String(16))  # resident_id | uscc
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
    """A vehicle bound to an account; a vehicle is bound to at most one account."""

    __tablename__ = "user_vehicle"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("internet_user.id"), index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicle_record.id"), unique=True)
    bound_at: Mapped[datetime]
    channel: Mapped[str] = mapped_column(String(16))
