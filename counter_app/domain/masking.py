"""Masking of personal numbers in lists and logs (ARCHITECTURE.md "Who did what")."""
from __future__ import annotations


def mask_id_number(value: str) -> str:
    """Keep the first 4 and last 4 characters: 320102199001011234 -> 3201**********1234."""
    value = value.strip()
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def mask_mobile(value: str) -> str:
    """Keep the first 3 and last 4 digits: 13812345678 -> 138****5678."""
    value = value.strip()
    if len(value) <= 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]
