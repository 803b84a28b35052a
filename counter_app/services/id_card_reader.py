"""Second-generation ID-card readers (二代证读卡器).

Counter PCs use vendor readers (GA 467 protocol, behind the vendor's SDK). The app talks to
them through `IdCardReader`; `SimulatedIdCardReader` stands in for training, the demo and the
tests, with the cards of resources/demo/demo_people.json; the ctypes adapters of the two SDK
families are in `card_sdk.py`, chosen in the settings (`make_id_reader`). The clerk can always
type instead.
"""
from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from counter_app import resources
from counter_app.services.api_client import ApiError


class CardType(StrEnum):
    RESIDENT = "resident"  # 居民身份证
    HMT_PERMIT = "hmt_permit"  # 港澳台居民居住证
    FOREIGN_PERMANENT = "foreign_permanent"  # 外国人永久居留身份证


class CardReadError(ApiError):
    """The reader or the card says no; `message` is for the clerk (shown like the centre's errors)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message, None)


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
    valid_until: str  # YYYY-MM-DD, or 长期
    card_type: str = CardType.RESIDENT
    # The photo stays in memory only: the chip's WLT bytes, and a BMP when a decoder is configured.
    photo_wlt: bytes | None = None
    photo_bmp: bytes | None = None

    def __repr__(self) -> str:  # never a whole number or a photo in a log line
        return f"IdCard({self.card_type}, {self.id_number[:4]}…{self.id_number[-4:]})"


def refuse_expired(card: IdCard, today: date) -> IdCard:
    """An expired document is not proof of identity: refuse it with the date it ended."""
    if card.valid_until != "长期" and date.fromisoformat(card.valid_until) < today:
        raise CardReadError("card_expired", f"证件已于 {card.valid_until} 过期，不能作为身份证明办理业务")
    return card


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
