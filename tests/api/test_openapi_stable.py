"""The OpenAPI document is part of the contract with the counter: a refactor keeps it equal.

The snapshot `openapi_snapshot.json` was written from main before the central service was
split into area packages (issue 18). A change to the API itself updates the snapshot on
purpose: `OPENAPI_SNAPSHOT_WRITE=1 pytest tests/api/test_openapi_stable.py`.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from central_api.app import build_services, create_app
from central_api.platform.clock import Clock
from central_api.platform.config import Settings

from tests.helpers import T0

SNAPSHOT = Path(__file__).with_name("openapi_snapshot.json")


def _document(tmp_path: Path) -> dict[str, Any]:
    # The document does not depend on the database's content: no migration needed.
    services = build_services(Settings(database_url=f"sqlite:///{tmp_path / 'openapi.sqlite3'}"),
                              Clock(T0, frozen=True))
    try:
        return create_app(services).openapi()
    finally:
        services.engine.dispose()


def _operations(doc: dict[str, Any]) -> dict[str, str]:
    return {f"{method.upper()} {path}": op.get("operationId", "")
            for path, item in doc["paths"].items() for method, op in item.items()}


def test_openapi_document_equals_the_snapshot(tmp_path: Path) -> None:
    doc = json.loads(json.dumps(_document(tmp_path)))  # tuples → lists, as in the file
    if os.environ.get("OPENAPI_SNAPSHOT_WRITE"):
        SNAPSHOT.write_text(json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                            encoding="utf-8")
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    # Compared part by part first so that a failure names what moved.
    assert sorted(doc["paths"]) == sorted(expected["paths"])
    assert _operations(doc) == _operations(expected)
    assert sorted(doc["components"]["schemas"]) == sorted(expected["components"]["schemas"])
    for name, schema in expected["components"]["schemas"].items():
        assert doc["components"]["schemas"][name] == schema, name
    assert doc == expected
