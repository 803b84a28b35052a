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


def test_create_supervisor_bootstraps_an_empty_database(tmp_path):
    import os

    from fastapi.testclient import TestClient

    from central_api.app import build_services, create_app
    from central_api.platform.config import Settings
    from counter_app.domain.clock import Clock

    url = f"sqlite:///{tmp_path / 'prod.sqlite3'}"
    env = dict(os.environ, DATABASE_URL=url, CENTRAL_API_NEW_PASSWORD="weak")
    env.pop("CENTRAL_API_NOW", None)
    refused = subprocess.run([sys.executable, "-m", "central_api", "--create-supervisor", "chief"], env=env,
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "password_weak" in refused.stderr
    env["CENTRAL_API_NEW_PASSWORD"] = "Dongfang#68city"
    # 三员分立 (issue 11): the first accounts may be any administrator; the audit reader here.
    made = subprocess.run([sys.executable, "-m", "central_api", "--create-supervisor", "chief", "--station", "2",
                           "--role", "auditor"], env=env, capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    with TestClient(create_app(build_services(Settings(database_url=url), Clock()))) as client:
        body = client.post("/api/v1/auth/login", json={"username": "chief", "password": "Dongfang#68city"}).json()
        assert (body["role"], body["station"]["name"]) == ("auditor", "南京市车管所江北分所")
        audit = client.get("/api/v1/audit", headers={"Authorization": f"Bearer {body['access_token']}"}).json()
        assert [(e["action"], e["username"], e["channel"]) for e in audit["data"]][0] == (
            "account_created", "console", "console")
