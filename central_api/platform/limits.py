"""What a request may carry before any route sees it (issue 11 items 7 and 8).

`RequestLimitsMiddleware` is pure ASGI and runs before routing:
- a body larger than the route's limit is refused with 413 `body_too_large` before it is read:
  at once from its Content-Length, or as soon as the streamed bytes pass the limit (chunked
  uploads), so an anonymous caller can make the service hold at most the limit per request;
- a NUL character anywhere in the path, the query or a JSON string is refused with 422
  `nul_character` (PostgreSQL cannot store it and no field of ours needs it).

The body is buffered (at most the limit) and handed on unchanged. The token and the role are
checked before the body is parsed (TransactionalRoute), so a caller without the right gets
401/403 without the service parsing its JSON.
"""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from central_api.platform.errors import ApiError

DEFAULT_BODY_LIMIT = 1024 * 1024  # 1 MiB: every JSON body of the API is far smaller
# The invoice photo (< 1024 KB, seed) arrives base64-encoded inside JSON: 4/3 of it, plus the form.
PHOTO_BODY_LIMIT = 2 * 1024 * 1024
PHOTO_ROUTES: Mapping[tuple[str, str], int] = {("POST", "/api/v1/plate-selections"): PHOTO_BODY_LIMIT}

# `\u0000` in JSON text: an escape preceded by an even number of backslashes (else it is text).
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000", re.IGNORECASE)


class BodyTooLarge(ApiError):
    status_code = 413

    def __init__(self, limit: int) -> None:
        super().__init__("body_too_large", f"提交的内容过大（上限 {limit // 1024} KB），未办理")


class NulCharacter(ApiError):
    status_code = 422

    def __init__(self) -> None:
        super().__init__("nul_character", "请求中含有不允许的空字符（NUL），未办理")


def body_limit(method: str, path: str) -> int:
    return PHOTO_ROUTES.get((method, path.rstrip("/")), DEFAULT_BODY_LIMIT)


def has_nul(scope: Mapping[str, Any]) -> bool:
    raw_path = scope.get("raw_path") or scope.get("path", "").encode()
    query = scope.get("query_string", b"")
    return any(b"\x00" in part or b"%00" in part.lower() for part in (raw_path, query)) or "\x00" in scope.get(
        "path", "")


def body_has_nul(body: bytes) -> bool:
    return b"\x00" in body or _JSON_NUL.search(body) is not None


class RequestLimitsMiddleware:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if has_nul(scope):
            await _refuse(send, NulCharacter())
            return
        limit = body_limit(scope["method"], scope["path"])
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            try:
                too_large = int(declared) > limit
            except ValueError:
                too_large = False
            if too_large:
                await _refuse(send, BodyTooLarge(limit))
                return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await _refuse(send, BodyTooLarge(limit))
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if body and body_has_nul(body):
            await _refuse(send, NulCharacter())
            return
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _refuse(send: Any, error: ApiError) -> None:
    payload = json.dumps(error.body(), ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": error.status_code,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": payload})
