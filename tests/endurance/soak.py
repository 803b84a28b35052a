"""A counter's day in fast motion: transactions through the real services against a real centre.

Shared by tests/endurance/test_soak.py and benchmarks/client.py. One transaction is one of the
clerk's four kinds of work, in turn:
- registration: look the ID up, then register the person through the WriteQueue (outbox on
  the PC's SQLite, replayed to the centre) and wait for the centre's answer;
- booking: look the candidate up and list the open exam sessions (the booking page's reads);
- printing: render the registration form of a person registered earlier to PDF;
- sync: refresh the cached stations and let the outbox replay (the sync page's work).
Everything runs through the TaskRunner as the views use it, while the health probe ticks every
50 ms (the idle counter's background traffic, 30× faster than in the field).
"""
from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from stdnum.cn import ric

from counter_app.domain.timefmt import SHANGHAI
from counter_app.services.context import AppContext
from counter_app.services.exams import ExamDesk
from counter_app.services.printing import render_pdf
from counter_app.services.registration import RegistrationService, register_personal, registration_form
from counter_app.services.settings import ClientSettings

DEMO_PASSWORD = "Counter#2026"  # central_api.seed.DEMO_PASSWORD (the centre's demo accounts)


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux /proc)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def id_number(n: int) -> str:
    """The n-th valid resident ID number of a person born in Nanjing (320102) from 1970 on."""
    born = date(1970, 1, 1) + timedelta(days=n // 500)
    body = f"320102{born:%Y%m%d}{n % 500 + 100:03d}"
    return body + ric.calc_check_digit(body + "0")


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Turn the event loop (as the app does) until `condition` holds."""
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the counter did not answer in time")
        QTimer.singleShot(2, loop.quit)
        loop.exec()


@dataclass
class Soak:
    ctx: AppContext
    registered: list[dict[str, Any]] = field(default_factory=list)
    done: int = 0
    failures: list[str] = field(default_factory=list)
    curve: list[tuple[int, float]] = field(default_factory=list)

    @classmethod
    def sign_in(cls, api_url: str, data_dir: Path) -> Soak:
        from counter_app.app import build_context
        from counter_app.services.memory import limit_malloc_arenas

        limit_malloc_arenas()  # as counter_app.entry.main does before anything else
        settings = ClientSettings(api_url=api_url, data_dir=data_dir, health_interval_ms=50)
        ctx = build_context(settings, api_url, parent=QCoreApplication.instance())
        ctx.signed_in(ctx.api.login("clerk01", DEMO_PASSWORD, 1), DEMO_PASSWORD)
        ctx.monitor.start()
        wait_until(lambda: ctx.monitor.online is True)
        return cls(ctx)

    def _run(self, fn: Callable[[], Any]) -> Any:
        """One background job as a view submits it; returns its result (or raises its error)."""
        box: dict[str, Any] = {}
        self.ctx.runner.submit(fn, lambda r: box.setdefault("ok", r), lambda e: box.setdefault("err", e))
        wait_until(lambda: bool(box), timeout=120)
        if "err" in box:
            raise box["err"]
        return box["ok"]

    def registration(self, n: int) -> None:
        number = id_number(n)
        service = RegistrationService(self.ctx.api)
        if self._run(lambda: service.find(number)):
            return  # registered by an earlier run on the same centre
        data = {"user_type": "new_car_owner", "id_number": number, "name": f"测试{n:04d}",
                "mobile": f"139{n:08d}", "vins": []}
        outcomes: list[tuple[str, Any]] = []
        self.ctx.writes.submit(register_personal(data), lambda outcome, payload: outcomes.append((outcome, payload)))
        wait_until(lambda: any(o in ("sent", "refused", "error", "unavailable", "pending") for o, _ in outcomes),
                   timeout=120)
        outcome, payload = outcomes[-1]
        if outcome == "pending":
            # The link dropped (a probe timed out on a loaded PC): the outbox sends it when the
            # link is back, as it does for the clerk; then the centre has the person.
            wait_until(lambda: self.ctx.store.pending_count() == 0, timeout=120)
            found = self._run(lambda: service.find(number))
            if found:
                outcome, payload = "sent", self._run(lambda: service.get(found[0]["id"]))
            else:
                outcome, payload = "refused", "not at the centre after the replay"
        if outcome == "sent":
            self.registered.append(payload)
        else:
            self.failures.append(f"registration {n}: {outcome} {payload}")

    def booking(self, n: int) -> None:
        desk = ExamDesk(self.ctx.api)
        try:
            self._run(lambda: desk.find_candidate(id_number(n)))
        except Exception:  # noqa: BLE001 - a person without a learner's record: the clerk sees the message
            pass
        self._run(lambda: desk.sessions())

    def printing(self, n: int) -> None:
        if not self.registered:
            return
        user = self.registered[n % len(self.registered)]
        spec = registration_form(user, change=False, clerk=self.ctx.clerk_label, station=self.ctx.station_name,
                                 printed_at=datetime(2026, 11, 25, 9, 0, tzinfo=SHANGHAI))
        pdf = self._run(lambda: render_pdf(spec))
        if not pdf.startswith(b"%PDF"):
            self.failures.append(f"printing {n}: not a PDF")

    def sync(self, n: int) -> None:
        stations = self._run(self.ctx.api.stations)
        self._run(lambda: self.ctx.store.put_cached("station", stations))
        self.ctx.writes.kick()

    def run(self, count: int, *, sample_every: int = 100, on_sample: Callable[[int, float], None] | None = None) -> None:
        kinds = (self.registration, self.booking, self.printing, self.sync)
        for i in range(count):
            kinds[i % 4](self.done // 4)
            self.done += 1
            if self.done % sample_every == 0:
                gc.collect()
                point = (self.done, rss_mb())
                self.curve.append(point)
                if on_sample is not None:
                    on_sample(*point)

    def stop(self) -> None:
        self.ctx.monitor.stop()
        self.ctx.runner.wait(10000)
        wait_until(lambda: not self.ctx.writes.running, timeout=10)
