"""Typed errors and the one place that shapes every error as {"code", "message"}."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from counter_app.domain.business_names import field_label
from counter_app.domain.identity import FieldError

log = logging.getLogger(__name__)

T = TypeVar("T")


class ErrorBody(BaseModel):
    """Every error the API returns; `code` is stable, `message` is for the clerk to read."""

    code: str
    message: str
    fields: list[str] | None = None
    details: list[dict[str, Any]] | None = None


class ApiError(Exception):
    status_code = 400

    headers: dict[str, str] | None = None

    def __init__(self, code: str, message: str, status_code: int | None = None, *, keep_changes: bool = False,
                 fields: list[str] | None = None, details: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.fields = fields
        self.details = details
        if status_code is not None:
            self.status_code = status_code
        # Commit what the request wrote before failing (a failed log-in counts and is audited).
        self.keep_changes = keep_changes

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.fields:
            body["fields"] = self.fields
        if self.details:
            body["details"] = self.details
        return body


class Unauthorized(ApiError):
    status_code = 401


class Forbidden(ApiError):
    status_code = 403


class NotFound(ApiError):
    status_code = 404


class Conflict(ApiError):
    status_code = 409


class Unprocessable(ApiError):
    status_code = 422


RETRY_AFTER_SECONDS = 2


class ServiceBusy(ApiError):
    """Overload: no place for the request in time (or the pool exhausted). Nothing was done;
    the client waits Retry-After seconds and sends the same request (same Idempotency-Key)."""

    status_code = 503
    headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}

    def __init__(self) -> None:
        super().__init__("service_busy", "中心服务繁忙，本次业务未办理，请稍候重试")


def is_busy(exc: BaseException) -> bool:
    """The database pool exhausted, a pooled connection found dead, or SQLite's lock not granted
    within its busy timeout: nothing was done, the same request may be sent again."""
    from sqlalchemy.exc import DBAPIError, OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    if isinstance(exc, PoolTimeout):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:  # the database restarted: retry
        return True
    return isinstance(exc, OperationalError) and "database is locked" in str(exc.orig)


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` entries so the OpenAPI spec shows the error shape for each status."""
    return {code: {"model": ErrorBody} for code in codes}


_HTTP_MESSAGES = {
    401: ("unauthorized", "未登录或登录已失效，请重新登录"),
    404: ("not_found", "请求的资源不存在"),
    405: ("method_not_allowed", "不支持该请求方法"),
}

_VALIDATION_MESSAGES = {
    "missing": "缺少必填项",
    "json_invalid": "请求内容不是有效的 JSON",
    "string_type": "应为文本",
    "int_type": "应为整数",
    "bool_type": "应为是/否",
    "string_too_short": "内容过短",
    "string_too_long": "内容过长",
    "extra_forbidden": "不允许的字段",
    "model_type": "格式不正确",
    "dict_type": "格式不正确",
}


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


def validation_message(errors: list[dict[str, Any]]) -> tuple[str, list[str]]:
    """「发票照片：缺少必填项」: the field named in Chinese; `fields` keeps the API's names."""
    fields = []
    reasons = []
    for err in errors:
        name = _field_name(tuple(err.get("loc", ())))
        fields.append(name)
        reason = _VALIDATION_MESSAGES.get(err.get("type", ""), "格式不正确")
        reasons.append(f"「{field_label(name)}」{reason}" if name != "body" else reason)
    return "请求数据有误：" + "；".join(reasons[:5]), fields


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        message, fields = validation_message(list(exc.errors()))
        return JSONResponse({"code": "validation_error", "message": message, "fields": fields}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = _HTTP_MESSAGES.get(exc.status_code, ("http_error", "请求无法处理"))
        return JSONResponse({"code": code, "message": message}, status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        if is_busy(exc):
            busy = ServiceBusy()
            return JSONResponse(busy.body(), status_code=busy.status_code, headers=busy.headers)
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse({"code": "internal_error", "message": "服务器内部错误，请稍后重试或联系信息科"}, status_code=500)


def checked(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a domain validator; its FieldError becomes the API's 422 with the same message."""
    try:
        return fn(*args, **kwargs)
    except FieldError as exc:
        raise Unprocessable(exc.code, exc.message, fields=[exc.field]) from None
