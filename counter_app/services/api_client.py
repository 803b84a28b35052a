"""The one HTTP client of the counter app: the central API's JSON over requests.

Connect and read timeouts are seconds (3 s / 5 s by default): a clerk waits on most requests.
Retries are few and only where safe: a GET is tried again once on a refused connection or a
502/503/504 (never after a read timeout: a frozen centre would double the wait); a write is
retried only when it carries an Idempotency-Key (every POST does), so a retried write is never
applied twice; a write without a key is never retried. When the connectivity monitor already
knows the centre is down (`known_offline`), a request fails at once instead of waiting for its
timeout. Errors come back as `ApiError(code, message)` with the server's Chinese message; an
unreachable centre is `OfflineError`. A queue ticket (叫号), when set, goes with every request
as `X-Queue-Ticket`, and the centre keeps it in its audit row.

Transport security (issue 11, item 14): the client refuses to be built for a plain `http://`
address other than this PC itself (loopback: the demo and the embedded centre), and verifies
the centre's certificate on every https request, against the system's trust store or the CA
bundle the station file names (`[centre] ca_bundle`, or COUNTER_CA_BUNDLE). A certificate that
fails verification is `ApiError("tls_failed")`, not "offline": it is not a dropped link.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
import platform
from pathlib import Path
from typing import Any, Callable

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from counter_app.services.device_identity import DeviceIdentity, Enrolment

log = logging.getLogger(__name__)

SESSION_ENDED = frozenset({"session_replaced"})


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


class InsecureAddressError(ApiError):
    """The address is refused before any request: plain http to another host, or not a URL."""


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
    must_change_password: bool = False  # created or reset by a supervisor: change it first (issue 12)
    password_expired: bool = False


class ApiClient:
    def __init__(
        self, base_url: str, *, connect_timeout: float = 3.0, read_timeout: float = 5.0,
        retries: int = 1, backoff: float = 0.2, ca_bundle: str | None = None,
    ) -> None:
        self.base_url = _checked_address(base_url)
        # True: the system's trust store; a path: that CA bundle. Never False.
        self.verify: bool | str = _checked_bundle(ca_bundle) if ca_bundle else True
        self.timeout = (connect_timeout, read_timeout)
        self.token: str | None = None
        self.username: str | None = None  # the account signed in: the outbox replays only its writes
        self.known_offline = False  # set by the connectivity monitor: fail fast while it holds
        self.queue_ticket: str | None = None  # the hall's queue ticket of the customer served now
        # This PC's key pair (issue 11): a sign-in carries its signature when set.
        self.device: DeviceIdentity | None = None
        # Called (from the worker thread) when the centre ended this session: a newer sign-in
        # of the account elsewhere, or this PC revoked. The app returns to the sign-in.
        self.on_session_ended: Callable[[str], None] | None = None
        reads = min(retries, 1)  # a lookup the clerk waits for is tried at most twice
        self._session = self._mounted(Retry(
            total=reads, connect=reads, read=0, status=reads, status_forcelist=(502, 503, 504),
            allowed_methods=frozenset({"GET", "HEAD"}), backoff_factor=backoff, raise_on_status=False,
            respect_retry_after_header=False))
        # Writes that carry an Idempotency-Key may be retried: the centre answers a repeat from storage.
        # An overloaded centre answers 503 with Retry-After (issue 13): such a write waits as told and is
        # sent again with the same key, up to twice.
        overloaded = max(retries, 2)
        self._keyed = self._mounted(Retry(
            total=overloaded, connect=retries, read=retries, status=overloaded, status_forcelist=(502, 503, 504),
            allowed_methods=None, backoff_factor=backoff, raise_on_status=False, respect_retry_after_header=True))
        self._plain = requests.Session()
        # Health probes must answer fast and honestly: no retries behind them.
        self._probe = requests.Session()
        # Passed with each request too: requests lets REQUESTS_CA_BUNDLE override a session's own.
        for session in (self._session, self._keyed, self._plain, self._probe):
            session.verify = self.verify

    @staticmethod
    def _mounted(retry: Retry) -> requests.Session:
        session = requests.Session()
        for scheme in ("http://", "https://"):
            session.mount(scheme, HTTPAdapter(max_retries=retry, pool_maxsize=8))
        return session

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
                idempotency_key: str | None = None, token: str | None = None,
                queue_ticket: str | None = None, read_timeout: float | None = None, retry: bool = True) -> Any:
        if self.known_offline:
            raise OfflineError("known offline")
        headers = self._headers(token)
        method = method.upper()
        if method == "POST" and idempotency_key is None:
            idempotency_key = str(uuid.uuid4())
        if method not in ("GET", "HEAD") and idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        if queue_ticket is None:
            queue_ticket = self.queue_ticket
        if queue_ticket:
            headers["X-Queue-Ticket"] = queue_ticket
        if not retry:
            session = self._plain
        elif "Idempotency-Key" in headers:
            session = self._keyed
        elif method in ("GET", "HEAD"):
            session = self._session
        else:
            session = self._plain  # a write without a key is sent once
        try:
            timeout = self.timeout if read_timeout is None else (self.timeout[0], read_timeout)
            response = session.request(method, self._url(path), json=json, params=params,
                                       headers=headers, timeout=timeout, verify=self.verify)
        except requests.exceptions.SSLError as exc:
            raise _tls_failed(exc) from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            log.info("central API unreachable: %s %s: %s", method, path, type(exc).__name__)
            raise OfflineError(str(exc)) from exc
        try:
            return self._decode(response)
        except ApiError as exc:
            if exc.code in SESSION_ENDED and self.on_session_ended is not None and (token or self.token):
                self.on_session_ended(exc.message)
            raise

    def get(self, path: str, **params: Any) -> Any:
        return self.request("GET", path, params=params or None)

    def post(self, path: str, body: Any = None, *, idempotency_key: str | None = None) -> Any:
        return self.request("POST", path, json=body, idempotency_key=idempotency_key)

    # --- endpoints ----------------------------------------------------------------------
    def health(self, timeout: float = 1.5) -> dict[str, Any]:
        try:
            response = self._probe.get(self._url("/health"), timeout=(timeout, timeout), verify=self.verify)
        except requests.Timeout as exc:  # (before ConnectionError: ConnectTimeout is both)
            raise OfflineError("timeout") from exc
        except requests.exceptions.SSLError as exc:
            raise _tls_failed(exc) from exc
        except requests.ConnectionError as exc:
            raise OfflineError(str(exc)) from exc
        return self._decode(response)

    def login(self, username: str, password: str, station_id: int | None) -> LoginInfo:
        # Password hashing takes the centre a moment under load; a sign-in is never sent twice (each
        # attempt counts towards the lock-out), and it runs off the UI thread.
        body: dict[str, Any] = {"username": username, "password": password, "station_id": station_id}
        if self.device is not None:
            body.update(self._device_proof(username, station_id))
        answer = self.request("POST", "/auth/login", json=body, read_timeout=max(self.timeout[1], 20.0), retry=False)
        self.token = answer["access_token"]
        self.username = answer["username"]
        return LoginInfo(
            username=answer["username"], display_name=answer["display_name"], role=answer["role"],
            station=answer["station"], expires_at=datetime.fromisoformat(answer["expires_at"]),
            password_expired=bool(answer.get("password_expired")),
            must_change_password=bool(answer.get("must_change_password", False)),
        )

    def _device_proof(self, username: str, station_id: int | None, *, again: bool = True) -> dict[str, Any]:
        """This PC's signature over a fresh challenge; enrols the PC first when it is not yet
        (the demo centre approves at once; a real one shows the code to approve)."""
        assert self.device is not None
        enrolment = self.device.enrolment(self.base_url)
        if enrolment is not None and enrolment.status != "active":
            status = self.request("GET", f"/devices/{enrolment.device_id}/status", retry=False)["status"]
            if status == "active":
                enrolment = Enrolment(enrolment.device_id, "active")
                self.device.save(self.base_url, enrolment)
            elif status == "revoked":  # kept: every later sign-in says the same (the key cannot enrol again)
                raise ApiError("device_not_enrolled", "本机已被注销，请联系系统管理员", 401)
            elif status == "expired":  # the code ran out unapproved: ask for a new one below
                self.device.save(self.base_url, None)
                enrolment = None
        if enrolment is None:
            if station_id is None:
                raise ApiError("device_station_unknown", "请先选择本机所在站点", 422)
            answer = self.request("POST", "/devices/enrolment", retry=False, json={
                "public_key": self.device.public_key(), "station_id": station_id,
                "name": platform.node()[:64] or "counter-pc"})
            enrolment = Enrolment(answer["device_id"], answer["status"], answer["code"])
            self.device.save(self.base_url, enrolment)
        if enrolment.status != "active":
            raise ApiError("device_pending",
                           f"本机尚未登记。请系统管理员批准登记码 {enrolment.code} 后再登录", 403,
                           details=[{"code": enrolment.code}])
        try:
            challenge = self.request("POST", "/auth/challenge", json={"device_id": enrolment.device_id},
                                     retry=False)["challenge"]
        except ApiError as exc:
            if exc.code != "device_not_enrolled" or not again:
                raise
            if self._device_revoked(enrolment.device_id):
                # The same key cannot enrol again (409 device_known): say what happened instead.
                raise ApiError("device_not_enrolled", "本机已被注销，请联系系统管理员", 401) from None
            # This centre does not know the PC (a new demo database): enrol anew once.
            self.device.save(self.base_url, None)
            return self._device_proof(username, station_id, again=False)
        return {"device_id": enrolment.device_id, "challenge": challenge,
                "signature": self.device.sign(challenge, username)}

    def _device_revoked(self, device_id: int) -> bool:
        try:
            return self.request("GET", f"/devices/{device_id}/status", retry=False)["status"] == "revoked"
        except ApiError as exc:
            if exc.code == "device_not_found":
                return False
            raise

    def logout(self, token: str) -> None:
        """Revoke a token (the caller has already forgotten it)."""
        self.request("POST", "/auth/logout", token=token)

    def stations(self) -> list[dict[str, Any]]:
        return self.get("/stations")["data"]


def _checked_address(base_url: str) -> str:
    """https to any host, http only to loopback (the rule of station_setup.normalise_address)."""
    from counter_app.services.station_setup import AddressError, normalise_address

    try:
        return normalise_address(base_url)
    except AddressError as exc:
        log.error("central service address refused: %s", exc.code)
        raise InsecureAddressError(exc.code, exc.message) from None


def _checked_bundle(path: str) -> str:
    if not Path(path).is_file():
        raise InsecureAddressError("ca_bundle_missing", f"找不到中心服务的证书文件（CA 证书包）：{path}，请联系信息科")
    return path


def _tls_failed(exc: Exception) -> ApiError:
    log.warning("TLS verification of the central service failed: %s", type(exc).__name__)
    return ApiError("tls_failed", "中心服务的证书未通过校验，连接已拒绝；请联系信息科确认地址和证书", None)
