"""Password rules for staff accounts (GB/T 22239-2019, level 3: complexity, no reuse of the name)."""
from __future__ import annotations

MIN_LENGTH = 10
COMMON = frozenset({"password12", "1234567890", "qwertyuiop", "admin12345", "abc1234567", "p@ssw0rd12"})


def password_problems(password: str, username: str, *, min_length: int = MIN_LENGTH) -> list[str]:
    """Every rule the password breaks, as sentences a supervisor can read; empty when it is fine."""
    problems = []
    if len(password) < min_length:
        problems.append(f"密码长度至少{min_length}位")
    classes = sum((
        any(c.islower() for c in password),
        any(c.isupper() for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() for c in password),
    ))
    if classes < 3:
        problems.append("密码须包含大写字母、小写字母、数字、符号中的至少三类")
    if username and username.lower() in password.lower():
        problems.append("密码不能包含用户名")
    if password.lower() in COMMON:
        problems.append("密码过于常见")
    return problems
