"""A reason in the rule's own Chinese words that also carries a stable code and the facts it
names, so the English interface can word it (issue 16: no Chinese sentence in English).

`Reason` is a `str`: everything that shows, joins, compares or stores reasons keeps working on
the Chinese text; `code` and `facts` travel beside it (the centre's `reason_codes`).
"""
from __future__ import annotations

from datetime import date
from typing import Any


class Reason(str):
    code: str
    facts: dict[str, str | int]

    def __new__(cls, text: str, code: str, **facts: Any) -> Reason:
        reason = super().__new__(cls, text)
        reason.code = code
        reason.facts = {key: value.isoformat() if isinstance(value, date) else value for key, value in facts.items()}
        return reason

    def coded(self) -> dict[str, Any]:
        """The code and facts as the centre sends them."""
        return {"code": self.code, "facts": dict(self.facts)}


def coded(reasons: list[str] | tuple[str, ...]) -> list[dict[str, Any]]:
    """`reason_codes` for a list of reasons (a plain string has no code: the text stands)."""
    return [r.coded() if isinstance(r, Reason) else {"code": "", "facts": {}} for r in reasons]
