"""A server installs without Qt: `.[server]` alone in a fresh virtual environment serves the API.

    python scripts/check_server_install.py [--keep DIR]

Creates a virtual environment, installs the project (a built wheel, not the source tree) with
the `server` extra only, checks that none of the client's libraries came along (PySide6,
qt-material, reportlab, requests), starts `central-api` on SQLite (from another folder, so that the source tree is not what is imported)
and waits for
`GET /api/v1/health`. Exits 0 when all holds; prints each step's time. pip's cache is reused,
so a second run installs in seconds. Run by tests/test_server_install.py (`make test`).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLIENT_ONLY = ("PySide6", "qt_material", "reportlab", "requests")
INSTALL_TIMEOUT = 420  # seconds; from the registry with a cold cache, ~1 min here
START_TIMEOUT = 90

log = logging.getLogger("check_server_install")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _step(name: str, started: float) -> None:
    log.info("%-32s %6.1f s", name, time.monotonic() - started)


def source_copy(dest: Path) -> Path:
    """The project's files as git sees them (tracked and new, not ignored), so that the build
    neither writes build/ into the work tree nor picks up a stale one."""
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    return dest


def create_and_install(venv: Path, source: Path) -> None:
    started = time.monotonic()
    # No pip inside (ensurepip alone takes a minute on a busy machine): this pip installs into it.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    _step("venv created", started)
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--quiet",
                    "--disable-pip-version-check", f"{source}[server]"], check=True, timeout=INSTALL_TIMEOUT, cwd=venv)
    _step("pip install .[server]", started)


def client_libraries_present(venv: Path) -> list[str]:
    probe = ("import importlib.util, json, sys; "
             f"print(json.dumps([m for m in {CLIENT_ONLY!r} if importlib.util.find_spec(m) is not None]))")
    out = subprocess.run([str(venv / "bin" / "python"), "-c", probe], check=True, capture_output=True, text=True,
                         cwd=venv)
    return json.loads(out.stdout)


def pyside6_imports(venv: Path) -> bool:
    """What a clerk's PC needs and a server must not: `import PySide6` fails there."""
    return subprocess.run([str(venv / "bin" / "python"), "-c", "import PySide6"], capture_output=True,
                          cwd=venv).returncode == 0


def serve_and_check_health(venv: Path, workdir: Path) -> dict:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CENTRAL_API_", "PYTHON"))}
    env.update(DATABASE_URL=f"sqlite:///{workdir / 'central.sqlite3'}",
               CENTRAL_API_PLATE_SEGMENTS="苏A:0L0DL",  # a small segment: 5,760 plates load in a second
               CENTRAL_API_PLATE_POOL_MIN_AVAILABLE="1000")
    started = time.monotonic()
    proc = subprocess.Popen([str(venv / "bin" / "central-api"), "--host", "127.0.0.1", "--port", str(port)],
                            cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = started + START_TIMEOUT
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"central-api exited with {proc.returncode}:\n{proc.stdout.read()}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=2) as response:
                    body = json.load(response)
                    _step("central-api answers /health", started)
                    return body
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"central-api did not answer /api/v1/health within {START_TIMEOUT} s")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="build the environment here and leave it (default: a temporary one)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    base = args.keep or Path(tempfile.mkdtemp(prefix="server-only-"))
    try:
        venv = base / "venv"
        create_and_install(venv, source_copy(base / "source"))
        present = client_libraries_present(venv)
        if present or pyside6_imports(venv):
            log.error("the server-only install brought client libraries: %s", ", ".join(present) or "PySide6")
            return 1
        log.info("client libraries absent: %s", ", ".join(CLIENT_ONLY))
        body = serve_and_check_health(venv, base)
        if body.get("status") != "ok":
            log.error("unexpected /health answer: %s", body)
            return 1
        log.info("server-only install serves the API: %s", body)
        return 0
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
