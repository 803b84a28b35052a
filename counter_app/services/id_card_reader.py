"""Second-generation ID-card readers (二代证读卡器).

Counter PCs use vendor readers (GA 467 protocol, behind the vendor's SDK). The app talks to
them through `IdCardReader`; `SimulatedIdCardReader` stands in for training, the demo and the
tests, with the cards of resources/demo/demo_people.json. The clerk can always type instead.
"""
from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from counter_app import resources


@dataclass(frozen=True)
class IdCard:
    name: str
    sex: str
    ethnicity: str
    birth_date: str
    address: str
    id_number: str
    issuer: str
    valid_from: str
    valid_until: str


class IdCardReader(Protocol):
    def read(self, timeout: float = 5.0) -> IdCard | None:
        """The card on the reader, or None when no card is placed."""


class SimulatedIdCardReader:
    """Hands out the cards put on it, in order (thread-safe: reads run off the UI thread)."""

    def __init__(self, cards: list[IdCard] | None = None) -> None:
        self._cards: deque[IdCard] = deque(cards or [])
        self._lock = threading.Lock()

    @classmethod
    def with_demo_cards(cls, path: Path | None = None) -> SimulatedIdCardReader:
        data = json.loads((path or resources.RESOURCES / "demo" / "demo_people.json").read_text(encoding="utf-8"))
        fields = IdCard.__dataclass_fields__
        return cls([IdCard(**{k: v for k, v in card.items() if k in fields}) for card in data["cards"]])

    def place(self, card: IdCard) -> None:
        """Put a card on the reader; it is read next."""
        with self._lock:
            self._cards.appendleft(card)

    def read(self, timeout: float = 5.0) -> IdCard | None:
        with self._lock:
            if not self._cards:
                return None
            card = self._cards.popleft()
            self._cards.append(card)  # the demo cycles through its cards
            return card
