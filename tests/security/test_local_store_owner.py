"""Issue 11, item 12: a queued write replays only under the account that made it; another
account's writes wait, are shown as such, and a supervisor takes them over explicitly, audited."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from counter_app.services.api_client import ApiClient, ApiError
from counter_app.services.local_store import PENDING, SENT, LocalStore
from counter_app.services.sync import replay
from tests.fault.conftest import Registrations
from tests.views.conftest import sign_in_through_dialog

PASSWORD = "Counter#2026"


def _signed_in(live_api, username: str) -> ApiClient:  # noqa: ANN001
    api = ApiClient(live_api.base_url, retries=0)
    api.login(username, PASSWORD, None)
    return api


def _registered_by(auditor: ApiClient, admin: ApiClient, id_numbers: list[str]) -> dict[str, str]:
    """Who the centre's audit trail (read by the audit administrator) says registered each ID
    number's account (found by the supervisor)."""
    rows, after = [], 0
    while True:
        page = auditor.get("/audit", after_id=after, limit=500)["data"]
        if not page:
            break
        rows += page
        after = page[-1]["id"]
    users = {n: admin.get("/users", id_number=n)["data"][0]["id"] for n in id_numbers}
    by_user = {r["entity_id"]: r["username"] for r in rows if r["action"] == "user_registered"}
    return {number: by_user[str(user_id)] for number, user_id in users.items()}


@pytest.fixture
def store(tmp_path: Path):  # noqa: ANN201
    s = LocalStore(tmp_path / "client" / "local.sqlite3")
    yield s
    s.close()


def test_another_accounts_writes_wait_and_replay_under_their_maker(live_api, store) -> None:  # noqa: ANN001
    writes = Registrations(seed=11).batch(3)
    store.enqueue_many(writes, username="clerk01")
    numbers = [w[2]["id_number"] for w in writes]

    result = replay(store, _signed_in(live_api, "clerk02"))  # the next clerk at this PC
    assert (result.sent, result.remaining, result.waiting_for_others) == (0, 0, 3)
    assert store.pending_count() == 3 and store.count(SENT) == 0

    result = replay(store, _signed_in(live_api, "clerk01"))
    assert (result.sent, result.refused, result.remaining, result.waiting_for_others) == (3, 0, 0, 0)
    assert set(_registered_by(_signed_in(live_api, "auditor01"), _signed_in(live_api, "admin"), numbers).values()) == {"clerk01"}


def test_nobody_signed_in_replays_nothing(live_api, store) -> None:  # noqa: ANN001
    store.enqueue_many(Registrations(seed=12).batch(2), username="clerk01")
    result = replay(store, ApiClient(live_api.base_url, retries=0))
    assert (result.sent, result.stopped_by, result.waiting_for_others) == (0, "not_signed_in", 2)


def test_only_a_supervisor_may_record_a_take_over(live_api) -> None:  # noqa: ANN001
    body = {"from_username": "clerk01", "to_username": "clerk02", "count": 1, "idempotency_keys": ["0f6c1b1e-3a43-4b7e-9e0d-2a6d3b8a1f00"]}
    with pytest.raises(ApiError) as refused:
        _signed_in(live_api, "clerk02").request("POST", "/audit/outbox-takeovers", json=body)
    assert refused.value.status == 403
    with pytest.raises(ApiError) as bad:
        _signed_in(live_api, "admin").request("POST", "/audit/outbox-takeovers",
                                               json={**body, "from_username": "clerk01\x00"})
    assert bad.value.status == 422
    with pytest.raises(ApiError) as unknown:
        _signed_in(live_api, "admin").request("POST", "/audit/outbox-takeovers", json={**body, "to_username": "nobody"})
    assert (unknown.value.status, unknown.value.code) == (422, "takeover_target_unknown")


def test_a_supervisor_takes_over_on_the_sync_page_and_the_centre_audits_it(qtbot, make_counter, live_api) -> None:  # noqa: ANN001
    counter = make_counter()
    writes = Registrations(seed=13).batch(2)
    counter.ctx.store.enqueue_many(writes, username="clerk01")
    window = sign_in_through_dialog(qtbot, counter, "admin")
    window.show_page("sync")
    page = window.page_by_key["sync"]
    qtbot.waitUntil(lambda: "clerk01" in page.others_label.text(), timeout=15000)
    assert page.pending.rowCount() == 2
    assert counter.ctx.store.pending_count() == 2  # admin's own replay left clerk01's writes alone
    assert page.take_over_button.isVisibleTo(page)
    owner_column = page.pending.columnCount() - 1
    assert "clerk01" in page.pending.data(page.pending.index(0, owner_column))
    page.pending_view.selectRow(0)
    page.take_over_to.setText("clerk02")  # the clerk now at this window sends them

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "clerk02" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(300, confirm)
    page.take_over_button.click()
    qtbot.waitUntil(lambda: "clerk02" in page.message.text(), timeout=20000)
    assert counter.ctx.store.pending_owners() == {"clerk02": 2}  # admin's replay leaves them to clerk02

    auditor = _signed_in(live_api, "auditor01")  # the audit administrator reads the trail (三员分立)
    takeovers = [r for r in auditor.get("/audit", limit=500)["data"] if r["action"] == "outbox_takeover"]
    assert len(takeovers) == 1 and takeovers[0]["username"] == "admin"
    detail = takeovers[0]["detail"]
    assert (detail["from_username"], detail["to_username"], detail["count"]) == ("clerk01", "clerk02", 2)
    assert sorted(detail["idempotency_keys"]) == sorted(i.idempotency_key for i in counter.ctx.store.pending())

    result = replay(counter.ctx.store, _signed_in(live_api, "clerk02"))
    assert (result.sent, result.refused) == (2, 0)
    numbers = [w[2]["id_number"] for w in writes]
    assert set(_registered_by(auditor, _signed_in(live_api, "admin"), numbers).values()) == {"clerk02"}
