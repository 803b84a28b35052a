"""The centre as deployed: `central-api` processes on loopback behind Debian's nginx, configured
from deploy/nginx-central-api.conf (TLS with a throwaway certificate), on the test PostgreSQL.
"""
from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from pytest_postgresql.janitor import DatabaseJanitor

from counter_app.services.embedded_api import free_port

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))  # the load generator (benchmarks/loadgen.py)

_numbers = itertools.count()


@pytest.fixture
def pg_url(pg_server, pg_template) -> Iterator[str]:  # noqa: ANN001
    """A fresh migrated database on the session's PostgreSQL server."""
    name = f"counter_scale_{os.getpid()}_{next(_numbers)}"
    with DatabaseJanitor(user=pg_server.user, host=pg_server.host, port=pg_server.port, dbname=name,
                         template_dbname=pg_template):
        yield pg_server.url(name)


def _wait(url: str, proc: subprocess.Popen, log: Path, timeout: float, verify: str | bool = True) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[:3]} exited early:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            if requests.get(url, timeout=2, verify=verify).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout} s:\n{log.read_text(errors='replace')[-3000:]}")


class Process:
    def __init__(self, cmd: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(cmd, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT,
                                         cwd=ROOT)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


class CentralApi(Process):
    """`central-api --demo` (the demo accounts; the data is seeded by the first instance)."""

    def __init__(self, db_url: str, workdir: Path, *, workers: int = 1, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        cmd = [sys.executable, "-m", "central_api", "--demo", "--host", "127.0.0.1", "--port", str(self.port),
               "--workers", str(workers)]
        super().__init__(cmd, {"DATABASE_URL": db_url, **(env or {})}, workdir / f"central-{self.port}.log")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def wait(self, timeout: float = 60) -> CentralApi:
        _wait(f"{self.url}/health", self.proc, self.log, timeout)
        return self


def nginx_config(template: str, prefix: Path, port: int, http_port: int, upstreams: list[int]) -> str:
    """deploy/nginx-central-api.conf on loopback: these ports, a throwaway certificate."""
    site = template
    servers = "\n".join(f"    server 127.0.0.1:{p} max_fails=3 fail_timeout=10s;" for p in upstreams)
    site = re.sub(r"(?m)^    server 127\.0\.0\.1:87\d\d .*\n", "", site)
    site = site.replace("    least_conn;\n", f"    least_conn;\n{servers}\n")
    site = re.sub(r"(?m)^\s*listen \[::\].*\n", "", site)
    site = site.replace("listen 80;", f"listen 127.0.0.1:{http_port};")
    site = site.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port} ssl http2;")
    site = site.replace("/etc/central-api/tls/", f"{prefix}/")
    return f"""
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 2048; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
{site}
}}
"""


class Nginx(Process):
    def __init__(self, workdir: Path, upstreams: list[int]) -> None:
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(nginx).exists():
            pytest.fail("Debian's nginx is missing: `make test` installs it (scripts/system-deps.sh)", pytrace=False)
        prefix = workdir / "nginx"
        prefix.mkdir()
        if os.geteuid() == 0:  # nginx's workers run as nobody
            os.chmod(workdir, 0o755)
            os.chmod(prefix, 0o777)
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", str(prefix / "privkey.pem"), "-out", str(prefix / "fullchain.pem")],
                       check=True, capture_output=True)
        self.cert = str(prefix / "fullchain.pem")
        self.port = free_port()
        conf = prefix / "nginx.conf"
        conf.write_text(nginx_config((ROOT / "deploy" / "nginx-central-api.conf").read_text(), prefix, self.port,
                                     free_port(), upstreams))
        check = subprocess.run([nginx, "-t", "-p", str(prefix), "-c", str(conf)], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
        super().__init__([nginx, "-p", str(prefix), "-c", str(conf), "-g", "daemon off;"], {}, prefix / "stdout.log")
        _wait(f"{self.url}/health", self.proc, prefix / "error.log", 30, verify=self.cert)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}/api/v1"
