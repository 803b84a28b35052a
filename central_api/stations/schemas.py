"""Request and response models: Stations as the API shows them. Requests are strict (StrictModel)."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class StationPublic(BaseModel):
    id: int
    code: str
    name: str
    address: str
    phone: str
    kind: str
    can_face_sign: bool
    can_confirm_plates: bool
    can_book_exams: bool
    can_late_cancel: bool
    has_phone_desk: bool
    is_exam_site: bool
    can_issue_labels: bool = False  # a 6年免检标志 service point (issue 15)

    model_config = ConfigDict(from_attributes=True)


class StationsPublic(BaseModel):
    data: list[StationPublic]
    count: int
