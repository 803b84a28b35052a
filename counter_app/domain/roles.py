"""Roles and the channel each works through."""
from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    PHONE_OPERATOR = "phone_operator"
    SUPERVISOR = "supervisor"
    INTERNET = "internet"  # the internet platform's gateway account (books on a citizen's behalf)


class Channel(StrEnum):
    WINDOW = "window"
    PHONE = "phone"
    INTERNET = "internet"


def channel_for_role(role: Role) -> Channel:
    """Phone operators work the hotline, the internet gateway the platform; others a window."""
    if role is Role.PHONE_OPERATOR:
        return Channel.PHONE
    if role is Role.INTERNET:
        return Channel.INTERNET
    return Channel.WINDOW
