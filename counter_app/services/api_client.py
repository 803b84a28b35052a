"""The one HTTP client of the counter app: the central API's JSON over requests.

One `requests.Session` with connect/read timeouts and retries (connection errors and
502/503/504, with backoff). Every POST carries an Idempotency-Key, so a retried POST is
never applied twice. Errors come back as `ApiError(code, message)` with the server's Chinese
message; an unreachable centre is `OfflineError`.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class ApiError(Exception):
    """The centre said no: `code` is stable, `message` is Chinese for the clerk, `fields` names
    the form fields concerned, `details` carries structured facts (e.g. mismatched records)."""

    def __init__(self, code: str, message: str, status: int | None = None, *,
                 fields: list[str] | None = None, details: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.fields = fields or []
        self.details = details or []


class OfflineError(ApiError):
    def __init__(self, detail: str = "") -> None:
        super().__init__("offline", "无法连接中心服务，请检查网络", None)
        self.detail = detail


@dataclass(frozen=True)
class LoginInfo:
    username: str
    display_name: str
    role: str
    station: dict[str, Any]
    expires_at: datetime


class ApiClient:
    def __init__(
        self, base_url: str, *, connect_timeout: float = 3.0, read_timeout: float = 15.0,
        retries: int = 3, backoff: float = 0.3,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self.token: str | None = None
        retry = Retry(
            total=retries, connect=retries, read=retries, status=retries,
            status_forcelist=(502, 503, 504), allowed_methods=None,  # POSTs too: they carry a key
            backoff_factor=backoff, raise_on_status=False, respect_retry_after_header=True,
        )
        self._session = requests.Session()
        self._session.mount("http://", HTTPAdapter(max_retries=retry, pool_maxsize=8))
        self._session.mount("https://", HTTPAdapter(max_retries=retry, pool_maxsize=8))
        # Health probes must answer fast and honestly: no retries behind them.
        self._probe = requests.Session()

    # --- plumbing -----------------------------------------------------------------------
    def _url(self, path: str) -> str:
        return f"{self.base_url}/api/v1{path}"

    def _headers(self, token: str | None = None) -> dict[str, str]:
        token = token or self.token
        return {"Authorization": f"Bearer {token}"} if token else {}

    @staticmethod
    def _decode(response: requests.Response) -> Any:
        if response.status_code >= 400:
            try:
                body = response.json()
                code, message = body["code"], body["message"]
            except (ValueError, KeyError, TypeError):
                raise ApiError("http_error", f"中心服务返回错误（{response.status_code}）", response.status_code) from None
            raise ApiError(code, message, response.status_code, fields=body.get("fields"), details=body.get("details"))
        if response.status_code == 204 or not response.content:
            return None
        return response.json()

    def request(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
                idempotency_key: str | None = None, token: str | None = None) -> Any:
        headers = self._headers(token)
        if method.upper() == "POST":
            headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
        try:
            response = self._session.request(method, self._url(path), json=json, params=params,
                                             headers=headers, timeout=self.timeout)
        except (requests.ConnectionError, requests.Timeout) as exc:
            log.info("central API unreachable: %s %s: %s", method, path, type(exc).__name__)
            raise OfflineError(str(exc)) from exc
        return self._decode(response)

    def get(self, path: str, **params: Any) -> Any:
        return self.request("GET", path, params=params or None)

    def post(self, path: str, body: Any = None, *, idempotency_key: str | None = None) -> Any:
        return self.request("POST", path, json=body, idempotency_key=idempotency_key)

    # --- endpoints ----------------------------------------------------------------------
    def health(self, timeout: float = 1.5) -> dict[str, Any]:
        try:
            response = self._probe.get(self._url("/health"), timeout=(timeout, timeout))
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise OfflineError(str(exc)) from exc
        return self._decode(response)

    def login(self, username: str, password: str, station_id: int | None) -> LoginInfo:
        body = self.request("POST", "/auth/login",
                            json={"username": username, "password": password, "station_id": station_id})
        self.token = body["access_token"]
        return LoginInfo(
            username=body["username"], display_name=body["display_name"], role=body["role"],
            station=body["station"], expires_at=datetime.fromisoformat(body["expires_at"]),
        )

    def logout(self, token: str) -> None:
        """Revoke a token (the caller has already forgotten it)."""
        self.request("POST", "/auth/logout", token=token)

    def stations(self) -> list[dict[str, Any]]:
        return self.get("/stations")["data"]
