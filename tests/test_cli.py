"""The central-api command line: CENTRAL_API_NOW only with --demo."""
import subprocess
import sys


def _run(args, env_now):  # noqa: ANN001, ANN201
    import os

    env = dict(os.environ, CENTRAL_API_NOW=env_now, DATABASE_URL="sqlite:///:memory:")
    return subprocess.run([sys.executable, "-m", "central_api", *args], env=env, capture_output=True,
                          text=True, timeout=60)


def test_central_api_now_is_refused_without_demo():
    result = _run(["--port", "1"], "2026-12-01T09:00:00+08:00")
    assert result.returncode == 2
    assert "only with --demo" in result.stderr


def test_central_api_now_needs_an_offset():
    result = _run(["--demo", "--port", "1"], "2026-12-01T09:00:00")
    assert result.returncode == 2
    assert "UTC offset" in result.stderr
