from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ClientReleasePublic(BaseModel):
    """What a counter needs to decide and to verify: it installs only a package whose SHA-256,
    size and Ed25519 signature (over `counter_app.domain.updates.signed_message`) check out."""

    model_config = ConfigDict(strict=True)

    platform: str
    version: str
    minimum_version: str
    file: str
    size: int
    sha256: str
    signature: str  # base64 Ed25519 signature
    download_path: str  # under /api/v1
