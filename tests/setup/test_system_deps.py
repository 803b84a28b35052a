"""`scripts/system-deps.sh` as a newcomer meets it: the check is stable and set-up runs once.

The check used to pipe `ldconfig -p` into `grep -q` under `set -o pipefail`: grep exits at the
first match, ldconfig dies of SIGPIPE, and a library that is installed was reported missing at
random (10 of 20 runs as a non-root user). Shims named like the package managers record any call.
"""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "system-deps.sh"
MANAGERS = ("apt-get", "apt", "dpkg", "aptitude", "apt-cache")


@pytest.fixture
def tmp_path(tmp_path_factory):  # noqa: ANN001, ANN201 - a directory `nobody` can reach (pytest's is 0700)
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="system-deps-", dir="/tmp"))
    path.chmod(0o777)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _shims(tmp_path: Path) -> tuple[Path, Path]:
    """A directory of package-manager shims that log their calls, and the log."""
    shim_dir = tmp_path / "shims"
    shim_dir.mkdir()
    calls = tmp_path / "calls.log"
    calls.touch()
    for name in MANAGERS:
        shim = shim_dir / name
        shim.write_text(f'#!/bin/sh\necho "{name} $*" >> {calls}\nexit 1\n')
        shim.chmod(0o755)
    for path in (tmp_path, shim_dir, calls):
        path.chmod(path.stat().st_mode | stat.S_IRWXO)
    return shim_dir, calls


def _run_as_user(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    """As `nobody` when the tests run as root (the newcomer is not root), else as ourselves."""
    prefix = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, "env", *[f"{k}={v}" for k, v in env.items()], *args],
                          capture_output=True, text=True, timeout=30)


def test_the_check_passes_20_of_20_runs_as_a_user_and_calls_no_package_manager(tmp_path, report_figure):
    # `make test` has run this script first, so everything the test mode needs is installed.
    assert shutil.which("pdftoppm") and list(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    shim_dir, calls = _shims(tmp_path)
    unwritable = tmp_path / "no-stamp"  # the stamp cannot be written: every run checks in full
    unwritable.mkdir(mode=0o555)
    env = {"PATH": f"{shim_dir}:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
           "SYSTEM_DEPS_STAMP_DIR": str(unwritable / "sub")}
    results = [_run_as_user(["/bin/bash", str(SCRIPT), "test"], env) for _ in range(20)]
    failed = [r.stderr.strip() for r in results if r.returncode != 0]
    report_figure(f"system-deps.sh check as a non-root user: {20 - len(failed)} of 20 runs passed")
    assert failed == []
    assert calls.read_text() == ""


def test_set_up_runs_once_a_second_run_touches_no_package_manager(tmp_path):
    shim_dir, calls = _shims(tmp_path)
    stamp_dir = tmp_path / "venv"
    stamp_dir.mkdir()
    stamp_dir.chmod(0o777)
    env = {"PATH": f"{shim_dir}:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin", "SYSTEM_DEPS_STAMP_DIR": str(stamp_dir)}
    first = _run_as_user(["/bin/bash", str(SCRIPT), "test"], env)
    assert first.returncode == 0, first.stderr
    assert (stamp_dir / ".system-deps-test").exists()
    # The second start finds the stamp: no ldconfig, no package manager, even with none on PATH.
    second = _run_as_user(["/bin/bash", str(SCRIPT), "test"], {**env, "PATH": str(shim_dir)})
    assert second.returncode == 0, second.stderr
    assert calls.read_text() == ""
