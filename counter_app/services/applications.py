"""驾驶证申请受理 at a window: the application write (create or correct the candidate)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from counter_app.domain.masking import mask_id_number
from counter_app.services.sync import Write


def application_write(*, id_number: str, name: str, mobile: str, licence_class: str, accepted_at: datetime,
                      permit_issued_on: date | None, purpose: str = "learner",
                      adds_to_car_licence: bool = False) -> Write:
    """The acceptance time ranks the first 科目一 booking (rule 1): the centre must have it before the
    candidate books, so the write is sent now, never queued."""
    body: dict[str, Any] = {
        "id_number": id_number, "name": name, "mobile": mobile, "purpose": purpose,
        "licence_class": licence_class, "adds_to_car_licence": adds_to_car_licence,
        "application_accepted_at": accepted_at.isoformat(),
    }
    if permit_issued_on is not None:
        body["permit_issued_on"] = permit_issued_on.isoformat()
    return Write("licence_application", "POST", "/candidates/applications", body,
                 f"驾驶证申请受理 {name} {mask_id_number(id_number)} {licence_class}", offline_ok=False)
