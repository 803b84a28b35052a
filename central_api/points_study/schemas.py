"""Request and response bodies of the points-study area."""
from __future__ import annotations

from datetime import date, datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from central_api.platform.schemas import CodedReason


class SittingPublic(BaseModel):
    id: int
    started_at: datetime
    ended_at: datetime
    counted_minutes: int
    photo_matched: bool
    counts: bool
    problem: str | None
    problem_codes: list[CodedReason]  # the problem, coded (for the English interface): none or one


class TestPublic(BaseModel):
    id: int
    started_at: datetime
    finished_at: datetime
    questions_answered: int
    score: int
    photo_matched: bool
    problems: list[str]
    problem_codes: list[CodedReason]  # the same problems, coded (for the English interface)


class StudyPublic(BaseModel):
    id_number_masked: str
    name: str
    licence_class: str
    points: int
    period_start: date | None
    period_end: date | None
    required: bool
    complete: bool
    review_allowed: bool
    counted_minutes: int
    required_minutes: int
    missing: list[str]
    missing_codes: list[CodedReason]  # the same, coded (for the English interface)
    completed_at: datetime | None
    sms_queued_at: datetime | None
    reviewed_at: datetime | None
    sittings: list[SittingPublic]
    tests: list[TestPublic]


class SittingReport(BaseModel):
    """What the learning platform reports after a video sitting."""

    model_config = ConfigDict(extra="forbid")
    id_number: str = Field(min_length=1, max_length=18)
    platform_ref: str = Field(min_length=1, max_length=40)
    started_at: AwareDatetime
    ended_at: AwareDatetime
    counted_minutes: int = Field(ge=0, le=24 * 60)
    photo_matched: bool


class TestReport(BaseModel):
    """What the learning platform reports after a test attempt (seconds spent on each answer)."""

    model_config = ConfigDict(extra="forbid")
    id_number: str = Field(min_length=1, max_length=18)
    platform_ref: str = Field(min_length=1, max_length=40)
    started_at: AwareDatetime
    finished_at: AwareDatetime
    answer_seconds: list[int] = Field(max_length=200)
    score: int = Field(ge=0, le=100)
    photo_matched: bool


class ReviewRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id_number: str = Field(min_length=1, max_length=18)
