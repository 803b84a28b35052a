"""The security policy the security administrator edits (issue 11, items 16-17): six numbers
and their bounds, one definition for the centre (which checks them) and the counter (whose form
shows them). Pure: no Qt, HTTP or SQL.

The bounds follow GB/T 22239-2019 level 3 (8.1.4.1 身份鉴别: 登录失败处理, 口令定期更换,
连接超时自动退出) as the assessors read it; the why of each is in docs/DECISIONS.md.
"""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Bound:
    low: int
    high: int
    label: str  # Chinese, for the centre's refusal (the counter's form has its own tr() labels)
    unit: str


# field → its bounds (inclusive); the order is the form's.
BOUNDS: dict[str, Bound] = {
    "max_failed_logins": Bound(3, 10, "连续登录失败锁定次数", "次"),
    "lockout_minutes": Bound(5, 1440, "锁定时长", "分钟"),
    "max_failed_logins_per_address": Bound(10, 1000, "同一地址登录失败上限", "次"),
    "password_max_age_days": Bound(30, 180, "密码有效期", "天"),
    "password_history": Bound(1, 24, "不得重复使用的最近密码个数", "个"),
    "token_ttl_minutes": Bound(60, 1440, "登录有效时长", "分钟"),
}


@dataclass(frozen=True)
class SecurityPolicy:
    """The six numbers (no defaults here: the environment's, central_api.platform.config.Settings,
    are the policy while the security administrator has stored none)."""

    max_failed_logins: int
    lockout_minutes: int
    max_failed_logins_per_address: int
    password_max_age_days: int
    password_history: int
    token_ttl_minutes: int

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class PolicyProblem:
    code: str
    field: str
    message: str  # Chinese

    def facts(self) -> dict[str, int | str]:
        """The numbers an English text needs (the refusal's `details`)."""
        bound = BOUNDS[self.field]
        return {"field": self.field, "low": bound.low, "high": bound.high}


def out_of_range_code(name: str) -> str:
    return f"{name}_out_of_range"


def policy_problems(policy: SecurityPolicy) -> list[PolicyProblem]:
    """Every bound the policy breaks (empty when it may be stored). The bounds alone keep the
    per-address limit at or above the per-name one (per name ≤ 10 ≤ per address): one clerk's
    mistyping cannot lock the whole PC first."""
    problems = []
    for name, bound in BOUNDS.items():
        value = getattr(policy, name)
        if not bound.low <= value <= bound.high:
            problems.append(PolicyProblem(out_of_range_code(name), name,
                                          f"{bound.label}须在{bound.low}至{bound.high}{bound.unit}之间"))
    return problems
