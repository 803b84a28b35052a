"""The services one signed-in counter works with, handed to every view."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from counter_app.domain.clock import Clock
from counter_app.services.api_client import ApiClient, LoginInfo
from counter_app.services.connectivity import ConnectivityMonitor
from counter_app.services.id_card_reader import IdCardReader
from counter_app.services.local_store import LocalStore
from counter_app.services.print_history import PrintHistory
from counter_app.services.settings import ClientSettings
from counter_app.services.tasks import TaskRunner
from counter_app.services.write_queue import WriteQueue

if TYPE_CHECKING:  # imported when first used: not needed to show the log-in window
    from argon2 import PasswordHasher

    from counter_app.services.registration import RegistrationService


def _unlock_hasher() -> PasswordHasher:
    """Cheap parameters: this hash only lives in memory, to unlock an idle-locked window offline."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=8 * 1024, parallelism=1)


def unlock_hash(password: str) -> str:
    """The in-memory hash of a sign-in's password (~0.1-1 s of CPU: compute it off the UI thread)."""
    return _unlock_hasher().hash(password)


@dataclass
class AppContext:
    settings: ClientSettings
    api: ApiClient
    store: LocalStore
    runner: TaskRunner
    monitor: ConnectivityMonitor
    id_reader: IdCardReader
    writes: WriteQueue
    prints: PrintHistory = field(default_factory=PrintHistory)
    clock: Clock = field(default_factory=Clock)
    login: LoginInfo | None = None
    queue_ticket: str = ""  # the hall's queue ticket (叫号) of the customer served now
    # Why the last session ended, shown by the next sign-in dialog (e.g. signed in elsewhere).
    sign_in_notice: str = ""
    _unlock_hash: str | None = field(default=None, repr=False)

    @property
    def registration(self) -> RegistrationService:
        from counter_app.services.registration import RegistrationService

        return RegistrationService(self.api)

    @property
    def clerk_label(self) -> str:
        """How the signed-in clerk appears on printed forms: 王警官（clerk01）."""
        return f"{self.login.display_name}（{self.login.username}）" if self.login else ""

    @property
    def station_name(self) -> str:
        return self.login.station["name"] if self.login else ""

    def call_ticket(self, ticket: str) -> None:
        """A new customer: every write from now on carries this ticket and when it was called."""
        self.queue_ticket = ticket.strip().upper()
        called_at = self.clock.now().isoformat(timespec="seconds")
        self.api.queue_ticket = f"{self.queue_ticket}@{called_at}" if self.queue_ticket else None

    def next_customer(self) -> None:
        self.queue_ticket = ""
        self.api.queue_ticket = None

    def signed_in(self, info: LoginInfo, password: str, password_hash: str | None = None) -> None:
        """`password_hash` (from `unlock_hash`, computed with the sign-in on a worker) saves the
        UI thread the hashing."""
        self.login = info
        self._unlock_hash = password_hash or unlock_hash(password)

    def signed_out(self) -> None:
        self.prints.clear()  # the next clerk does not see this one's papers
        self.next_customer()
        self.login = None
        self._unlock_hash = None
        self.api.token = None

    def check_unlock_password(self, password: str) -> bool:
        """Verify against the password of this sign-in (works without the centre)."""
        if self._unlock_hash is None:
            return False
        from argon2.exceptions import VerificationError

        try:
            return _unlock_hasher().verify(self._unlock_hash, password)
        except VerificationError:
            return False
