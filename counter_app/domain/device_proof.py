"""What a counter PC signs at sign-in (issue 11): shared by the counter and the centre."""
from __future__ import annotations


def signed_message(challenge: str, username: str) -> bytes:
    """The challenge and the account signed in: a signature is good for that one sign-in only."""
    return f"counter-sign-in\n{challenge}\n{username}".encode()
