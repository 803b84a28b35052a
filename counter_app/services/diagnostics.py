"""「导出诊断信息」: one zip for the help desk — the last logs, the versions, the settings.

No personal data: the logs are already masked when written and are masked again on the way
out (an older file, a line from a library); the settings are this PC's configuration only
(addresses, reader model, directories), never a token, a password or the outbox.
"""
from __future__ import annotations

import dataclasses
import json
import platform
import sys
import zipfile
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from counter_app import __version__
from counter_app.services.logs import LOG_NAME, mask_personal_numbers
from counter_app.services.settings import ClientSettings
from counter_app.services.station_setup import read_station_file, saved_api_url, station_file_path

LAST_LOG_FILES = 14  # today's file and the 13 before it
_PACKAGES = ("PySide6", "qt-material", "SQLAlchemy", "reportlab", "requests", "platformdirs", "cryptography",
             "python-stdnum", "phonenumbers")


def versions() -> dict[str, str]:
    found = {"counter-app": __version__, "python": sys.version.split()[0], "os": platform.platform(),
             "machine": platform.machine(), "frozen": str(bool(getattr(sys, "frozen", False)))}
    try:
        from PySide6 import QtCore

        found["qt"] = QtCore.qVersion()
    except ImportError:
        pass
    for name in _PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return found


def settings_summary(settings: ClientSettings, api_url: str | None) -> dict[str, object]:
    fields = {k: str(v) for k, v in dataclasses.asdict(settings).items()}
    station = read_station_file()
    return {"api_url_in_use": api_url, "client_settings": fields,
            "station_file": {"path": str(station_file_path()), "api_url": station.api_url,
                             "station_id": station.station_id, "reader": station.reader},
            "first_start_api_url": saved_api_url()}


def export_diagnostics(target: Path, settings: ClientSettings, *, api_url: str | None = None,
                       extra: dict[str, object] | None = None) -> Path:
    """Write the zip to `target` and return it."""
    logs = sorted(settings.log_dir.glob(f"{LOG_NAME}*"), key=lambda p: p.stat().st_mtime, reverse=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in logs[:LAST_LOG_FILES]:
            text = path.read_text(encoding="utf-8", errors="replace")
            archive.writestr(f"logs/{path.name}", mask_personal_numbers(text))
        archive.writestr("versions.json", json.dumps(versions(), ensure_ascii=False, indent=2))
        summary = settings_summary(settings, api_url) | (extra or {})
        archive.writestr("settings.json", mask_personal_numbers(json.dumps(summary, ensure_ascii=False, indent=2)))
        archive.writestr("exported-at.txt", datetime.now(timezone.utc).isoformat())
    return target
