"""The one exception the rules of the article's other services raise (issue 15): a stable `code`
for programs and a Chinese `message` a clerk can read aloud. The central API answers it with 422."""
from __future__ import annotations


class Refused(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
