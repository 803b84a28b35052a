"""Request and response models: Sign-in and staff accounts. Requests are strict (StrictModel)."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from central_api.platform.schemas import StrictModel
from central_api.stations.schemas import StationPublic
from counter_app.domain.text_safety import check_display_name


class LoginRequest(StrictModel):
    username: str = Field(min_length=1, max_length=32)
    password: str = Field(min_length=1, max_length=128)
    station_id: int | None = Field(default=None, ge=1, le=2_147_483_647)
    # The enrolled PC's proof (issue 11): its id, the challenge from POST /auth/challenge and the
    # base64 Ed25519 signature over "counter-sign-in\n<challenge>\n<username>".
    device_id: int | None = Field(default=None, ge=1, le=2_147_483_647)
    challenge: str | None = Field(default=None, min_length=1, max_length=128)
    signature: str | None = Field(default=None, min_length=1, max_length=256)


class ChallengeRequest(StrictModel):
    device_id: int = Field(ge=1, le=2_147_483_647)


class ChallengeResponse(BaseModel):
    challenge: str
    expires_at: datetime


class EnrolmentRequest(StrictModel):
    public_key: str = Field(min_length=40, max_length=64, description="base64 of the raw 32-byte Ed25519 key")
    station_id: int = Field(ge=1, le=2_147_483_647)
    name: str = Field(min_length=1, max_length=64, pattern=r"^[^\x00-\x1f\x7f]+$")


class EnrolmentResponse(BaseModel):
    device_id: int
    code: str
    status: str
    code_expires_at: datetime | None


class DeviceApproval(StrictModel):
    code: str = Field(min_length=8, max_length=8, pattern=r"^[0-9]{8}$")
    station_id: int | None = Field(default=None, ge=1, le=2_147_483_647)


class DevicePublic(BaseModel):
    id: int
    name: str
    station_id: int
    status: str
    created_at: datetime
    approved_at: datetime | None
    revoked_at: datetime | None

    model_config = ConfigDict(from_attributes=True)


class DevicesPublic(BaseModel):
    data: list[DevicePublic]
    count: int


class LoginResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    role: str
    username: str
    display_name: str
    station: StationPublic
    # The password is older than the policy allows: only POST /auth/password is open until changed.
    password_expired: bool = False
    # True after the account was created or its password reset by a supervisor: the counter
    # opens the password change first, and the centre refuses other work until it is done.
    must_change_password: bool = False


# Shown on screens, forms and in the trail: no control or bidirectional characters (issue 11 item 18).
DisplayName = Annotated[str, Field(min_length=1, max_length=32), AfterValidator(check_display_name)]


class AccountCreate(StrictModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[a-z][a-z0-9_]+$")
    display_name: DisplayName
    role: Literal["clerk", "phone_operator", "supervisor", "internet"]
    station_id: int = Field(ge=1, le=2_147_483_647)
    password: str = Field(min_length=1, max_length=128)


class AccountUpdate(StrictModel):
    display_name: DisplayName | None = None
    role: Literal["clerk", "phone_operator", "supervisor", "internet", "sysadmin", "secadmin", "auditor"] | None = None
    station_id: int | None = Field(default=None, ge=1, le=2_147_483_647)
    active: bool | None = None


class PasswordReset(StrictModel):
    password: str = Field(min_length=1, max_length=128)


class PasswordChange(StrictModel):
    old_password: str = Field(min_length=1, max_length=128)
    new_password: str = Field(min_length=1, max_length=128)


class AccountPublic(BaseModel):
    id: int
    username: str
    display_name: str
    role: str
    station_id: int
    active: bool
    locked_until: datetime | None
    created_at: datetime
    must_change_password: bool

    model_config = ConfigDict(from_attributes=True)


class AccountsPublic(BaseModel):
    data: list[AccountPublic]
    count: int


# --- the security policy (issue 11, item 17) ------------------------------------------------------
# Any 32-bit number passes the schema: the policy's own bounds (counter_app/domain/security_policy.py)
# are checked by the service, each with its code and a Chinese message.
PolicyNumber = Annotated[int, Field(ge=-2_147_483_648, le=2_147_483_647)]


class SecurityPolicyUpdate(StrictModel):
    max_failed_logins: PolicyNumber = Field(description="wrong passwords in a row that lock a user name")
    lockout_minutes: PolicyNumber = Field(description="how long a lock-out lasts (and the counting window)")
    max_failed_logins_per_address: PolicyNumber = Field(description="failed sign-ins one client address may make per window")
    password_max_age_days: PolicyNumber = Field(description="a password older than this must be changed")
    password_history: PolicyNumber = Field(description="the last N passwords (the current one included) are refused")
    token_ttl_minutes: PolicyNumber = Field(description="how long a sign-in (token) lasts")


class SecurityPolicyPublic(BaseModel):
    max_failed_logins: int
    lockout_minutes: int
    max_failed_logins_per_address: int
    password_max_age_days: int
    password_history: int
    token_ttl_minutes: int
    stored: bool = Field(description="false: no policy stored yet, the environment's defaults are in force")
    updated_at: datetime | None
    updated_by: str | None
