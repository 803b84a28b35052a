"""The one path every write of the counter takes: outbox first, then the centre.

`submit` commits the write to the local outbox (so it survives a crash or a dropped link)
and starts a replay in the background; the caller's `on_result(outcome, payload)` hears:
- "queued"  — saved on this PC (payload: the OutboxItem);
- "sent"    — the centre accepted it (payload: the centre's answer);
- "refused" — the centre said no (payload: the ApiError; it is also in the 待处理 list);
- "pending" — the link dropped: it waits in the outbox and is sent when the link returns;
- "unavailable" — a write that needs the centre's answer at once was not even queued,
  because the centre cannot be reached (payload: the OfflineError).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from counter_app.services.api_client import ApiClient, OfflineError
from counter_app.services.connectivity import ConnectivityMonitor
from counter_app.services.local_store import PENDING, LocalStore, OutboxItem
from counter_app.services.sync import ReplayResult, Write, replay
from counter_app.services.tasks import TaskRunner

log = logging.getLogger(__name__)
OnResult = Callable[[str, Any], None]


class WriteQueue(QObject):
    changed = Signal()  # the counts of pending / refused writes may have moved
    progress = Signal(int, int)  # done, total of the running replay
    replay_finished = Signal(object)  # ReplayResult
    _settled = Signal(int, str, object)  # from the worker: item id, outcome, payload
    store_notice = Signal(str)  # the local store acted on its own (file rebuilt): tell the clerk

    def __init__(self, store: LocalStore, api: ApiClient, runner: TaskRunner, monitor: ConnectivityMonitor, *,
                 retention: timedelta = timedelta(days=7), username: Callable[[], str] = lambda: "",
                 retry_ms: int = 15000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.api = api
        self.runner = runner
        self.monitor = monitor
        self.retention = retention
        self.username = username
        self.running = False
        self._callbacks: dict[int, tuple[OnResult, bool]] = {}
        self._settled.connect(self._on_settled)
        monitor.online_changed.connect(lambda online: online and self.kick())
        self._timer = QTimer(self)
        self._timer.setInterval(retry_ms)
        self._timer.timeout.connect(self.kick)
        self._timer.start()
        # Purge at start too: a PC that stays offline still forgets what was settled long ago.
        runner.submit(lambda: store.purge_settled(retention), lambda _n: None)

    def submit(self, write: Write, on_result: OnResult) -> None:
        if not write.offline_ok and self.monitor.online is False:
            on_result("unavailable", OfflineError())
            return
        username = self.username()
        ticket = self.api.queue_ticket  # the customer this write is made for, kept with it

        def queued(item: OutboxItem) -> None:
            self._tell_incidents()
            on_result("queued", item)
            self.changed.emit()
            if self.monitor.online is False:
                on_result("pending", "offline")  # offline_ok: it waits for the link
                return
            self._callbacks[item.id] = (on_result, write.offline_ok)
            self.kick()

        self.runner.submit(
            lambda: self.store.enqueue(write.method, write.path, write.body, kind=write.kind, summary=write.summary,
                                       username=username, queue_ticket=ticket,
                                       local_ref_prefix=write.local_ref_prefix),
            queued, lambda exc: (self._tell_incidents(), on_result("error", exc)))

    def _tell_incidents(self) -> None:
        for message in self.store.take_incidents():
            self.store_notice.emit(message)

    def kick(self) -> None:
        """Start a replay unless one runs, the centre is known to be down, or nobody signed in."""
        if self.running or self.monitor.online is False or not self.api.token:
            return
        self.running = True
        self.runner.submit(self._replay, self._replayed, self._replay_failed)

    def _replay(self) -> ReplayResult:
        result = replay(self.store, self.api, progress=lambda done, total: self.progress.emit(done, total),
                        settled=lambda item, outcome, payload: self._settled.emit(item.id, outcome, payload),
                        username=self.username())
        self.store.purge_settled(self.retention)
        return result

    def _on_settled(self, item_id: int, outcome: str, payload: Any) -> None:
        if outcome in ("sent", "refused"):
            callback = self._callbacks.pop(item_id, None)
            if callback is not None:
                callback[0](outcome, payload)
                if outcome == "refused":
                    # The clerk saw the refusal where the write was made: nothing left to deal with.
                    self.resolve(item_id)
        self.changed.emit()

    def _replayed(self, result: ReplayResult) -> None:
        self.running = False
        self.replay_finished.emit(result)
        self.changed.emit()
        if result.stopped_by is not None:
            # Tell whoever waits that their write is safe in the outbox and will go later.
            for item_id, (callback, offline_ok) in list(self._callbacks.items()):
                callback("pending", result.stopped_by)
                if offline_ok:
                    del self._callbacks[item_id]
        elif self.store.pending_count(self.username()):
            self.kick()  # written while this replay ran

    def _replay_failed(self, exc: Exception) -> None:
        self.running = False
        log.exception("replay failed", exc_info=exc)
        self.changed.emit()

    def resolve(self, item_id: int) -> None:
        self.runner.submit(lambda: self.store.resolve(item_id), lambda _r: self.changed.emit())

    def take_over(self, from_username: str, to_username: str, on_done: Callable[[Any], None],
                  on_error: Callable[[Exception], None]) -> None:
        """A supervisor takes over another account's pending writes for `to_username` (the
        supervisor, or a clerk who may make them): the centre records it in its audit trail first
        (POST /audit/outbox-takeovers, supervisors only), then the writes change hands here and
        are sent under `to_username`'s sign-in."""

        def work() -> list[OutboxItem]:
            waiting = self.store.items(PENDING, limit=1000, username=from_username)
            if not waiting:
                return []
            self.api.request("POST", "/audit/outbox-takeovers", json={
                "from_username": from_username, "to_username": to_username, "count": len(waiting),
                "idempotency_keys": [w.idempotency_key for w in waiting]}, retry=False)
            return self.store.take_over(from_username, to_username, [w.id for w in waiting])

        def done(items: list[OutboxItem]) -> None:
            log.info("took over %d pending writes of another account", len(items))
            self.changed.emit()
            on_done(items)
            self.kick()

        self.runner.submit(work, done, on_error)
