"""Password rules for staff accounts (GB/T 22239-2019, level 3: complexity, no reuse of the name,
no guessable password).

Spaces count as nothing: length and character classes are measured without them, so
"Ab1!      " is four characters. A password is refused when it (spaces removed, any case) is one
of the commonly used passwords below, or when zxcvbn estimates it guessable (score below 3).
"""
from __future__ import annotations

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable: moderate protection from offline slow-hash attacks"
# Passwords seen over and over in leaks and audits of Chinese offices (lower case, no spaces).
COMMON = frozenset({
    "password12", "password123", "password1234", "passw0rd123", "p@ssw0rd12", "p@ssw0rd123", "p@ssword123",
    "1234567890", "12345678910", "qwertyuiop", "qwerty12345", "qwerty123456", "qwer1234!@#$", "1qaz2wsx3edc",
    "1qaz@wsx3edc", "1qaz!qaz2wsx", "qwe123!@#", "admin12345", "admin12345!", "admin@12345", "admin123456",
    "admin@123456", "administrator1", "abc1234567", "abc123456789", "abcd123456", "aa123456789", "a1234567890",
    "woaini1314", "woaini1314!", "woaini520", "5201314520", "iloveyou123", "zxcvbnm123", "qq1234567890",
    "nanjing123", "nanjing123!", "nanjing@123", "njjj123456", "jiaojing123", "gongan123456", "huawei12345",
    "welcome123", "welcome@123", "changeme123", "test123456", "root123456", "system123!", "sysadmin123",
})
CONTEXT_WORDS = ("nanjing", "jiaojing", "gongan", "jiaoguan", "chegs", "counter", "admin")


def password_problems(password: str, username: str, *, min_length: int = MIN_LENGTH) -> list[str]:
    """Every rule the password breaks, as sentences a supervisor can read; empty when it is fine."""
    core = "".join(password.split())  # spaces count as nothing
    problems = []
    if len(core) < min_length:
        problems.append(f"密码长度至少{min_length}位（空格不计）")
    classes = sum((
        any(c.islower() for c in core),
        any(c.isupper() for c in core),
        any(c.isdigit() for c in core),
        any(not c.isalnum() for c in core),
    ))
    if classes < 3:
        problems.append("密码须包含大写字母、小写字母、数字、符号中的至少三类")
    if username and username.lower() in core.lower():
        problems.append("密码不能包含用户名")
    if core.lower() in COMMON:
        problems.append("密码过于常见")
    elif not problems and _guessable(core[:100], username):
        problems.append("密码容易被猜中，请使用更长且无规律的组合")
    return problems


def _guessable(password: str, username: str) -> bool:
    # Imported on the first check: its dictionaries take ~13 MB, which a counter that never
    # changes a password should not carry all day (issue 17).
    from zxcvbn import zxcvbn

    return zxcvbn(password, user_inputs=[username, *CONTEXT_WORDS])["score"] < MIN_SCORE
