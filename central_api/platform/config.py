"""Service settings: every number a rule uses lives here, overridable by environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import time
from pathlib import Path

from platformdirs import user_data_dir

from counter_app.domain.exams import ExamRules
from counter_app.domain.inspection_labels import LabelRules
from counter_app.domain.points_study import StudyRules
from counter_app.domain.violations import ViolationRules


def default_database_url() -> str:
    data_dir = Path(user_data_dir("central-api", "nanjing-counter"))
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / 'central.sqlite3'}"


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def _time_env(name: str, default: time) -> time:
    value = os.environ.get(name)
    return time.fromisoformat(value) if value else default


def exam_rules_from_env() -> ExamRules:
    """The exam rules' numbers (DOMAIN.md §3); the most local ones overridable by environment."""
    rules = ExamRules()
    return replace(
        rules,
        booking_deadline_days=_int_env("CENTRAL_API_EXAM_DEADLINE_DAYS", rules.booking_deadline_days),
        phone_hours_start=_time_env("CENTRAL_API_PHONE_HOURS_START", rules.phone_hours_start),
        phone_hours_end=_time_env("CENTRAL_API_PHONE_HOURS_END", rules.phone_hours_end),
    )


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=lambda: os.environ.get("DATABASE_URL") or default_database_url())
    token_ttl_minutes: int = field(default_factory=lambda: _int_env("CENTRAL_API_TOKEN_TTL_MINUTES", 12 * 60))
    max_failed_logins: int = field(default_factory=lambda: _int_env("CENTRAL_API_MAX_FAILED_LOGINS", 5))
    lockout_minutes: int = field(default_factory=lambda: _int_env("CENTRAL_API_LOCKOUT_MINUTES", 15))
    # --- authentication (issue 11): failed sign-ins one client address may make per lock-out
    # window; password age and history; device sign-in for the counter PCs.
    max_failed_logins_per_address: int = field(
        default_factory=lambda: _int_env("CENTRAL_API_MAX_FAILED_LOGINS_PER_ADDRESS", 30))
    password_max_age_days: int = field(default_factory=lambda: _int_env("CENTRAL_API_PASSWORD_MAX_AGE_DAYS", 90))
    password_history: int = field(default_factory=lambda: _int_env("CENTRAL_API_PASSWORD_HISTORY", 5))
    # The six values above are the security policy's defaults; the security administrator's
    # stored policy overrides them. Each process keeps it this long (every instance sees a change
    # within this time).
    security_policy_cache_seconds: int = field(
        default_factory=lambda: _int_env("CENTRAL_API_SECURITY_POLICY_CACHE_SECONDS", 10))
    # One session per account: a sign-in ends the account's older sessions (not the gateway's).
    single_session: bool = field(default_factory=lambda: _int_env("CENTRAL_API_SINGLE_SESSION", 1) != 0)
    # Staff sign in with the password plus the enrolled PC's signature over a fresh challenge.
    require_device: bool = field(default_factory=lambda: _int_env("CENTRAL_API_REQUIRE_DEVICE", 1) != 0)
    # `--demo` only: a PC's enrolment is approved at once (one-step sign-in on a laptop).
    auto_approve_devices: bool = field(
        default_factory=lambda: _int_env("CENTRAL_API_AUTO_APPROVE_DEVICES", 0) != 0)
    device_code_minutes: int = field(default_factory=lambda: _int_env("CENTRAL_API_DEVICE_CODE_MINUTES", 30))
    challenge_seconds: int = 120
    idempotency_retention_days: int = field(
        default_factory=lambda: _int_env("CENTRAL_API_IDEMPOTENCY_RETENTION_DAYS", 7)
    )
    audit_page_max: int = 500
    # The live board (issue 12): a counter PC is online while its last heartbeat is this recent.
    counter_offline_seconds: int = field(default_factory=lambda: _int_env("CENTRAL_API_COUNTER_OFFLINE_SECONDS", 90))
    # --- load (issue 13): requests in their transaction at once per worker process; the
    # database pool holds that many connections plus a few for the scheduled jobs. A request
    # that waits longer than queue_timeout_seconds for its place gets 503 + Retry-After.
    concurrency: int = field(default_factory=lambda: _int_env("CENTRAL_API_CONCURRENCY", 16))
    queue_timeout_seconds: float = field(
        default_factory=lambda: float(os.environ.get("CENTRAL_API_QUEUE_TIMEOUT_SECONDS") or 10))
    pool_timeout_seconds: float = field(
        default_factory=lambda: float(os.environ.get("CENTRAL_API_POOL_TIMEOUT_SECONDS") or 5))

    # --- plates (DOMAIN.md §2) ---
    # The segments loaded into an empty pool: the first is released at once, the others wait
    # (pending) until the available pool falls below plate_pool_min_available.
    plate_initial_segments: str = field(
        default_factory=lambda: os.environ.get("CENTRAL_API_PLATE_SEGMENTS") or "苏A:DLDDL"
    )
    plate_pool_min_available: int = field(
        default_factory=lambda: _int_env("CENTRAL_API_PLATE_POOL_MIN_AVAILABLE", 50_000)
    )
    plate_random_only_days: int = 7  # a newly released segment is offered to random draws only
    plate_custom_attempts: int = 20
    plate_draws: int = 10
    plate_draw_size: int = 5
    plate_hold_minutes: int = 20
    plate_reservation_working_days: int = 3
    plate_ready_days: int = 3
    plate_postman_install_fee_yuan: int = 30
    plate_blacklist_years: int = 2
    plate_invoice_photo_max_bytes: int = 1024 * 1024
    plate_selection_rate_max: int = 3  # new selections per person …
    plate_selection_rate_window_hours: int = 24  # … within this many hours
    plate_selection_idle_minutes: int = 60  # an open selection holding nothing lapses after this
    plate_job_interval_seconds: int = field(
        default_factory=lambda: _int_env("CENTRAL_API_PLATE_JOB_INTERVAL_SECONDS", 300)
    )
    # Vehicle binding limits (DOMAIN.md §1): 1 after online registration, 3 after face-sign.
    online_binding_limit: int = field(default_factory=lambda: _int_env("CENTRAL_API_ONLINE_BINDING_LIMIT", 1))
    face_sign_binding_limit: int = field(default_factory=lambda: _int_env("CENTRAL_API_FACE_SIGN_BINDING_LIMIT", 3))
    unit_binding_limit: int = field(default_factory=lambda: _int_env("CENTRAL_API_UNIT_BINDING_LIMIT", 20))
    # Accounts one vehicle may be bound to (its owner's and others' with consent; a decision).
    users_per_vehicle: int = field(default_factory=lambda: _int_env("CENTRAL_API_USERS_PER_VEHICLE", 3))
    exam_rules: ExamRules = field(default_factory=exam_rules_from_env)
    exam_list_max: int = 500
    # The article's other services (DOMAIN.md §6, issue 15): every number of the pure rules.
    label_rules: LabelRules = field(default_factory=LabelRules)
    violation_rules: ViolationRules = field(default_factory=ViolationRules)
    study_rules: StudyRules = field(default_factory=StudyRules)
    violation_office_code: str = "320100"  # 南京市公安局交通管理局, the decision numbers' prefix
