"""Pure rules of the supervisor's console (issue 12): when to warn that the holiday calendar
runs out, and the clerk-readable checks of the console's forms."""
from __future__ import annotations

import re
from datetime import date

from counter_app.domain.masking import mask_id_number, mask_mobile
from counter_app.domain.refused import Refused

WARN_MONTHS = 2  # warn this long before the last known year ends


def calendar_runs_out_soon(last_year: int, today: date, months: int = WARN_MONTHS) -> bool:
    """True from `months` months before 31 December of the last year the calendar knows: next
    year's 放假/调休 days must be entered from the State Council notice before then."""
    month = 12 - months + 1  # two months: from 1 November
    return today >= date(last_year, month, 1)


def lift_reason(text: str) -> str:
    """A blacklist entry is lifted only with a reason (kept in the audit trail)."""
    reason = text.strip()
    if len(reason) < 2:
        raise Refused("reason_required", "解除黑名单须填写原因")
    if len(reason) > 128:
        raise Refused("reason_too_long", "原因不能超过128字")
    return reason


_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def mask_personal(text: str) -> str:
    """ID numbers and mobiles inside free text (an audit row's detail) masked as in lists."""
    text = _ID_NUMBER.sub(lambda m: mask_id_number(m.group(0)), text)
    return _MOBILE.sub(lambda m: mask_mobile(m.group(0)), text)
