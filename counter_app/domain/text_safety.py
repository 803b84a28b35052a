"""Text that leaves the program as data for someone else's tool (issue 11 item 18).

- CSV cells: a spreadsheet runs a cell starting with = + - @ (or a tab / carriage return in
  front of one) as a formula; such a cell is written with a leading apostrophe, which Excel
  and WPS show as text (OWASP "CSV injection").
- Display names: control characters and the bidirectional overrides (U+202A–202E,
  U+2066–2069, U+200E/200F, U+061C) would let a name print or log as something it is not.
"""
from __future__ import annotations

import unicodedata

from counter_app.domain.identity import FieldError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def csv_cell(value: object) -> str:
    """The cell as text a spreadsheet will not evaluate."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unsafe_characters(text: str) -> list[str]:
    """The control (Cc, and format Cf other than the joiners CJK names never need) and
    bidirectional characters in `text`, as U+XXXX."""
    found = []
    for ch in text:
        if ch in BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            found.append(f"U+{ord(ch):04X}")
    return found


def check_display_name(text: str, field: str = "display_name") -> str:
    """A name shown to people and printed: refused when it carries control or bidi characters."""
    bad = unsafe_characters(text)
    if bad:
        raise FieldError(field, "display_name_characters",
                         f"名称中含有不允许的控制字符或方向控制字符（{', '.join(sorted(set(bad))[:3])}），请重新输入")
    if text != text.strip():
        raise FieldError(field, "display_name_characters", "名称首尾不能有空格")
    return text
