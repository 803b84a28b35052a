"""Updates from the centre: check at sign-in, download, verify, hand over to the installer.

The centre publishes per platform the current and minimum versions and the package signed
offline with the office's Ed25519 release key (central_api/updates). The counter trusts only
the public keys shipped in its own bundle (resources/update-keys/*.pem, or the directory in
COUNTER_UPDATE_KEYS): a package whose size, SHA-256 or signature does not check out is deleted
and never run. Why our own verified download and not tufup: docs/DECISIONS.md (issue 14).
"""
from __future__ import annotations

import base64
import hashlib
import logging
import os
import platform as platform_module
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from counter_app import __version__, resources
from counter_app.domain.updates import parse_version, signed_message
from counter_app.services.api_client import ApiClient, ApiError, OfflineError

log = logging.getLogger(__name__)


class UpdateError(Exception):
    """A download that must not be installed; `message` is for the clerk (Chinese)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def this_platform() -> str:
    """'windows-amd64', 'linux-x86_64', 'linux-aarch64' … (one package per platform)."""
    system = "windows" if sys.platform == "win32" else sys.platform.rstrip("0123456789")
    return f"{system}-{platform_module.machine().lower() or 'unknown'}"


@dataclass(frozen=True)
class Release:
    platform: str
    version: str
    minimum_version: str
    file: str
    size: int
    sha256: str
    signature: bytes
    download_path: str

    @classmethod
    def from_api(cls, body: dict[str, Any]) -> Release:
        return cls(platform=body["platform"], version=body["version"], minimum_version=body["minimum_version"],
                   file=body["file"], size=body["size"], sha256=body["sha256"],
                   signature=base64.b64decode(body["signature"]), download_path=body["download_path"])


@dataclass(frozen=True)
class UpdateStatus:
    """`required`: this version is below the minimum, the counter must not work until updated;
    `available`: a newer version may be installed now or later; `current`: nothing to do."""

    kind: str
    installed: str
    release: Release | None = None


def check(api: ApiClient, *, installed: str = __version__, platform: str | None = None) -> UpdateStatus:
    """Ask the centre (signed in). Nothing published for this platform means nothing to do."""
    try:
        body = api.get(f"/updates/{platform or this_platform()}")
    except OfflineError:
        raise
    except ApiError as exc:
        if exc.status == 404:
            return UpdateStatus("current", installed)
        raise
    release = Release.from_api(body)
    mine = parse_version(installed)
    if mine < parse_version(release.minimum_version):
        return UpdateStatus("required", installed, release)
    if mine < parse_version(release.version):
        return UpdateStatus("available", installed, release)
    return UpdateStatus("current", installed, release)


def trusted_keys(directory: Path | None = None) -> list[Ed25519PublicKey]:
    folder = directory or Path(os.environ.get("COUNTER_UPDATE_KEYS") or resources.RESOURCES / "update-keys")
    keys = []
    for path in sorted(folder.glob("*.pem")) if folder.is_dir() else []:
        key = serialization.load_pem_public_key(path.read_bytes())
        if isinstance(key, Ed25519PublicKey):
            keys.append(key)
        else:
            log.warning("ignored %s: not an Ed25519 public key", path.name)
    return keys


def verify(release: Release, package: Path, keys: list[Ed25519PublicKey]) -> None:
    """Raises UpdateError unless the file is exactly what the release key signed."""
    if not keys:
        raise UpdateError("no_update_key", "本机未配置更新签名公钥，不能安装更新，请联系信息科")
    data_size = package.stat().st_size
    digest = hashlib.sha256()
    with package.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    if data_size != release.size or digest.hexdigest() != release.sha256:
        raise UpdateError("update_corrupt", "下载的更新包与中心公布的不一致，已删除，请稍后重试")
    message = signed_message(platform=release.platform, version=release.version, sha256=release.sha256,
                             size=release.size)
    for key in keys:
        try:
            key.verify(release.signature, message)
            return
        except InvalidSignature:
            continue
    raise UpdateError("update_signature_invalid", "更新包签名无效，已删除，不会安装；请联系信息科")


def download(api: ApiClient, release: Release, target_dir: Path, keys: list[Ed25519PublicKey] | None = None) -> Path:
    """Stream the package to `target_dir`, verify it, and return its path (deleted if bad)."""
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / Path(release.file).name
    partial = path.with_name(path.name + ".part")
    try:
        with _stream(api, release.download_path) as response, partial.open("wb") as out:
            written = 0
            for chunk in response.iter_content(1 << 16):
                written += len(chunk)
                if written > release.size:  # never fill the disk with an endless answer
                    raise UpdateError("update_corrupt", "下载的更新包与中心公布的不一致，已删除，请稍后重试")
                out.write(chunk)
        verify(release, partial, trusted_keys() if keys is None else keys)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)
    log.info("update %s for %s downloaded and verified", release.version, release.platform)
    return path


def _stream(api: ApiClient, path: str):  # noqa: ANN202
    """A streamed GET through the client's session (its timeouts, its token)."""
    import requests

    try:
        response = api._session.get(api._url(path), headers=api._headers(), timeout=api.timeout,  # noqa: SLF001
                                    stream=True)
    except (requests.ConnectionError, requests.Timeout) as exc:
        raise OfflineError(str(exc)) from exc
    if response.status_code >= 400:
        api._decode(response)  # noqa: SLF001 - raises the centre's ApiError
    return response


def launch_installer(package: Path) -> None:
    """Hand the verified package to the platform's installer (which asks for administrator rights)."""
    if sys.platform == "win32":
        os.startfile(str(package))  # type: ignore[attr-defined]  # noqa: S606 - UAC prompt, per-machine install
    else:
        subprocess.Popen(["pkexec", "apt-get", "install", "-y", str(package)])  # noqa: S603, S607
