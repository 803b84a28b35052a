"""Reads what the office published: `<updates dir>/<platform>/release.json` (written by
installer/sign_update.py) and the package beside it. Files, not tables: every instance serves
the same directory (a shared volume or the same deployment), and publishing is a file copy."""
from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_data_dir

from central_api.platform.errors import ApiError
from central_api.updates.schemas import ClientReleasePublic
from counter_app.domain.updates import is_platform, is_version, parse_version, signed_message

RELEASE_FILE = "release.json"


def updates_dir() -> Path:
    """CENTRAL_API_UPDATES_DIR, else `updates/` in the centre's data directory."""
    configured = os.environ.get("CENTRAL_API_UPDATES_DIR")
    return Path(configured) if configured else Path(user_data_dir("central-api", "nanjing-counter")) / "updates"


class NotPublished(ApiError):
    status_code = 404

    def __init__(self) -> None:
        super().__init__("update_not_published", "中心尚未发布该平台的柜台程序")


def _platform_dir(platform: str) -> Path:
    if not is_platform(platform):
        raise NotPublished()
    return updates_dir() / platform


def current_release(*, platform: str) -> ClientReleasePublic:
    """The published release of one platform; a broken publication is 'not published'."""
    path = _platform_dir(platform) / RELEASE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        release = ClientReleasePublic(platform=platform, download_path=f"/updates/{platform}/package",
                                      **{k: data[k] for k in ("version", "minimum_version", "file", "size",
                                                               "sha256", "signature")})
        signed_message(platform=platform, version=release.version, sha256=release.sha256, size=release.size)
        if not is_version(release.minimum_version) or \
                parse_version(release.minimum_version) > parse_version(release.version):
            raise ValueError("minimum above current")
        if Path(release.file).name != release.file or not (path.parent / release.file).is_file():
            raise ValueError("package missing")
    except (OSError, ValueError, KeyError, TypeError):
        raise NotPublished() from None
    return release


def package_path(*, platform: str) -> Path:
    release = current_release(platform=platform)
    return _platform_dir(platform) / release.file
