"""One transaction per request, and Idempotency-Key handling in that same transaction.

Every route of the API uses `TransactionalRoute`: it opens the request's session, checks the
token and the role its dependencies demand (before the body is read), runs the endpoint, stores
the response of a keyed POST, PUT, PATCH or DELETE beside the effect, and commits once. A repeat
of the key by the same signed-in account with the same body gets the stored response back; with
another body, 422; a caller without a valid token never reaches the stored answers (issue 11).
Errors roll everything back, so a refused request stores nothing.

Overload is answered, never deadlocked (issue 13): a request enters the transactional part
only through an admission gate of `settings.concurrency` places (the database pool holds more
connections than that, the thread pool more threads), so a request holding a connection
always finds a thread and a request waiting for a place holds neither. A request that waits
longer than `settings.queue_timeout_seconds` for its place, or finds the pool exhausted, gets
503 with Retry-After. The database work of a request runs in three thread hand-offs: the
prelude (token looked up once, idempotency claim and stored answer), the endpoint, the end
(commit or rollback, close).

On SQLite a read takes no write lock (a deferred BEGIN); a write takes it with BEGIN
IMMEDIATE, after waiting its turn in the event loop (one writer at a time per process).
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, AsyncIterator, Callable, Coroutine

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.routing import APIRoute
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.models import IdempotencyRecord
from central_api.platform.bounds import out_of_range
from central_api.platform.db import READ_ONLY
from central_api.platform.deps import (
    AuthRequirement,
    TokenLookup,
    auth_requirement,
    lookup_token_row,
    refuse_in_prelude,
    session_replaced,
    valid_lookup,
)
from central_api.platform.errors import ApiError, Conflict, Forbidden, ServiceBusy, Unauthorized, Unprocessable, is_busy
from central_api.platform.services import Services

log = logging.getLogger(__name__)

IDEMPOTENCY_HEADER = "Idempotency-Key"
# Every method that changes something honours a key (issue 11 item 1: PATCH and DELETE too).
KEYED_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# A route declares `openapi_extra=NOT_IDEMPOTENT` when its answer must never be replayed
# from storage (a log-in's answer is a fresh secret).
NOT_IDEMPOTENT = {"x-idempotency-key": "ignored"}
# A GET that writes its own audit row (a read of whole personal numbers, issue 11 item 6) runs as
# a writer: on SQLite it takes the write lock at BEGIN rather than failing to upgrade a snapshot.
AUDITED_READ = {"x-audited-read": True}
MAX_KEY_LENGTH = 128
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


# --- admission ------------------------------------------------------------------------------------
@dataclass
class Gate:
    """The places of one event loop: `concurrency` requests in their transaction at once, and
    on SQLite one writer at a time (the others wait here, not on the database's lock)."""

    loop: asyncio.AbstractEventLoop
    places: asyncio.Semaphore
    writer: asyncio.Lock


def _gate(app: FastAPI, services: Services) -> Gate:
    loop = asyncio.get_running_loop()
    gate: Gate | None = getattr(app.state, "gate", None)
    if gate is None or gate.loop is not loop:
        gate = Gate(loop, asyncio.Semaphore(services.settings.concurrency), asyncio.Lock())
        app.state.gate = gate
    return gate


async def _acquire(acquire: Coroutine[Any, Any, Any], timeout: float) -> None:
    try:
        await asyncio.wait_for(acquire, timeout)
    except asyncio.TimeoutError:
        raise ServiceBusy() from None


@asynccontextmanager
async def admitted(request: Request, services: Services, writes: bool) -> AsyncIterator[None]:
    gate = _gate(request.app, services)
    timeout = services.settings.queue_timeout_seconds
    serialise = writes and services.engine.dialect.name == "sqlite"
    if serialise:
        await _acquire(gate.writer.acquire(), timeout)
    try:
        await _acquire(gate.places.acquire(), timeout)
        try:
            yield
        finally:
            gate.places.release()
    finally:
        if serialise:
            gate.writer.release()


# --- the prelude and the end (one thread hand-off each) -------------------------------------------
def _bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return None


def _prelude(session: Session, services: Services, writes: bool, token: str | None, key: str | None,
             needs: AuthRequirement, operation: str = "") -> tuple[TokenLookup | None, str, IdempotencyRecord | None]:
    """Open the transaction, look the token up (once per request), check it and the role before
    the body is read (issue 11 item 7), then claim the key and find its stored answer. Returns the
    token row, the key's scope and the stored answer (if any).

    A stored answer is replayed only to the signed-in account that stored it (issue 11 item 9):
    a request without a valid token never reaches the key store."""
    if not writes:
        session.connection(execution_options=READ_ONLY)
    found = lookup_token_row(session, token) if token else None
    valid = valid_lookup(found, services.clock)
    if needs.authenticated:
        if token is None:
            raise Unauthorized("not_authenticated", "未登录，请先登录")
        if valid is None:
            if session_replaced(found):
                raise Unauthorized("session_replaced", "该账户已在另一台电脑登录，本机已退出，请重新登录")
            raise Unauthorized("invalid_token", "登录已失效，请重新登录")
        if needs.roles and valid[1].role not in needs.roles:
            refuse_in_prelude(session, services, valid, operation, writes)  # audited, then 403
    scope = f"account:{valid[1].id}" if valid else ""
    stored = None
    if key is not None and valid is not None:
        claimed, stored = _claim_and_find(session, scope, key)
        if not claimed:
            raise Conflict("idempotency_in_progress", "同一业务正在办理中，请稍候查询结果，勿重复提交")
        if stored is not None and expired(stored, services):
            # Kept exactly its retention (issue 11 item 18), whenever the purge last ran.
            session.delete(stored)
            session.flush()
            stored = None
    return found, scope, stored


def expired(record: IdempotencyRecord, services: Services) -> bool:
    """A stored answer lives `idempotency_retention_days` from its creation, not a moment longer."""
    return record.created_at <= services.clock.now() - timedelta(days=services.settings.idempotency_retention_days)


def _end(session: Session, commit: bool) -> None:
    try:
        if commit:
            session.commit()
        else:
            session.rollback()
    finally:
        session.close()


def _claim_and_find(session: Session, scope: str, key: str) -> tuple[bool, IdempotencyRecord | None]:
    """Hold the key for this transaction (False while another request with it is running) and
    find its stored answer.

    PostgreSQL: a transaction-scoped advisory lock on the key, released at commit, when the
    stored answer becomes visible; the lock and the look-up are one statement. Should the
    first request commit between that statement's snapshot and its lock, this one does the
    work again and its own stored answer then collides with the first's (unique key): the
    whole transaction rolls back and the first's answer is replayed (TransactionalRoute).
    SQLite: BEGIN IMMEDIATE already runs one writer at a time, so a repeat waits for the first
    and then finds its answer.
    """
    if session.get_bind().dialect.name != "postgresql":
        return True, _find(session, scope, key)
    claimed, stored_id = session.execute(text(
        "SELECT pg_try_advisory_xact_lock(hashtextextended(:k, 0)), "
        "(SELECT id FROM idempotency_record WHERE scope = :scope AND key = :key)"),
        {"k": f"{scope}\n{key}", "scope": scope, "key": key}).one()
    return bool(claimed), (session.get(IdempotencyRecord, stored_id) if stored_id is not None else None)


def _find(session: Session, scope: str, key: str) -> IdempotencyRecord | None:
    return session.scalars(
        select(IdempotencyRecord).where(IdempotencyRecord.scope == scope, IdempotencyRecord.key == key)
    ).first()


def _replay(record: IdempotencyRecord) -> Response:
    return Response(
        content=record.response_body,
        status_code=record.status_code,
        media_type="application/json",
        headers={"Idempotent-Replayed": "true"},
    )


class TransactionalRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        original = super().get_route_handler()
        keyed_route = bool(self.methods & KEYED_METHODS) and (self.openapi_extra or {}) != NOT_IDEMPOTENT
        needs = auth_requirement(self.dependant)
        audited_read = (self.openapi_extra or {}) == AUDITED_READ

        async def handler(request: Request) -> Response:
            services: Services = request.app.state.services
            writes = request.method not in READ_METHODS or audited_read
            key = request.headers.get(IDEMPOTENCY_HEADER) if keyed_route else None
            if key is not None:
                key = key.strip()
                if not key or len(key) > MAX_KEY_LENGTH:
                    raise Unprocessable("idempotency_key_invalid", "Idempotency-Key 须为1至128个字符")
            async with admitted(request, services, writes):
                return await self._transaction(request, services, original, writes, key, needs)

        return handler

    async def _transaction(self, request: Request, services: Services,
                           original: Callable[[Request], Coroutine[Any, Any, Response]], writes: bool,
                           key: str | None, needs: AuthRequirement) -> Response:
        session = services.sessionmaker()
        request.state.db = session
        scope = ""
        ended = False

        async def end(commit: bool) -> None:
            nonlocal ended
            ended = True
            await run_in_threadpool(_end, session, commit)

        try:
            try:
                found, scope, stored = await run_in_threadpool(_prelude, session, services, writes, _bearer(request),
                                                               key, needs, self.operation_id or request.url.path[:48])
            except BaseException as exc:
                if is_busy(exc):
                    raise ServiceBusy() from exc
                raise
            request.state.token_lookup = found
            if not scope:
                key = None  # no signed-in account: the key is neither looked up nor stored
            request_hash = ""
            if key is not None:
                # Read only now: the token and the role were checked first (issue 11 item 7).
                body = await request.body()
                request_hash = hashlib.sha256(
                    request.method.encode() + b" " + request.url.path.encode() + b"\n" + body
                ).hexdigest()
            if stored is not None:
                try:
                    return self._answer_repeat(stored, request_hash)
                finally:
                    await end(False)
            response = await original(request)
            if key is not None and 200 <= response.status_code < 300:
                session.add(IdempotencyRecord(
                    scope=scope, key=key, method=request.method, path=request.url.path,
                    request_hash=request_hash, status_code=response.status_code,
                    response_body=bytes(response.body).decode(), created_at=services.clock.now(),
                ))
            await end(response.status_code < 400)
            return response
        except ApiError as exc:
            if not ended:
                await end(exc.keep_changes)
            raise
        except IntegrityError:
            if not ended:
                await end(False)
            if key is None:
                raise
            # A concurrent request with the same key committed first: answer as it did.
            stored = await run_in_threadpool(self._find_after, services, scope, key)
            if stored is None:
                raise
            return self._answer_repeat(stored, request_hash)
        except BaseException as exc:
            if not ended:
                await end(False)
            if is_busy(exc):
                raise ServiceBusy() from exc
            refused = out_of_range(exc)
            if refused is not None:
                log.warning("%s %s refused: a value out of range (%s)", request.method, request.url.path,
                            type(exc).__name__)
                raise refused from None
            raise

    @staticmethod
    def _find_after(services: Services, scope: str, key: str) -> IdempotencyRecord | None:
        with services.sessionmaker() as session:
            return _find(session, scope, key)

    @staticmethod
    def _answer_repeat(stored: IdempotencyRecord, request_hash: str) -> Response:
        if stored.request_hash != request_hash:
            raise Unprocessable(
                "idempotency_key_reused", "该请求编号已用于另一项不同的操作，未重复办理"
            )
        return _replay(stored)
