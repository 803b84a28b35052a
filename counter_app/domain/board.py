"""The live board's figures from the audit trail (issue 12), shared with the clerk's end-of-day
summary: customers served per workflow by the hall's queue tickets, the average handling time
from the ticket being called to the customer's last write, late cancellations and no-shows."""
from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from counter_app.domain.business_names import WORKFLOW_OF_ACTION


@dataclass(frozen=True)
class AuditFact:
    """One audited write as the board reads it."""

    action: str
    at: datetime
    queue_ticket: str | None = None
    ticket_at: datetime | None = None
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Served:
    total: int
    by_workflow: dict[str, int]
    average_minutes: float | None  # from the ticket being called to the customer's last write


def served(facts: Iterable[tuple[Hashable, AuditFact]]) -> Served:
    """Customers of one day: `facts` pairs a customer scope (a station, or nothing) with each write,
    so that the same ticket number at two stations is two customers."""
    first_call: dict[Hashable, datetime] = {}
    last_write: dict[Hashable, datetime] = {}
    workflows: dict[str, set[Hashable]] = {}
    for scope, fact in facts:
        workflow = WORKFLOW_OF_ACTION.get(fact.action)
        if not fact.queue_ticket or workflow is None:
            continue
        key = (scope, fact.queue_ticket)
        last_write[key] = max(fact.at, last_write.get(key, fact.at))
        if fact.ticket_at is not None:
            first_call[key] = min(fact.ticket_at, first_call.get(key, fact.ticket_at))
        workflows.setdefault(workflow, set()).add(key)
    waits = [(last_write[k] - first_call[k]).total_seconds() / 60 for k in last_write if k in first_call]
    return Served(total=len(last_write), by_workflow={w: len(t) for w, t in sorted(workflows.items())},
                  average_minutes=sum(waits) / len(waits) if waits else None)


def is_late_cancellation(fact: AuditFact) -> bool:
    """A cancellation after the booking deadline (in person, with the ID checked)."""
    return fact.action == "exam_booking_cancelled" and bool(fact.detail.get("after_deadline"))


def is_no_show(fact: AuditFact) -> bool:
    """缺考: entered by the exam site, or recorded by the centre's job after the exam day."""
    return fact.action == "exam_booking_no_show" or (
        fact.action == "exam_result_recorded" and fact.detail.get("result") == "absent")
