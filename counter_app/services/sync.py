"""Replay of the outbox: in order, each write with its own Idempotency-Key, exactly once.

Safe to stop at any point, even by SIGKILL: a write is marked sent only after the centre
answered, and a write sent again after a crash carries the same key, so the centre answers
from storage instead of applying it twice. A refusal (4xx) goes to the 待处理 list with the
centre's message; a transport failure or a 5xx stops the replay until the next attempt.
A write replays only under the account that made it (issue 11, item 12): another account's
pending writes wait for that account, or for a supervisor to take them over explicitly.
Runs without Qt: the app calls it from a worker, the fault tests from a child process.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counter_app.services.api_client import ApiClient, ApiError, OfflineError
from counter_app.services.local_store import LocalStore, OutboxItem

log = logging.getLogger(__name__)

# The centre is busy with the same key, or wants a new sign-in: try again later, refuse nothing.
RETRY_LATER = {"idempotency_in_progress", "not_authenticated", "invalid_token", "rate_limited"}


@dataclass(frozen=True)
class Write:
    """One write a workflow makes; `offline_ok` when it may wait in the outbox for the link."""

    kind: str
    method: str
    path: str
    body: Any
    summary: str
    offline_ok: bool
    local_ref_prefix: str | None = None  # offline-capable writes that print a provisional paper


@dataclass(frozen=True)
class ReplayResult:
    sent: int
    refused: int
    remaining: int
    stopped_by: str | None  # None when the outbox is empty; else why the replay stopped
    waiting_for_others: int = 0  # pending writes of other accounts, left alone


Settled = Callable[[OutboxItem, str, Any], None]


def replay(store: LocalStore, api: ApiClient, *, batch: int = 50,
           progress: Callable[[int, int], None] | None = None, settled: Settled | None = None,
           should_stop: Callable[[], bool] = lambda: False, username: str | None = None) -> ReplayResult:
    """Send the pending writes of `username` (default: the account `api` signed in as)."""
    owner = username if username is not None else api.username
    if not owner:
        return ReplayResult(sent=0, refused=0, remaining=0, stopped_by="not_signed_in",
                            waiting_for_others=store.pending_count())
    total = store.pending_count(owner)
    sent = refused = 0
    stopped_by: str | None = None
    while stopped_by is None:
        items = store.pending_for(owner, limit=batch)
        if not items:
            break
        for item in items:
            if should_stop():
                stopped_by = "stopped"
                break
            outcome, payload = _send(api, item)
            if outcome == "sent":
                store.mark_sent(item.id, payload)
                sent += 1
            elif outcome == "refused":
                store.mark_refused(item.id, payload.code, payload.message)
                refused += 1
            else:
                store.note_attempt(item.id, str(payload))
                stopped_by = outcome
                break
            if settled is not None:
                settled(item, outcome, payload)
            if progress is not None:
                progress(sent + refused, total)
    remaining = store.pending_count(owner)
    return ReplayResult(sent=sent, refused=refused, remaining=remaining, stopped_by=stopped_by,
                        waiting_for_others=store.pending_count() - remaining)


def _send(api: ApiClient, item: OutboxItem) -> tuple[str, Any]:
    try:
        return "sent", api.request(item.method, item.path, json=item.body, idempotency_key=item.idempotency_key,
                                   queue_ticket=item.queue_ticket or "")
    except OfflineError as exc:
        return "offline", exc.message
    except ApiError as exc:
        if exc.status is None or exc.status >= 500 or exc.code in RETRY_LATER:
            return "retry_later", f"{exc.code}: {exc.message}"
        return "refused", exc


def main(argv: list[str] | None = None) -> int:
    """`python -m counter_app.services.sync --data-dir DIR --api-url URL` (user and password
    from COUNTER_SYNC_USER / COUNTER_SYNC_PASSWORD): replay once and say what happened."""
    parser = argparse.ArgumentParser(prog="counter-sync")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--api-url", required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    try:
        api = ApiClient(args.api_url, connect_timeout=2, read_timeout=10, retries=0,
                        ca_bundle=os.environ.get("COUNTER_CA_BUNDLE"))
    except ApiError as exc:
        print(f"address refused: {exc.message}", file=sys.stderr)
        return 4
    store = LocalStore(args.data_dir / "local.sqlite3")
    try:
        api.login(os.environ["COUNTER_SYNC_USER"], os.environ["COUNTER_SYNC_PASSWORD"], None)
    except ApiError as exc:
        print(f"sign-in failed: {exc.message}", file=sys.stderr)
        return 3
    result = replay(store, api)
    print(f"sent={result.sent} refused={result.refused} remaining={result.remaining} stopped_by={result.stopped_by} "
          f"waiting_for_others={result.waiting_for_others}")
    return 0 if result.remaining == 0 else 2


if __name__ == "__main__":
    sys.exit(main())
