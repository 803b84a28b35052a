"""Issue 11, item 13: a deleted or replaced outbox file is noticed before 已保存 is said, and a
corrupt or undecryptable one is moved aside at start, the clerk told, and the app starts."""
from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path

import pytest

from counter_app.services.local_store import MOVED_ASIDE, REBUILT, LocalStore, LocalStoreLost
from counter_app.services.store_protection import KEY_FILE

BODY = {"user_type": "new_car_owner", "id_number": "320102199003071235", "name": "测试", "mobile": "13912345678"}


@pytest.fixture(autouse=True)
def _key_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTER_APP_KEYRING", "off")  # the key beside the data, where a test can reach it


def _pending_after_reopen(path: Path) -> list[str]:
    store = LocalStore(path)
    try:
        return [item.summary for item in store.pending()]
    finally:
        store.close()


@pytest.mark.parametrize("what", ["the file", "the file, its WAL and SHM"])
def test_a_file_deleted_under_the_app_is_rebuilt_before_the_write_is_confirmed(tmp_path: Path, what: str) -> None:
    path = tmp_path / "data" / "local.sqlite3"
    store = LocalStore(path)
    store.enqueue("POST", "/users/personal", BODY, summary="before", username="clerk01")
    for suffix in ("", "-wal", "-shm") if "WAL" in what else ("",):
        path.with_name(path.name + suffix).unlink()
    item = store.enqueue("POST", "/users/personal", BODY, summary="after", username="clerk01")
    assert item.summary == "after" and path.exists()
    assert store.take_incidents() == [REBUILT]
    store.close()
    assert _pending_after_reopen(path) == ["before", "after"]  # both on disk, at the path


def test_a_file_deleted_between_the_check_and_the_commit_is_still_caught(tmp_path: Path) -> None:
    path = tmp_path / "data" / "local.sqlite3"
    store = LocalStore(path)
    store.enqueue("POST", "/x", BODY, summary="before", username="clerk01")
    checks = []
    original = store._ensure_file

    def delete_after_first_check() -> None:  # the deletion lands while the transaction runs
        original()
        if not checks:
            checks.append(1)
            path.unlink()

    store._ensure_file = delete_after_first_check
    store.enqueue("POST", "/x", BODY, summary="racing", username="clerk01")
    store.close()
    assert _pending_after_reopen(path) == ["before", "racing"]


def test_a_replaced_file_is_kept_aside_and_the_outbox_restored(tmp_path: Path) -> None:
    path = tmp_path / "data" / "local.sqlite3"
    store = LocalStore(path)
    store.enqueue("POST", "/x", BODY, summary="mine", username="clerk01")
    path.unlink()
    path.write_bytes(b"somebody else's file")
    store.enqueue("POST", "/x", BODY, summary="next", username="clerk01")
    store.close()
    aside = [p for p in path.parent.iterdir() if p.name.startswith("local.sqlite3.unreadable-")
             and not p.name.endswith(("-wal", "-shm"))]  # the old file's WAL/SHM are moved aside too
    assert [p.read_bytes() for p in aside] == [b"somebody else's file"]
    assert _pending_after_reopen(path) == ["mine", "next"]


def test_when_the_file_cannot_be_rebuilt_the_write_is_not_confirmed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = LocalStore(folder / "local.sqlite3")
    store.enqueue("POST", "/x", BODY, username="clerk01")
    shutil.rmtree(folder)
    folder.write_bytes(b"")  # the folder is now a file: nothing can be written there (not even by root)
    with pytest.raises(LocalStoreLost) as lost:
        store.enqueue("POST", "/x", BODY, username="clerk01")
    assert "没有保存" in lost.value.message
    store.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "another key"])
def test_an_unreadable_file_is_moved_aside_with_a_timestamp_and_a_new_one_begun(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "data" / "local.sqlite3"
    store = LocalStore(path)
    store.enqueue_many([("POST", "/x", BODY)] * 200, username="clerk01")
    store.close()
    if damage == "garbage":
        path.write_bytes(os.urandom(8192))
    elif damage == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    else:  # the key is not the one the file was sealed with (a copied file, a lost keyring entry)
        (path.parent / KEY_FILE).write_text(base64.b64encode(os.urandom(32)).decode())
    damaged = path.read_bytes()
    store = LocalStore(path)  # starts: no exception
    try:
        incidents = store.take_incidents()
        aside = [p for p in path.parent.iterdir() if p.name.startswith("local.sqlite3.unreadable-")
                 and not p.name.endswith(("-wal", "-shm"))]
        assert len(aside) == 1 and aside[0].read_bytes() == damaged
        assert incidents == [MOVED_ASIDE.format(name=aside[0].name)]
        assert "已改名保存为" in incidents[0]
        assert store.pending_count() == 0
        store.enqueue("POST", "/x", BODY, summary="new", username="clerk01")
        assert [i.summary for i in store.pending()] == ["new"]
    finally:
        store.close()


def test_the_clerk_is_told_at_start_and_the_app_starts(qtbot, make_counter, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from tests.views.conftest import open_login

    data_dir = tmp_path / "client0"  # make_counter's first data folder
    data_dir.mkdir()
    (data_dir / "local.sqlite3").write_bytes(b"not a database at all" * 100)
    counter = make_counter()
    dialog = open_login(qtbot, counter)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "storeNotice") is not None, timeout=5000)
    text = dialog.findChild(QMessageBox, "storeNotice").text()
    assert "已改名保存为 local.sqlite3.unreadable-" in text and "联系信息科" in text
    assert dialog.isVisible()  # the log-in window is there: the app started


def test_a_write_whose_file_was_deleted_is_saved_in_the_rebuilt_file_and_the_clerk_told(qtbot, make_counter) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from counter_app.services.sync import Write
    from tests.fault.conftest import Registrations
    from tests.views.conftest import sign_in_through_dialog

    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "clerk01")
    path = counter.ctx.store.path
    path.unlink()
    outcomes = []
    method, url, body = Registrations(seed=131).batch(1)[0]
    counter.ctx.writes.submit(Write("register_personal", method, url, body, "个人用户注册", offline_ok=True),
                              lambda outcome, payload: outcomes.append(outcome))
    qtbot.waitUntil(lambda: "sent" in outcomes, timeout=20000)
    assert outcomes[0] == "queued"
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "storeNotice") is not None, timeout=5000)
    assert window.findChild(QMessageBox, "storeNotice").text() == REBUILT
    assert path.exists() and counter.ctx.store.count("sent") == 1
