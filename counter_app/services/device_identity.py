"""This counter PC's identity at the centre (issue 11): an Ed25519 key pair kept under the OS user.

The private key lives in the app's data directory, readable by the signed-in OS user only
(mode 0600, in a 0700 directory); the centre knows the public key once a system administrator
has approved the PC's one-time enrolment code. At each sign-in the PC signs a fresh challenge
from the centre. The demo centre approves an enrolment at once, so `--demo` signs in in one step.
"""
from __future__ import annotations

import base64
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from counter_app.domain.device_proof import signed_message

log = logging.getLogger(__name__)

KEY_FILE = "device-key.pem"
STATE_FILE = "device.json"


@dataclass
class Enrolment:
    """Where this PC stands at one centre."""

    device_id: int
    status: str  # pending | active
    code: str = ""


class DeviceIdentity:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._key: Ed25519PrivateKey | None = None

    # --- the key pair -----------------------------------------------------------------------
    def _private_key(self) -> Ed25519PrivateKey:
        if self._key is not None:
            return self._key
        path = self.directory / KEY_FILE
        if path.exists():
            if path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)  # tightened if someone loosened it
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
            assert isinstance(key, Ed25519PrivateKey)
        else:
            key = Ed25519PrivateKey.generate()
            pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
            self._write_private(path, pem)
            log.info("device key pair created")
        self._key = key
        return key

    def _write_private(self, path: Path, data: bytes) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        os.chmod(self.directory, 0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(path, 0o600)

    def public_key(self) -> str:
        raw = self._private_key().public_key().public_bytes(serialization.Encoding.Raw,
                                                            serialization.PublicFormat.Raw)
        return base64.b64encode(raw).decode()

    def sign(self, challenge: str, username: str) -> str:
        return base64.b64encode(self._private_key().sign(signed_message(challenge, username))).decode()

    # --- the enrolment per centre -----------------------------------------------------------
    def _state(self) -> dict[str, dict[str, object]]:
        try:
            return json.loads((self.directory / STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def enrolment(self, base_url: str) -> Enrolment | None:
        entry = self._state().get(base_url)
        if not entry:
            return None
        return Enrolment(int(entry["device_id"]), str(entry["status"]), str(entry.get("code", "")))

    def save(self, base_url: str, enrolment: Enrolment | None) -> None:
        state = self._state()
        if enrolment is None:
            state.pop(base_url, None)
        else:
            state[base_url] = {"device_id": enrolment.device_id, "status": enrolment.status, "code": enrolment.code}
        self._write_private(self.directory / STATE_FILE, json.dumps(state).encode())
