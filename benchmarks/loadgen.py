"""A small HTTP/1.1 load generator on asyncio streams, for the central-service benchmarks.

Each of `connections` keep-alive connections sends one request after another until the
duration or the request budget is spent; then every request already sent is waited for
(up to `timeout`), so "every request answered" can be checked: a request that gets no answer
within the timeout, or whose connection fails, is counted as unanswered, never silently lost.

It is deliberately small (no parsing beyond status line, headers and Content-Length) so that
it costs the 2-core machine little next to the server it measures.
"""
from __future__ import annotations

import asyncio
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

# A request: method, path, extra headers, body (bytes or None).
Request = tuple[str, str, dict[str, str], bytes | None]
RequestFactory = Callable[[int], Request]


@dataclass
class LoadResult:
    connections: int
    elapsed: float
    statuses: Counter = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    unanswered: int = 0
    retry_after_seen: int = 0

    @property
    def answered(self) -> int:
        return sum(self.statuses.values())

    @property
    def ok(self) -> int:
        return sum(n for status, n in self.statuses.items() if 200 <= status < 300)

    @property
    def rate(self) -> float:
        return self.ok / self.elapsed if self.elapsed else 0.0

    def percentile(self, q: float) -> float:
        """Latency percentile in milliseconds over the answered requests."""
        if not self.latencies:
            return float("nan")
        if len(self.latencies) == 1:
            return self.latencies[0] * 1000
        return statistics.quantiles(self.latencies, n=1000, method="inclusive")[int(q * 10) - 1] * 1000

    def summary(self) -> str:
        codes = ", ".join(f"{n} × {s}" for s, n in sorted(self.statuses.items()))
        return (f"{self.rate:,.0f} req/s, p50 {self.percentile(50):,.0f} ms, p99 {self.percentile(99):,.0f} ms "
                f"({self.answered:,} answered: {codes}; {self.unanswered} unanswered; {self.elapsed:.1f} s)")

    def as_dict(self) -> dict:
        return {"connections": self.connections, "rate": round(self.rate, 1), "ok": self.ok,
                "p50_ms": round(self.percentile(50), 1), "p99_ms": round(self.percentile(99), 1),
                "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
                "unanswered": self.unanswered, "elapsed_s": round(self.elapsed, 2)}


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, dict[str, str], bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    body = await reader.readexactly(length) if length else b""
    return status, headers, body


def _encode(host: str, request: Request) -> bytes:
    method, path, headers, body = request
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if body is not None:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + (body or b"")


async def _worker(host: str, port: int, make: RequestFactory, counter: list[int], budget: int, stop_at: float,
                  timeout: float, result: LoadResult, on_response: Callable[[int, bytes], None] | None) -> None:
    reader = writer = None
    try:
        while time.monotonic() < stop_at and counter[0] < budget:
            n = counter[0]
            counter[0] += 1
            payload = _encode(host, make(n))
            t0 = time.perf_counter()
            try:
                if writer is None:
                    reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
                writer.write(payload)
                status, headers, body = await asyncio.wait_for(_read_response(reader), timeout)
            except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError):
                result.unanswered += 1
                if writer is not None:
                    writer.close()
                reader = writer = None
                continue
            result.latencies.append(time.perf_counter() - t0)
            result.statuses[status] += 1
            if "retry-after" in headers:
                result.retry_after_seen += 1
            if on_response is not None:
                on_response(status, body)
            if headers.get("connection", "").lower() == "close":
                writer.close()
                reader = writer = None
    finally:
        if writer is not None:
            writer.close()


async def run_load(host: str, port: int, make: RequestFactory, *, connections: int, duration: float,
                   max_requests: int = 10**9, timeout: float = 60.0,
                   on_response: Callable[[int, bytes], None] | None = None) -> LoadResult:
    """Drive `connections` connections for `duration` seconds (or `max_requests` requests)."""
    result = LoadResult(connections=connections, elapsed=0.0)
    counter = [0]
    t0 = time.monotonic()
    stop_at = t0 + duration
    await asyncio.gather(*(_worker(host, port, make, counter, max_requests, stop_at, timeout, result, on_response)
                           for _ in range(connections)))
    result.elapsed = time.monotonic() - t0
    return result


def load(host: str, port: int, make: RequestFactory, **kwargs) -> LoadResult:  # noqa: ANN003
    return asyncio.run(run_load(host, port, make, **kwargs))
