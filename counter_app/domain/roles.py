"""Roles and the channel each works through."""
from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    PHONE_OPERATOR = "phone_operator"
    SUPERVISOR = "supervisor"
    INTERNET = "internet"  # the 122 platform's gateway acting for an online user


class Channel(StrEnum):
    WINDOW = "window"
    PHONE = "phone"
    INTERNET = "internet"


def channel_for_role(role: Role) -> Channel:
    """Phone operators work the hotline; the gateway is the internet; everyone else a window."""
    if role is Role.PHONE_OPERATOR:
        return Channel.PHONE
    if role is Role.INTERNET:
        return Channel.INTERNET
    return Channel.WINDOW
