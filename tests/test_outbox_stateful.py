"""The outbox against a model, under random sequences of saves, answers, crashes and purges."""
from __future__ import annotations

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from counter_app.services.local_store import PENDING, REFUSED, RESOLVED, SENT, LocalStore


class OutboxMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="outbox-"))
        self.store = LocalStore(self.dir / "local.sqlite3")
        self.model: dict[int, str] = {}  # item id -> status, in the order the items were saved
        self.bodies: dict[int, dict] = {}

    @rule(n=st.integers(0, 10**6))
    def save(self, n: int) -> None:
        item = self.store.enqueue("POST", "/x", {"n": n}, summary=f"write {n}")
        assert item.id not in self.model
        self.model[item.id] = PENDING
        self.bodies[item.id] = {"n": n}

    def _pending(self) -> list[int]:
        return [i for i, status in self.model.items() if status == PENDING]

    @precondition(lambda self: self._pending())
    @rule(data=st.data())
    def centre_answers(self, data: st.DataObject) -> None:
        # Replay always takes the oldest pending write first.
        oldest = self.store.pending(limit=1)[0]
        assert oldest.id == self._pending()[0]
        if data.draw(st.booleans()):
            self.store.mark_sent(oldest.id, {"ok": oldest.body})
            self.model[oldest.id] = SENT
        else:
            self.store.mark_refused(oldest.id, "refused", "中心未受理")
            self.model[oldest.id] = REFUSED

    @rule(data=st.data())
    def answer_twice_changes_nothing(self, data: st.DataObject) -> None:
        settled = [i for i, s in self.model.items() if s in (SENT, REFUSED, RESOLVED)]
        if settled:
            item_id = data.draw(st.sampled_from(settled))
            self.store.mark_sent(item_id, {"late": True})  # a late duplicate answer
            self.store.mark_refused(item_id, "late", "late")

    @precondition(lambda self: any(s == REFUSED for s in self.model.values()))
    @rule(data=st.data())
    def clerk_resolves(self, data: st.DataObject) -> None:
        item_id = data.draw(st.sampled_from([i for i, s in self.model.items() if s == REFUSED]))
        self.store.resolve(item_id)
        self.model[item_id] = RESOLVED

    @rule()
    def crash_and_reopen(self) -> None:
        self.store.close()
        self.store = LocalStore(self.dir / "local.sqlite3")

    @rule()
    def purge_everything_settled(self) -> None:
        self.store.purge_settled(timedelta(seconds=-1))  # everything settled "long ago"
        self.model = {i: s for i, s in self.model.items() if s not in (SENT, RESOLVED)}

    @invariant()
    def matches_the_model(self) -> None:
        for status in (PENDING, SENT, REFUSED, RESOLVED):
            expected = [i for i, s in self.model.items() if s == status]
            assert [item.id for item in self.store.items(status, limit=10_000)] == expected, status
        for item in self.store.items(PENDING, REFUSED, limit=10_000):
            assert item.body == self.bodies[item.id]

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.dir, ignore_errors=True)


OutboxMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None)
TestOutbox = OutboxMachine.TestCase
