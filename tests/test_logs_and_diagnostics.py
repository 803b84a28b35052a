"""Logs a help desk can use (issue 14 item 4): masked, rotated, capped; the diagnostics zip."""
from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path

from counter_app.services.diagnostics import export_diagnostics
from counter_app.services.logs import CappedDailyFileHandler, PersonalDataFilter, configure_logging, mask_personal_numbers
from counter_app.services.settings import ClientSettings

ID = "320102198503120178"  # 张伟 of the demo data
ID_X = "32010419900708024X"
MOBILE = "13905171234"


def test_whole_personal_numbers_never_reach_the_log_text():
    # Masked as lists show them (ARCHITECTURE.md): first 4 + last 4 of an ID, 3 + 4 of a mobile.
    assert mask_personal_numbers(f"user {ID} mobile {MOBILE}") == "user 3201**********0178 mobile 139****1234"
    assert mask_personal_numbers(f"id={ID_X},tel=+86 {MOBILE}") == "id=3201**********024X,tel=+86 139****1234"
    # Not a personal number: longer digit runs (serials, amounts) stay as they are.
    assert mask_personal_numbers("serial 1234567890123456789012") == "serial 1234567890123456789012"


def test_the_filter_masks_arguments_and_tracebacks(tmp_path):
    handler = logging.FileHandler(tmp_path / "x.log", encoding="utf-8")
    handler.addFilter(PersonalDataFilter())
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test.masking")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        logger.info("registered %s with %s", ID, MOBILE)
        try:
            raise ValueError(f"bad record {ID}")
        except ValueError:
            logger.exception("failed for %s", ID_X)
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = (tmp_path / "x.log").read_text(encoding="utf-8")
    assert ID not in text and MOBILE not in text and ID_X not in text
    assert "registered 3201**********0178 with 139****1234" in text
    assert "ValueError: bad record 3201**********0178" in text


def test_daily_files_are_kept_190_days_and_each_day_is_capped(tmp_path):
    handler = CappedDailyFileHandler(tmp_path / "counter-app.log", daily_cap=2000)
    assert (handler.when, handler.backupCount) == ("MIDNIGHT", 190)  # ≥ 180 days of files
    logger = logging.getLogger("test.cap")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        for i in range(200):
            logger.info("line %03d %s", i, "x" * 40)
        logger.error("an error after the cap")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = (tmp_path / "counter-app.log").read_text(encoding="utf-8")
    size = len(text.encode())
    assert 2000 <= size < 2000 + 200  # INFO stopped at the cap (plus the one line that crossed it and the note)
    assert "log cap of 2000 bytes reached" in text and text.rstrip().endswith("an error after the cap")


def test_diagnostics_zip_has_logs_versions_settings_and_no_personal_number(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNTER_STATION_FILE", str(tmp_path / "station.ini"))
    (tmp_path / "station.ini").write_text("[centre]\napi_url = https://centre.example:8443\n[station]\nid = 2\n")
    settings = ClientSettings(data_dir=tmp_path / "data", log_dir=tmp_path / "logs")
    root = logging.getLogger()
    before = list(root.handlers)
    path = configure_logging(settings.log_dir, console=False)
    try:
        logging.getLogger("counter_app.test").info("searched %s", ID)
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
    # An older file written before masking existed: masked on the way out as well.
    (settings.log_dir / "counter-app.log.2026-11-01").write_text(f"old line {ID} {MOBILE}\n", encoding="utf-8")
    target = export_diagnostics(tmp_path / "diag.zip", settings, api_url="https://centre.example:8443")
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert {"logs/counter-app.log", "logs/counter-app.log.2026-11-01", "versions.json", "settings.json"} <= names
        everything = "".join(archive.read(n).decode("utf-8") for n in names)
        versions = json.loads(archive.read("versions.json"))
        station = json.loads(archive.read("settings.json"))["station_file"]
    assert path.name == "counter-app.log"
    assert ID not in everything and MOBILE not in everything
    assert "3201**********0178" in everything
    assert versions["counter-app"] and versions["qt"].startswith("6.")
    assert (station["api_url"], station["station_id"]) == ("https://centre.example:8443", 2)
