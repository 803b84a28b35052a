"""Protection of the counter PC's local files (issue 11, item 11).

- Files only the signed-in OS user can read: the data and log folders 0700, the outbox, its
  WAL/SHM, the key file and the logs 0600, set when they are created, whatever the umask.
  (On Windows the per-user %LOCALAPPDATA% folder's ACL does this; chmod there only sets read-only.)
- Personal fields of the outbox and the cache sealed with AES-256-GCM (`FieldCipher`); the key
  is kept in the OS keyring (Windows Credential Manager/DPAPI, macOS Keychain, Secret Service)
  and, where there is none (a Linux PC without a keyring daemon, CI), in a 0600 key file beside
  the data — weaker: it protects against other OS users, not against someone who copies the
  whole folder of this user (docs/DECISIONS.md, "The counter PC's local store").
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import secrets
import sys
from pathlib import Path


log = logging.getLogger(__name__)

KEYRING_SERVICE = "nanjing-counter-outbox"
KEY_FILE = "outbox.key"
_SEALED = "enc1:"
_POSIX = sys.platform != "win32"


def private_dir(path: Path) -> Path:
    """Create (or tighten) a folder only its owner may enter."""
    path.mkdir(parents=True, exist_ok=True)
    if _POSIX:
        os.chmod(path, 0o700)
    return path


def private_file(path: Path) -> Path:
    """Create the file if missing, and make it readable and writable by its owner only."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        if _POSIX:
            os.fchmod(fd, 0o600)  # os.open's mode passed through the umask; this does not
    finally:
        os.close(fd)
    return path


def tighten(path: Path) -> None:
    """0600 on an existing file (an outbox or log written by an older version with 0644)."""
    if _POSIX and path.exists():
        os.chmod(path, 0o600)


class UnreadableSealError(Exception):
    """A sealed value does not open with this key (another PC's file, a lost key, tampering)."""


class FieldCipher:
    """AES-256-GCM per value: a fresh 96-bit nonce each time; the column name is authenticated
    data, so a sealed ID number cannot be moved into another column unnoticed. Values written
    in clear by an older version are read as they are (and sealed when the store opens)."""

    def __init__(self, key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # not needed to show the log-in window

        self._aead = AESGCM(key)
        self._mac_key = hashlib.sha256(b"counter-outbox-tag" + key).digest()

    def seal(self, text: str | None, column: str) -> str | None:
        if text is None:
            return None
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, text.encode("utf-8"), column.encode())
        return _SEALED + base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, value: str | None, column: str) -> str | None:
        if value is None or not value.startswith(_SEALED):
            return value
        raw = base64.b64decode(value[len(_SEALED):])
        try:
            return self._aead.decrypt(raw[:12], raw[12:], column.encode()).decode("utf-8")
        except Exception as exc:  # cryptography's InvalidTag (imported lazily, with AESGCM)
            if type(exc).__name__ != "InvalidTag":
                raise
            raise UnreadableSealError(column) from None

    @staticmethod
    def is_sealed(value: str | None) -> bool:
        return value is None or value.startswith(_SEALED)

    def tag(self, text: str) -> str:
        """A stable keyed digest, for lookup keys that would otherwise name a person."""
        return hmac.new(self._mac_key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def _keyring_account(data_dir: Path) -> str:
    return hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:24]


def _keyring():  # noqa: ANN202 - the keyring module, or None when it is switched off or absent
    if os.environ.get("COUNTER_APP_KEYRING", "").lower() in ("off", "0", "no"):
        return None
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def load_key(data_dir: Path) -> tuple[bytes, str]:
    """The outbox key of this data folder and where it is kept ("keyring" or "file").

    A key already in the keyring wins; else an existing key file; else a new key goes to the
    keyring, or to a 0600 key file when no keyring answers."""
    key_file = data_dir / KEY_FILE
    account = _keyring_account(data_dir)
    keyring = _keyring()
    if keyring is not None:
        try:
            stored = keyring.get_password(KEYRING_SERVICE, account)
            if stored:
                return base64.b64decode(stored), "keyring"
        except Exception as exc:  # noqa: BLE001 - no backend, a locked or absent daemon: use the file
            log.info("no usable OS keyring (%s): the outbox key is kept in a file", type(exc).__name__)
            keyring = None
    if key_file.exists():
        tighten(key_file)
        return base64.b64decode(key_file.read_bytes().strip()), "file"
    key = secrets.token_bytes(32)  # what AESGCM.generate_key(bit_length=256) returns
    encoded = base64.b64encode(key).decode("ascii")
    if keyring is not None:
        try:
            keyring.set_password(KEYRING_SERVICE, account, encoded)
            if keyring.get_password(KEYRING_SERVICE, account) == encoded:
                return key, "keyring"
        except Exception as exc:  # noqa: BLE001
            log.info("the OS keyring refused the outbox key (%s): kept in a file", type(exc).__name__)
    private_file(key_file)
    with open(key_file, "w", encoding="ascii") as out:
        out.write(encoded)
        out.flush()
        os.fsync(out.fileno())
    return key, "file"
