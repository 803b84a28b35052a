"""Issue 11, item 11: the counter PC's files are the signed-in OS user's only, the personal fields
of the outbox and the cache are sealed at rest, and settled writes are purged for good."""
from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from counter_app.services.local_store import PENDING, REFUSED, SENT, LocalStore
from counter_app.services.logs import configure_logging
from counter_app.services.settings import ClientSettings
from counter_app.services.store_protection import KEY_FILE, load_key

ID_NUMBER = "320102199003071235"
MOBILE = "13912345678"
NAME = "欧阳娜娜"
ADDRESS = "南京市玄武区北京东路41号"
PERSONAL = (ID_NUMBER, MOBILE, NAME, ADDRESS)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _disk_bytes(folder: Path) -> bytes:
    """Every byte of every file in the folder (the database, its WAL and SHM, the key file)."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The worst case: a umask that lets files be created world-readable and writable."""
    old = os.umask(0)
    yield
    os.umask(old)


def _fill(store: LocalStore) -> None:
    body = {"user_type": "new_car_owner", "id_number": ID_NUMBER, "name": NAME, "mobile": MOBILE, "address": ADDRESS}
    first = store.enqueue("POST", "/users/personal", body, summary=f"个人用户注册 {NAME}", username="clerk01")
    store.mark_sent(first.id, {"id": 7, "id_number": ID_NUMBER, "mobile": MOBILE})
    second = store.enqueue("PATCH", "/users/7", {"mobile": MOBILE}, summary=f"变更手机号 {NAME}", username="clerk01")
    store.mark_refused(second.id, "conflict", f"{NAME} 的手机号 {MOBILE} 已被使用")
    store.enqueue("POST", "/users/personal", body, summary=f"个人用户注册 {NAME}", username="clerk01")
    store.put_cached(f"vehicles:{ID_NUMBER}", [{"vin": "LSVAU2180N2183294", "owner": NAME, "address": ADDRESS}],
                     key="vin")


@pytest.mark.usefixtures("loose_umask")
def test_files_are_the_users_only_whatever_the_umask(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store = LocalStore(data_dir / "local.sqlite3")
    _fill(store)
    files = {p.name: _mode(p) for p in data_dir.iterdir()}
    store.close()
    assert _mode(data_dir) == 0o700
    assert {"local.sqlite3", "local.sqlite3-wal", "local.sqlite3-shm", KEY_FILE} <= set(files), files
    assert files == {name: 0o600 for name in files}, files


@pytest.mark.usefixtures("loose_umask")
def test_an_older_outbox_left_world_readable_is_tightened(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o755)
    sqlite3.connect(data_dir / "local.sqlite3").close()
    os.chmod(data_dir / "local.sqlite3", 0o644)
    LocalStore(data_dir / "local.sqlite3").close()
    assert (_mode(data_dir), _mode(data_dir / "local.sqlite3")) == (0o700, 0o600)


@pytest.mark.usefixtures("loose_umask")
def test_the_data_and_log_folders_and_the_log_file_are_private(tmp_path: Path) -> None:
    settings = ClientSettings(data_dir=tmp_path / "data", log_dir=tmp_path / "logs")
    assert _mode(settings.ensure_data_dir()) == 0o700
    path = configure_logging(settings.log_dir, console=False)
    logging.getLogger("test").warning("a line")
    try:
        assert (_mode(settings.log_dir), _mode(path)) == (0o700, 0o600)
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "baseFilename", None) == str(path)]:
            root.removeHandler(handler)
            handler.close()


def test_personal_fields_are_not_on_disk_in_clear_and_read_back_whole(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store = LocalStore(data_dir / "local.sqlite3")
    _fill(store)
    on_disk = _disk_bytes(data_dir)  # while open: the WAL holds the latest pages
    store.close()
    on_disk += _disk_bytes(data_dir)
    for value in PERSONAL:
        assert value.encode("utf-8") not in on_disk, f"{value} is on disk in clear"
    again = LocalStore(data_dir / "local.sqlite3")
    try:
        sent, refused, pending = again.items(SENT), again.items(REFUSED), again.items(PENDING)
        assert sent[0].body["id_number"] == ID_NUMBER and sent[0].response["mobile"] == MOBILE
        assert refused[0].last_error == f"{NAME} 的手机号 {MOBILE} 已被使用"
        assert pending[0].summary == f"个人用户注册 {NAME}" and pending[0].body["address"] == ADDRESS
        assert again.cached(f"vehicles:{ID_NUMBER}")[0]["owner"] == NAME
    finally:
        again.close()


def test_an_outbox_written_in_clear_by_an_older_version_is_sealed_at_start(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    LocalStore(data_dir / "local.sqlite3").close()  # today's schema
    with sqlite3.connect(data_dir / "local.sqlite3") as conn:  # a row as the previous version wrote it
        conn.execute("INSERT INTO outbox (created_at, kind, summary, username, method, path, body, idempotency_key, "
                     "status, attempts) VALUES ('2026-11-30 08:00:00', 'write', ?, 'clerk01', 'POST', "
                     "'/users/personal', ?, 'k-1', 'pending', 0)",
                     (f"个人用户注册 {NAME}", f'{{"id_number": "{ID_NUMBER}", "mobile": "{MOBILE}"}}'))
    store = LocalStore(data_dir / "local.sqlite3")
    try:
        assert store.pending()[0].body == {"id_number": ID_NUMBER, "mobile": MOBILE}
        on_disk = _disk_bytes(data_dir)
    finally:
        store.close()
    assert ID_NUMBER.encode() not in on_disk + _disk_bytes(data_dir) and NAME.encode() not in on_disk


def test_settled_writes_are_purged_after_the_retention_and_leave_no_bytes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store = LocalStore(data_dir / "local.sqlite3")
    _fill(store)
    refused = store.items(REFUSED)[0]
    store.resolve(refused.id)
    with sqlite3.connect(data_dir / "local.sqlite3") as conn:
        sealed = [r[0] for r in conn.execute("SELECT body FROM outbox WHERE status IN ('sent', 'resolved')")]
    assert len(sealed) == 2
    # Kept within the retention period; purged after it. Pending writes are never purged.
    assert store.purge_settled(timedelta(days=7)) == 0
    assert store.purge_settled(timedelta(days=7), now=store.items(SENT)[0].created_at + timedelta(days=8)) == 2
    assert (store.count(SENT), store.count("resolved"), store.pending_count()) == (0, 0, 1)
    on_disk = _disk_bytes(data_dir)
    store.close()
    for value in sealed:  # secure_delete and the truncated WAL: not even the sealed form remains
        assert value.encode() not in on_disk + _disk_bytes(data_dir)


class _MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in (this Linux CI has no keyring daemon), through keyring's own API."""

    priority = -1  # never chosen on its own (keyring registers every subclass); set explicitly below

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def test_the_key_goes_to_the_os_keyring_when_there_is_one(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    backend = _MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        key, where = load_key(tmp_path)
        assert (where, len(key)) == ("keyring", 32)
        assert not (tmp_path / KEY_FILE).exists()
        assert load_key(tmp_path) == (key, "keyring")  # the same key at the next start
        store = LocalStore(tmp_path / "local.sqlite3")
        store.enqueue("POST", "/x", {"id_number": ID_NUMBER}, username="clerk01")
        store.close()
        assert not (tmp_path / KEY_FILE).exists() and len(backend.secrets) == 1
    finally:
        keyring.set_keyring(previous)


def test_without_a_keyring_the_key_file_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTER_APP_KEYRING", "off")
    key, where = load_key(tmp_path)
    assert (where, len(key)) == ("file", 32)
    assert _mode(tmp_path / KEY_FILE) == 0o600
    assert load_key(tmp_path) == (key, "file")
