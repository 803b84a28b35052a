"""Starts the central API as a child process on a free loopback port (demo, `make run`)."""
from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

log = logging.getLogger(__name__)


# The counter's hidden argument that runs the centre instead (counter_app/entry.py dispatches it).
RUN_CENTRAL_API = "--run-central-api"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def central_api_command() -> list[str]:
    """How to start the centre as a child: `python -m central_api`, or, in a frozen program
    (where `sys.executable` is the counter itself), the counter's hidden `--run-central-api`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, RUN_CENTRAL_API]
    return [sys.executable, "-m", "central_api"]


class EmbeddedApi:
    """`central-api --demo` on SQLite in the counter's data directory, stopped with the app."""

    def __init__(self, data_dir: Path, *, demo: bool = True, port: int | None = None,
                 extra_env: dict[str, str] | None = None) -> None:
        self.data_dir = data_dir
        self.demo = demo
        self.port = port or free_port()
        self.extra_env = extra_env or {}
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> str:
        """Start the process and return at once; the connectivity monitor sees it come up."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ)
        env.setdefault("DATABASE_URL", f"sqlite:///{self.data_dir / 'central-demo.sqlite3'}")
        env.update(self.extra_env)
        cmd = [*central_api_command(), "--host", "127.0.0.1", "--port", str(self.port)]
        if self.demo:
            cmd.append("--demo")
        log_path = self.data_dir / "central-api.log"
        with open(log_path, "ab") as log_file:
            self.process = subprocess.Popen(cmd, env=env, stdout=log_file, stderr=subprocess.STDOUT)
        log.info("embedded central API starting on %s (log: %s)", self.base_url, log_path)
        return self.base_url

    def stop(self, timeout: float = 10.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout)
        log.info("embedded central API stopped")
