"""Roles and the channel each works through."""
from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    PHONE_OPERATOR = "phone_operator"
    SUPERVISOR = "supervisor"
    INTERNET = "internet"  # the 122 platform's gateway acting for an online user
    # 三员分立 (GB/T 22239-2019 level 3, issue 11): the three administrators; none of them
    # does counter business, and the business supervisor manages no accounts.
    SYSADMIN = "sysadmin"  # 系统管理员: accounts and devices
    SECADMIN = "secadmin"  # 安全管理员: roles, lock-outs and the security policy
    AUDITOR = "auditor"  # 审计管理员: reads the audit trail only


ADMIN_ROLES = frozenset({Role.SYSADMIN, Role.SECADMIN, Role.AUDITOR})
BUSINESS_ROLES = frozenset(Role) - ADMIN_ROLES


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
