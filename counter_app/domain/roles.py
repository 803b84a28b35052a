"""Roles and the channel each works through."""
from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    PHONE_OPERATOR = "phone_operator"
    SUPERVISOR = "supervisor"


class Channel(StrEnum):
    WINDOW = "window"
    PHONE = "phone"
    INTERNET = "internet"


def channel_for_role(role: Role) -> Channel:
    """Phone operators work the hotline; clerks and supervisors work at a window."""
    return Channel.PHONE if role is Role.PHONE_OPERATOR else Channel.WINDOW
