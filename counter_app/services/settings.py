"""Client settings: the environment, then the station file the installer wrote (station_setup)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from counter_app.services.station_setup import read_station_file


def _env_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value else default


def _reader(key: str, env: str, default: str | None) -> str | None:
    """ID-card reader settings: COUNTER_ID_READER…, else the station file's [reader] section."""
    return os.environ.get(env) or read_station_file().reader.get(key) or default


@dataclass(frozen=True)
class ClientSettings:
    api_url: str | None = field(default_factory=lambda: os.environ.get("COUNTER_API_URL") or None)
    data_dir: Path = field(
        default_factory=lambda: Path(os.environ.get("COUNTER_APP_DATA_DIR") or user_data_dir("counter-app", "nanjing-counter"))
    )
    # Seconds; a clerk waits on these (issue 16: never a hang). Writes with a key retry once more.
    connect_timeout: float = 3.0
    read_timeout: float = 5.0
    retries: int = 1
    health_interval_ms: int = 1500
    health_timeout: float = 1.5
    # The live board (issue 12): this PC reports every half minute; the board asks every 5 s;
    # the outbox retries a stopped replay this often.
    heartbeat_interval_ms: int = 30000
    board_refresh_ms: int = 5000
    outbox_retry_ms: int = 15000
    # Ten idle minutes lock the window until the password is given again.
    idle_lock_seconds: float = field(default_factory=lambda: _env_float("COUNTER_IDLE_LOCK_SECONDS", 600.0))
    language: str = field(default_factory=lambda: os.environ.get("COUNTER_APP_LANG", "zh_CN"))
    # Sent and resolved writes are kept this long on the PC, then purged.
    outbox_retention_days: float = field(default_factory=lambda: _env_float("COUNTER_OUTBOX_RETENTION_DAYS", 7.0))

    # The ID-card reader: simulated (demo, training), sdtapi or termb (services/card_sdk.py).
    id_reader: str = field(default_factory=lambda: _reader("kind", "COUNTER_ID_READER", "simulated") or "simulated")
    id_reader_library: str | None = field(default_factory=lambda: _reader("library", "COUNTER_ID_READER_LIBRARY", None))
    id_reader_port: int = field(default_factory=lambda: int(_reader("port", "COUNTER_ID_READER_PORT", "1001") or 1001))
    id_reader_decoder: str | None = field(default_factory=lambda: _reader("decoder", "COUNTER_ID_READER_DECODER", None))
    id_reader_output_dir: str | None = field(
        default_factory=lambda: _reader("output_dir", "COUNTER_ID_READER_OUTPUT_DIR", None))
    # The CA bundle that verifies the centre's https certificate (default: the system's store).
    ca_bundle: str | None = field(
        default_factory=lambda: os.environ.get("COUNTER_CA_BUNDLE") or read_station_file().ca_bundle)
    log_dir: Path = field(
        default_factory=lambda: Path(os.environ.get("COUNTER_APP_LOG_DIR") or user_log_dir("counter-app", "nanjing-counter"))
    )

    def ensure_data_dir(self) -> Path:
        """The data folder, only the signed-in OS user may enter it (0700, issue 11)."""
        from counter_app.services.store_protection import private_dir

        return private_dir(self.data_dir)
