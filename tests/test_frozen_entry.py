"""A frozen program has no `python -m`: the embedded centre is started as the program itself
with the hidden `--run-central-api` (issue 14 item 2). Here the installed `counter-app` console
script stands in for the frozen executable (both enter through counter_app/entry.py)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from counter_app.entry import RUN_CENTRAL_API
from counter_app.services.embedded_api import central_api_command
from tests.conftest import LiveApi


def test_unfrozen_the_centre_runs_as_a_module():
    assert central_api_command() == [sys.executable, "-m", "central_api"]


def test_frozen_the_counter_starts_itself_as_the_centre(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    program = shutil.which("counter-app", path=str(Path(sys.executable).parent))
    assert program, "the counter-app console script is installed with the package"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", program)
    assert central_api_command() == [program, RUN_CENTRAL_API]
    centre = LiveApi(tmp_path / "centre")
    centre.start()  # waits for /health: the dispatch reached central_api.cli.main
    try:
        assert centre.embedded.process.args[:2] == [program, RUN_CENTRAL_API]
    finally:
        centre.stop()
