"""The shared plate pool: segments, bulk loading, holding, random draws, automatic top-up.

Storage: one row per plate of every released segment, with a `state` column and a random
`rand_key`. Checking a plate is one lookup on the unique number; a draw of 5 reads the
index (state, rand_key) from a random starting key and takes the next available rows, so
it costs the same with 5,000 or 5,000,000 plates (never ORDER BY random()). A plate comes
back to the pool with a fresh random key, so it is not found again at the same place.

No double allocation, by the database: every change of state is a conditional UPDATE
(`… WHERE state = 'available'`) whose returned rows are what was actually taken; on
PostgreSQL the candidate rows of a draw are read `FOR UPDATE SKIP LOCKED`, so concurrent
draws skip each other's rows instead of waiting; SQLite runs one writer at a time
(BEGIN IMMEDIATE). A CHECK constraint ties the 'held' state to its selection.
"""
from __future__ import annotations

import io
import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from central_api.models import Plate, PlateSegment
from central_api.plates.schemas import PoolPublic, SegmentPublic
from central_api.platform import audit
from central_api.platform.deps import Principal
from central_api.platform.errors import Unprocessable
from central_api.platform.services import Services
from counter_app.domain.plates import PlateFormatError, SegmentPattern

log = logging.getLogger(__name__)

RAND_MAX = 2**31 - 1  # rand_key is a 32-bit signed INTEGER on both databases
_keys = random.Random()  # keys only spread the rows; the start of each draw is unpredictable
_draw_start = random.SystemRandom()
PLATES = Plate.__table__
COPY_CHUNK = 50_000


def _is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


# --- segments and loading -------------------------------------------------------------------
def pattern_of(segment: PlateSegment) -> SegmentPattern:
    return SegmentPattern.parse(f"{segment.prefix}:{segment.pattern}")


def add_segment(session: Session, services: Services, text: str, *, created_by: str) -> PlateSegment:
    """A pending segment (plates not loaded yet); refused when it overlaps a known one."""
    pattern = SegmentPattern.parse(text)
    for other in session.scalars(select(PlateSegment)):
        if pattern_of(other).overlaps(pattern):
            raise PlateFormatError(f"号段 {pattern} 与已有号段 {other.prefix}:{other.pattern} 重叠")
    last = session.scalar(select(func.max(PlateSegment.sequence))) or 0
    segment = PlateSegment(
        prefix=pattern.prefix, pattern=pattern.pattern, first_plate=pattern.first, last_plate=pattern.last,
        size=pattern.size, sequence=last + 1, status="pending", released_at=None,
        created_at=services.clock.now(), created_by=created_by,
    )
    session.add(segment)
    session.flush()
    return segment


def load_plates(session: Session, segment: PlateSegment) -> int:
    """Insert every plate of the segment as available, in bulk (COPY on PostgreSQL)."""
    pattern = pattern_of(segment)
    started = time.perf_counter()
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        with raw.cursor() as cur, cur.copy("COPY plate (number, segment_id, state, rand_key) FROM STDIN") as copy:
            buffer = io.StringIO()
            for n, number in enumerate(pattern.plates(), start=1):
                buffer.write(f"{number}\t{segment.id}\tavailable\t{_keys.randrange(RAND_MAX)}\n")
                if n % COPY_CHUNK == 0:
                    copy.write(buffer.getvalue().encode())
                    buffer = io.StringIO()
            copy.write(buffer.getvalue().encode())
    else:
        rows = [(number, segment.id, "available", _keys.randrange(RAND_MAX)) for number in pattern.plates()]
        conn.exec_driver_sql("INSERT INTO plate (number, segment_id, state, rand_key) VALUES (?, ?, ?, ?)", rows)
    # Fresh statistics: without them SQLite answers `id IN (…) AND state = …` from the state
    # index (every available plate) instead of the primary key — 200 times slower per draw.
    conn.exec_driver_sql("ANALYZE plate")
    log.info("segment %s: %d plates loaded in %.2f s", pattern, pattern.size, time.perf_counter() - started)
    return pattern.size


def release_segment(session: Session, services: Services, segment: PlateSegment, *, random_only: bool = True) -> bool:
    """pending → released and load its plates; False if another transaction did it first.

    A segment released into a running pool is offered to random draws only for its first
    days (a setting, 7 by default), so that nobody lies in wait for its nicest numbers.
    """
    now = services.clock.now()
    until = now + timedelta(days=services.settings.plate_random_only_days) if random_only else None
    table = PlateSegment.__table__
    done = session.execute(
        update(table).where(table.c.id == segment.id, table.c.status == "pending")
        .values(status="released", released_at=now, random_only_until=until)
    ).rowcount
    if not done:
        return False
    session.refresh(segment)
    load_plates(session, segment)
    return True


def seed_segments(session: Session, services: Services) -> int:
    """An empty pool gets the configured segments; the first is released and open to all at once
    (the random-only period is for segments released into a running pool)."""
    if session.scalar(select(func.count(PlateSegment.id))):
        return 0
    texts = [t.strip() for t in services.settings.plate_initial_segments.split(",") if t.strip()]
    segments = [add_segment(session, services, text, created_by="system") for text in texts]
    if segments:
        release_segment(session, services, segments[0], random_only=False)
    return len(segments)


def available_count(session: Session) -> int:
    """The real number of available plates (an index-only count on (state, rand_key))."""
    return session.scalar(select(func.count()).select_from(Plate).where(Plate.state == "available")) or 0


def available_at_least(session: Session, count: int) -> int:
    """How many plates are available, counting no further than `count` (cheap on a big pool)."""
    inner = select(Plate.id).where(Plate.state == "available").limit(count).subquery()
    return session.scalar(select(func.count()).select_from(inner)) or 0


@dataclass(frozen=True)
class TopUp:
    available: int
    released: list[str]
    pool_low: bool  # below the minimum and no pending segment left


def top_up(session: Session, services: Services) -> TopUp:
    """Release pending segments, in order, while fewer than the minimum plates are available.

    The caller's audit row names the segments released (one audit row per request).
    """
    minimum = services.settings.plate_pool_min_available
    available = available_at_least(session, minimum)
    released: list[str] = []
    while available < minimum:
        query = select(PlateSegment).where(PlateSegment.status == "pending").order_by(PlateSegment.sequence).limit(1)
        if _is_postgresql(session):
            query = query.with_for_update(skip_locked=True)
        segment = session.scalars(query).first()
        if segment is None:
            log.warning("plate pool low: %d available (minimum %d) and no pending segment", available, minimum)
            return TopUp(available, released, True)
        if release_segment(session, services, segment):
            released.append(f"{segment.prefix}:{segment.pattern}")
            log.info("plate pool: %d available, below %d: segment %s released", available, minimum, released[-1])
        available = available_at_least(session, minimum)
    return TopUp(available, released, False)


# --- plates in a selection ------------------------------------------------------------------
def find(session: Session, number: str) -> tuple[Plate, PlateSegment] | None:
    row = session.execute(
        select(Plate, PlateSegment).join(PlateSegment, PlateSegment.id == Plate.segment_id)
        .where(Plate.number == number)
    ).first()
    return None if row is None else (row[0], row[1])


def hold(session: Session, number: str, *, selection_id: int, until: datetime) -> bool:
    """available → held by the selection; False if the plate is not available (taken)."""
    return bool(session.execute(
        update(PLATES).where(PLATES.c.number == number, PLATES.c.state == "available")
        .values(state="held", selection_id=selection_id, hold_expires_at=until)
    ).rowcount)


def draw(session: Session, *, selection_id: int, count: int, until: datetime) -> list[str]:
    """Hold `count` random available plates for the selection; fewer only if the pool runs dry."""
    start = _draw_start.randrange(RAND_MAX)
    postgresql = _is_postgresql(session)
    taken: list[tuple[int, str]] = []
    # From the random start to the end of the key range, then wrap around from the beginning.
    for in_range in (PLATES.c.rand_key >= start, PLATES.c.rand_key < start):
        for _attempt in range(20):  # each round takes the next rows; another draw may win some
            need = count - len(taken)
            if need <= 0:
                break
            query = (select(PLATES.c.id).where(PLATES.c.state == "available", in_range)
                     .order_by(PLATES.c.rand_key).limit(need))
            if postgresql:
                query = query.with_for_update(skip_locked=True)
            ids = list(session.scalars(query))
            if not ids:
                break
            got = session.execute(
                update(PLATES).where(PLATES.c.id.in_(ids), PLATES.c.state == "available")
                .values(state="held", selection_id=selection_id, hold_expires_at=until)
                .returning(PLATES.c.id, PLATES.c.number)
            ).all()
            taken += [(row[0], row[1]) for row in got]
    return [number for _id, number in sorted(taken, key=lambda r: r[1])]


def held_by(session: Session, selection_id: int) -> list[str]:
    return sorted(session.scalars(
        select(Plate.number).where(Plate.selection_id == selection_id, Plate.state == "held")))


def release(session: Session, numbers: list[str], *, selection_id: int | None = None) -> int:
    """held → available with fresh random keys (only plates held by `selection_id` if given)."""
    if not numbers:
        return 0
    condition = [PLATES.c.number == bindparam("b_number"), PLATES.c.state == "held"]
    if selection_id is not None:
        condition.append(PLATES.c.selection_id == selection_id)
    result = session.execute(
        update(PLATES).where(*condition)
        .values(state="available", selection_id=None, hold_expires_at=None, rand_key=bindparam("b_key")),
        [{"b_number": n, "b_key": _keys.randrange(RAND_MAX)} for n in numbers],
    )
    return result.rowcount


def set_state(session: Session, number: str, *, expected: str, new: str, selection_id: int | None = None) -> bool:
    """A conditional change of state (held→reserved, reserved→confirmed, …); False if it moved."""
    condition = [PLATES.c.number == number, PLATES.c.state == expected]
    if selection_id is not None:
        condition.append(PLATES.c.selection_id == selection_id)
    values: dict = {"state": new}
    if new != "held":
        values.update(selection_id=None, hold_expires_at=None)
    if new == "available":
        values["rand_key"] = _keys.randrange(RAND_MAX)
    return bool(session.execute(update(PLATES).where(*condition).values(**values)).rowcount)


# --- the supervisors' view: segments and the next one -------------------------------------------
def segment_public(segment: PlateSegment) -> SegmentPublic:
    return SegmentPublic(
        id=segment.id, segment=f"{segment.prefix}:{segment.pattern}", first_plate=segment.first_plate,
        last_plate=segment.last_plate, size=segment.size, sequence=segment.sequence, status=segment.status,
        released_at=segment.released_at, random_only_until=segment.random_only_until,
    )


def pool_public(session: Session, services: Services) -> PoolPublic:
    """The segments in release order and how many plates are available now (the real count)."""
    segments = session.scalars(select(PlateSegment).order_by(PlateSegment.sequence)).all()
    minimum = services.settings.plate_pool_min_available
    return PoolPublic(segments=[segment_public(s) for s in segments],
                      available=available_count(session), minimum_available=minimum)


def add_next_segment(session: Session, services: Services, principal: Principal, text: str) -> PlateSegment:
    """A supervisor adds the next segment (pending); released at once if the pool is already low."""
    try:
        segment = add_segment(session, services, text, created_by=principal.username)
    except PlateFormatError as exc:
        raise Unprocessable("segment_invalid", str(exc)) from None
    topped = top_up(session, services)
    if topped.released:
        session.refresh(segment)
    audit.by(session, services.clock, principal, action="plate_segment_added", entity="plate_segment",
             entity_id=segment.id, detail={"segment": text, "size": segment.size, "segments_released": topped.released})
    return segment
