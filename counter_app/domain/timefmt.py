"""Times are stored in UTC and shown in Asia/Shanghai."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


def local(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        raise ValueError("naive datetime")
    return dt.astimezone(SHANGHAI)


def format_local(dt: datetime, *, seconds: bool = False) -> str:
    """2026-11-25 17:05 in Shanghai time, as a clerk reads it."""
    return local(dt).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
