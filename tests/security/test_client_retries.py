"""Issue 11 item 1, the client's half: only a request that carries an Idempotency-Key is sent again.

A loopback HTTP server that answers 503 counts what arrives: a PATCH or DELETE without a key
reaches it once, the same with a key is retried (the centre answers a keyed repeat from storage).
Bounded: each request waits at most 2 s, backoff 0.
"""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from counter_app.services.api_client import ApiClient, ApiError


class _Busy(BaseHTTPRequestHandler):
    seen: list[tuple[str, str | None]] = []

    def _answer(self) -> None:
        self.seen.append((self.command, self.headers.get("Idempotency-Key")))
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        body = b'{"code": "service_busy", "message": "\\u7e41\\u5fd9"}'
        self.send_response(503)
        self.send_header("Content-Type", "application/json")
        self.send_header("Retry-After", "0")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PATCH = do_DELETE = do_POST = do_GET = _answer

    def log_message(self, *_args) -> None:  # noqa: ANN002
        pass


@pytest.fixture
def busy_server():  # noqa: ANN201
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Busy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Busy.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("method", ["PATCH", "DELETE"])
def test_a_write_without_a_key_is_sent_once_and_with_a_key_retried(busy_server, method):
    api = ApiClient(busy_server, connect_timeout=2, read_timeout=2, retries=2, backoff=0)
    with pytest.raises(ApiError):
        api.request(method, "/users/1", json={"mobile": "13912345678"} if method == "PATCH" else None)
    assert _Busy.seen == [(method, None)]
    _Busy.seen.clear()
    with pytest.raises(ApiError):
        api.request(method, "/users/1", idempotency_key="k-1")
    assert len(_Busy.seen) > 1 and all(s == (method, "k-1") for s in _Busy.seen)
