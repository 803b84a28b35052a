"""Client releases: version order and the exact bytes a release signature covers.

One place for the three parties: the release tool that signs (installer/sign_update.py), the
centre that publishes (central_api/updates) and the counter that verifies before installing.
"""
from __future__ import annotations

import re

_VERSION = re.compile(r"^\d{1,4}(\.\d{1,4}){1,3}$")
_PLATFORM = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def is_version(text: str) -> bool:
    return bool(_VERSION.match(text))


def parse_version(text: str) -> tuple[int, ...]:
    """'1.2.10' -> (1, 2, 10, 0): numeric parts, so 1.10 is newer than 1.9."""
    if not is_version(text):
        raise ValueError(f"not a version number: {text!r}")
    parts = tuple(int(p) for p in text.split("."))
    return parts + (0,) * (4 - len(parts))


def is_platform(text: str) -> bool:
    return bool(_PLATFORM.match(text))


def signed_message(*, platform: str, version: str, sha256: str, size: int) -> bytes:
    """What the Ed25519 signature covers: the package's digest and size bound to its platform
    and version, so a signed package cannot be served as another version or platform."""
    if not (is_platform(platform) and is_version(version) and _SHA256.match(sha256) and size > 0):
        raise ValueError("invalid release fields")
    return f"nanjing-counter-update\n{platform}\n{version}\n{sha256}\n{size}\n".encode("ascii")
