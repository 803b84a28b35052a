"""One transaction per request, and Idempotency-Key handling in that same transaction.

Every route of the API uses `TransactionalRoute`: it opens the request's session, runs the
endpoint, stores the response of a keyed POST beside the effect, and commits once. A repeat
of the key with the same body gets the stored response back; with another body, 422.
Errors roll everything back, so a refused request stores nothing.
"""
from __future__ import annotations

import hashlib
import logging
from typing import Any, Callable, Coroutine

from fastapi import Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.routing import APIRoute
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.models import AuthToken, IdempotencyRecord
from central_api.platform.deps import token_hash
from central_api.platform.errors import ApiError, Conflict, Unprocessable
from central_api.platform.services import Services

log = logging.getLogger(__name__)

IDEMPOTENCY_HEADER = "Idempotency-Key"
# A route declares `openapi_extra=NOT_IDEMPOTENT` when its answer must never be replayed
# from storage (a log-in's answer is a fresh secret).
NOT_IDEMPOTENT = {"x-idempotency-key": "ignored"}
MAX_KEY_LENGTH = 128


def _scope(session: Session, request: Request) -> str:
    """Keys are scoped per account: the one whose token (valid or not any more) sent it."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        account_id = session.scalar(
            select(AuthToken.account_id).where(AuthToken.token_hash == token_hash(auth[7:].strip()))
        )
        if account_id is not None:
            return f"account:{account_id}"
    return "anonymous"


def _claim(session: Session, scope: str, key: str) -> bool:
    """Hold the key for this transaction; False while another request with it is running.

    PostgreSQL: a transaction-scoped advisory lock on the key, released at commit, when the
    stored answer becomes visible. SQLite: BEGIN IMMEDIATE already runs one writer at a time,
    so a repeat waits for the first and then finds its answer.
    """
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(session.scalar(
        text("SELECT pg_try_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": f"{scope}\n{key}"}))


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
        keyed_route = "POST" in self.methods and (self.openapi_extra or {}) != NOT_IDEMPOTENT

        async def handler(request: Request) -> Response:
            services: Services = request.app.state.services
            session = services.sessionmaker()
            request.state.db = session
            key = request.headers.get(IDEMPOTENCY_HEADER) if keyed_route else None
            scope = request_hash = ""
            try:
                if key is not None:
                    key = key.strip()
                    if not key or len(key) > MAX_KEY_LENGTH:
                        raise Unprocessable("idempotency_key_invalid", "Idempotency-Key 须为1至128个字符")
                    body = await request.body()
                    request_hash = hashlib.sha256(
                        request.method.encode() + b" " + request.url.path.encode() + b"\n" + body
                    ).hexdigest()
                    scope = await run_in_threadpool(_scope, session, request)
                    if not await run_in_threadpool(_claim, session, scope, key):
                        raise Conflict("idempotency_in_progress", "同一业务正在办理中，请稍候查询结果，勿重复提交")
                    stored = await run_in_threadpool(_find, session, scope, key)
                    if stored is not None:
                        return self._answer_repeat(stored, request_hash)
                response = await original(request)
                if key is not None and 200 <= response.status_code < 300:
                    session.add(
                        IdempotencyRecord(
                            scope=scope,
                            key=key,
                            method=request.method,
                            path=request.url.path,
                            request_hash=request_hash,
                            status_code=response.status_code,
                            response_body=bytes(response.body).decode(),
                            created_at=services.clock.now(),
                        )
                    )
                if response.status_code < 400:
                    await run_in_threadpool(session.commit)
                else:
                    await run_in_threadpool(session.rollback)
                return response
            except ApiError as exc:
                await run_in_threadpool(session.commit if exc.keep_changes else session.rollback)
                raise
            except IntegrityError:
                await run_in_threadpool(session.rollback)
                if key is None:
                    raise
                # A concurrent request with the same key committed first: answer as it did.
                stored = await run_in_threadpool(_find, session, scope, key)
                if stored is None:
                    raise
                return self._answer_repeat(stored, request_hash)
            except BaseException:
                await run_in_threadpool(session.rollback)
                raise
            finally:
                await run_in_threadpool(session.close)

        return handler

    @staticmethod
    def _answer_repeat(stored: IdempotencyRecord, request_hash: str) -> Response:
        if stored.request_hash != request_hash:
            raise Unprocessable(
                "idempotency_key_reused", "该请求编号已用于另一项不同的操作，未重复办理"
            )
        return _replay(stored)

