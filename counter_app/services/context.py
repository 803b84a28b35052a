"""The services one signed-in counter works with, handed to every view."""
from __future__ import annotations

from dataclasses import dataclass, field

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError

from counter_app.services.api_client import ApiClient, LoginInfo
from counter_app.services.connectivity import ConnectivityMonitor
from counter_app.services.local_store import LocalStore
from counter_app.services.settings import ClientSettings
from counter_app.services.tasks import TaskRunner

# Cheap parameters: this hash only lives in memory, to unlock an idle-locked window offline.
_UNLOCK_HASHER = PasswordHasher(time_cost=2, memory_cost=8 * 1024, parallelism=1)


@dataclass
class AppContext:
    settings: ClientSettings
    api: ApiClient
    store: LocalStore
    runner: TaskRunner
    monitor: ConnectivityMonitor
    login: LoginInfo | None = None
    _unlock_hash: str | None = field(default=None, repr=False)

    def signed_in(self, info: LoginInfo, password: str) -> None:
        self.login = info
        self._unlock_hash = _UNLOCK_HASHER.hash(password)

    def signed_out(self) -> None:
        self.login = None
        self._unlock_hash = None
        self.api.token = None

    def check_unlock_password(self, password: str) -> bool:
        """Verify against the password of this sign-in (works without the centre)."""
        if self._unlock_hash is None:
            return False
        try:
            return _UNLOCK_HASHER.verify(self._unlock_hash, password)
        except VerificationError:
            return False
