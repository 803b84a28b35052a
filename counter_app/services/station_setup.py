"""Where this counter PC finds its centre: station file, saved address, first-start check.

Order (the first that gives an address wins):
1. `--api-url` on the command line, or COUNTER_API_URL (IT's override, e.g. for a test centre);
2. the station file the installer wrote (per machine: Windows
   `C:\\ProgramData\\nanjing-counter\\counter-app\\station.ini`, Debian `/etc/counter-app/station.ini`);
3. the address a clerk entered at the first start (per user, platformdirs' config directory);
4. none: the first-start dialog asks, checks and saves it.
An address is accepted only over https, or plain http to this PC itself (loopback: the demo);
an address typed at the first start must also answer as a centre. The PC is enrolled at its
centre at the first sign-in, not here (`api_client.ApiClient.login`: the sign-in dialog shows the
one-time code the system administrator approves in the console's 本机登记 tab).
"""
from __future__ import annotations

import configparser
import ipaddress
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from platformdirs import user_config_dir

log = logging.getLogger(__name__)


class AddressError(Exception):
    """An address refused; `message` is Chinese, for the person setting the PC up."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def station_file_path() -> Path:
    if os.environ.get("COUNTER_STATION_FILE"):
        return Path(os.environ["COUNTER_STATION_FILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "nanjing-counter" / "counter-app" / "station.ini"
    return Path("/etc/counter-app/station.ini")


def user_config_path() -> Path:
    return Path(os.environ.get("COUNTER_APP_CONFIG_DIR") or user_config_dir("counter-app", "nanjing-counter")) / "counter-app.ini"


@dataclass(frozen=True)
class StationFile:
    api_url: str | None = None
    station_id: int | None = None
    reader: dict[str, str] = field(default_factory=dict)
    # A CA bundle (PEM) to verify the centre's certificate with, when it is not in the system's store.
    ca_bundle: str | None = None


def _read_ini(path: Path) -> configparser.ConfigParser:
    """NSIS's WriteINIStr may leave UTF-16 with a BOM; IT may save UTF-8 with one."""
    parser = configparser.ConfigParser()
    try:
        raw = path.read_bytes()
    except OSError:
        return parser
    text = raw.decode("utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else raw.decode("utf-8-sig", errors="replace")
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error:
        log.error("station file %s is not a valid INI file: ignored", path)
    return parser


def read_station_file(path: Path | None = None) -> StationFile:
    ini = _read_ini(path or station_file_path())
    station = ini.get("station", "id", fallback="").strip()
    return StationFile(
        api_url=ini.get("centre", "api_url", fallback="").strip() or None,
        station_id=int(station) if station.isdigit() else None,
        reader=dict(ini["reader"]) if ini.has_section("reader") else {},
        ca_bundle=ini.get("centre", "ca_bundle", fallback="").strip() or None,
    )


def saved_api_url() -> str | None:
    return _read_ini(user_config_path()).get("centre", "api_url", fallback="").strip() or None


def save_api_url(url: str) -> Path:
    path = user_config_path()
    ini = _read_ini(path)
    if not ini.has_section("centre"):
        ini.add_section("centre")
    ini.set("centre", "api_url", url)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        ini.write(out)
    return path


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalise_address(url: str) -> str:
    """The address if its form is acceptable (https, or http to this PC only), else AddressError."""
    text = url.strip().rstrip("/")
    if text.endswith("/api/v1"):
        text = text[: -len("/api/v1")]
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AddressError("address_malformed", "中心服务地址格式不正确，应形如 https://中心服务器:8443")
    try:
        parts.port  # noqa: B018 - raises on a port out of range
    except ValueError:
        raise AddressError("address_malformed", "中心服务地址的端口号不正确") from None
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise AddressError("address_insecure",
                           "中心服务地址必须使用 https 加密连接；http 只允许连接本机（127.0.0.1）的演示中心")
    return text


def _ca_bundle() -> str | None:
    return os.environ.get("COUNTER_CA_BUNDLE") or read_station_file().ca_bundle


def check_address(url: str, timeout: float = 5.0, ca_bundle: str | None = None) -> str:
    """Form first, then: does a centre answer there? (GET /api/v1/health.)"""
    import requests  # on a worker thread, and not needed to show the log-in window

    text = normalise_address(url)
    try:
        response = requests.get(f"{text}/api/v1/health", timeout=(timeout, timeout), verify=ca_bundle or _ca_bundle() or True)
    except requests.exceptions.SSLError:
        raise AddressError("address_tls", "中心服务的证书未通过校验，请联系信息科确认地址和证书") from None
    except (requests.ConnectionError, requests.Timeout):
        raise AddressError("address_unreachable", f"无法连接 {text}，请检查地址、网络或防火墙") from None
    try:
        ok = response.ok and response.json().get("status") == "ok"
    except ValueError:
        ok = False
    if not ok:
        raise AddressError("address_not_centre", f"{text} 不是车管所柜台中心服务（回答 {response.status_code}）")
    return text


def configured_api_url(cli_url: str | None, env_url: str | None,
                       station: StationFile | None = None) -> tuple[str | None, str]:
    """The address to use and where it came from; None when the first-start dialog must ask."""
    station = station or read_station_file()
    for url, source in ((cli_url, "command line"), (env_url, "COUNTER_API_URL"),
                        (station.api_url, "station file"), (saved_api_url(), "first-start setting")):
        if url:
            return url, source
    return None, "none"


def start_address(cli_url: str | None, env_url: str | None, station: StationFile, *,
                  demo: bool = False) -> tuple[str | None, str, str]:
    """At start: (address or None to ask, where it came from, why a configured one was refused).
    A bad `--api-url` raises AddressError (the command line says so); a bad address from the
    environment or a file opens the first-start dialog with the reason."""
    if demo:
        return None, "demo", ""
    url, source = configured_api_url(cli_url, env_url, station)
    if url is None:
        return None, source, ""
    try:
        return normalise_address(url), source, ""
    except AddressError as exc:
        if source == "command line":
            raise
        log.error("address from %s refused: %s", source, exc.code)
        return None, source, exc.message
