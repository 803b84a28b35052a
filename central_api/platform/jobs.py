"""The scheduled jobs' timer. The jobs themselves live in their areas (plates.expiry,
exams.allocation); each is idempotent and guarded so that one instance does each piece of work.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from central_api.platform.services import Services

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScheduledJob:
    name: str
    run: Callable[[Services], object]


class JobScheduler:
    """Runs the jobs, in order, every `interval` seconds in a daemon thread (central-api)."""

    def __init__(self, services: Services, interval: float, jobs: Sequence[ScheduledJob]) -> None:
        self.services = services
        self.interval = interval
        self.jobs = tuple(jobs)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="scheduled-jobs", daemon=True)

    def start(self) -> None:
        if self.interval > 0:
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            for job in self.jobs:
                try:
                    job.run(self.services)
                except Exception:  # noqa: BLE001 - the next round tries again
                    log.exception("%s job failed", job.name)
