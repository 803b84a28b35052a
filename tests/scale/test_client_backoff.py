"""The counter's client backs off on 503: it waits the Retry-After the centre gives and sends
the same request again with the same Idempotency-Key (so the retried write is applied once).

The centre's overload answer is reproduced by a small HTTP server on loopback that answers
the first two attempts exactly as central_api.errors.ServiceBusy does, then 201.
"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from central_api.platform.errors import RETRY_AFTER_SECONDS, ServiceBusy
from counter_app.services.api_client import ApiClient


class OverloadedCentre(BaseHTTPRequestHandler):
    seen: list[tuple[float, str | None]] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.seen.append((time.monotonic(), self.headers.get("Idempotency-Key")))
        busy = ServiceBusy()
        if len(self.seen) <= 2:
            body, status, headers = json.dumps(busy.body()).encode(), busy.status_code, busy.headers
        else:
            body, status, headers = b'{"id": 7}', 201, {}
        self.send_response(status)
        for name, value in {**headers, "Content-Type": "application/json",
                            "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args) -> None:  # noqa: ANN002
        pass


def test_a_503_is_retried_after_retry_after_with_the_same_idempotency_key():
    OverloadedCentre.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), OverloadedCentre)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        api = ApiClient(f"http://127.0.0.1:{server.server_address[1]}", retries=3, backoff=0.01)
        answer = api.post("/users/personal", {"user_type": "learner"})
    finally:
        server.shutdown()
        server.server_close()
    assert answer == {"id": 7}
    assert len(OverloadedCentre.seen) == 3
    keys = {key for _t, key in OverloadedCentre.seen}
    assert len(keys) == 1 and None not in keys
    gaps = [b[0] - a[0] for a, b in zip(OverloadedCentre.seen, OverloadedCentre.seen[1:])]
    assert all(gap >= RETRY_AFTER_SECONDS * 0.95 for gap in gaps), gaps  # waited as told, not hammering
