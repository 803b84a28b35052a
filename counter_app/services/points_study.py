"""The licence review window (审验) and the points study (记分学习, issue 15).

The learning platform reports sittings and tests to the centre; the centre decides with the pure
rules whether the study is complete. The window reads that answer and records the review, which
the centre allows only when the study is complete (or not required); the review needs the
centre's answer at once.
"""
from __future__ import annotations

from typing import Any

from counter_app.domain.identity import FieldError, validate_id_number
from counter_app.domain.refused import Refused
from counter_app.services.api_client import ApiClient
from counter_app.services.sync import Write


class StudyService:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def find(self, id_number: str, today) -> dict[str, Any]:  # noqa: ANN001 - date
        """The licence, the points of the scoring period and the study's state."""
        try:
            number = validate_id_number(id_number, today)
        except FieldError as exc:
            raise Refused(exc.code, exc.message) from None
        return self.api.get("/points-study", id_number=number)


def review_write(record: dict[str, Any], id_number: str) -> Write:
    return Write("licence_review", "POST", "/licence-reviews", {"id_number": id_number},
                 f"驾驶证审验 {record['name']} {record['id_number_masked']} {record['licence_class']}",
                 offline_ok=False)
