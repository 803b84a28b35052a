"""Screenshots of the supervisor's console, the live board and the password change (issue 12), in
Chinese and in English, at 1366x768, into docs/screenshots/.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/console_screenshots.py

The demo centre starts at Wednesday 2026-11-25 10:00 (CENTRAL_API_NOW), so the calendar warns that
2026 is its last year. The supervisor creates an account, enters 2027-01-01 (元旦) and computes a
plate deadline; two other counter PCs report heartbeats (one with writes waiting) before the board.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import requests
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import DOCS, pump  # noqa: E402

from counter_app.app import Controller, Languages, apply_appearance, build_context  # noqa: E402
from counter_app.services.embedded_api import EmbeddedApi  # noqa: E402
from counter_app.services.settings import ClientSettings  # noqa: E402
from counter_app.views.password_dialog import PasswordDialog  # noqa: E402

OUT = DOCS / "screenshots"


def beat(url: str, username: str, device: str, host: str, pending: int, refused: int) -> None:
    token = requests.post(f"{url}/api/v1/auth/login", json={"username": username, "password": "Counter#2026"},
                          timeout=20).json()["access_token"]
    requests.put(f"{url}/api/v1/counters/{device}/heartbeat", headers={"Authorization": f"Bearer {token}"},
                 json={"hostname": host, "version": "0.1.0", "pending_writes": pending, "refused_writes": refused},
                 timeout=10).raise_for_status()


def allocate_closed_sessions(url: str) -> None:
    """Allocate the demo's sessions whose booking has closed: their SMS fill the outbox."""
    token = requests.post(f"{url}/api/v1/auth/login", json={"username": "admin", "password": "Counter#2026"},
                          timeout=20).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    for plan in requests.get(f"{url}/api/v1/exam-plans", headers=headers, timeout=10).json()["data"]:
        requests.post(f"{url}/api/v1/exam-plans/{plan['id']}/allocate", headers=headers, timeout=30)


def sign_in(app: QApplication, controller: Controller, ctx, username: str = "admin"):  # noqa: ANN001, ANN201
    dialog = controller.login_dialog or controller.show_login()
    pump(app, 300, lambda: ctx.monitor.online is True)
    controller.window = None
    dialog.username.setText(username)
    dialog.password.setText("Counter#2026")
    dialog.submit()
    pump(app, 20, lambda: controller.window is not None)
    if controller.window is None:
        raise RuntimeError(f"not signed in: {dialog.message.text()}")
    controller.window.resize(1366, 768)
    controller.window.show()
    return controller.window


def save(window, name: Path, saved: list[Path]) -> None:  # noqa: ANN001
    window.grab().save(str(name))
    saved.append(name)


def accounts_shot(app: QApplication, window, lang: str, *, first: bool, saved: list[Path]) -> None:  # noqa: ANN001
    """The accounts tab is the system administrator's (三员分立)."""
    window.show_page("console")
    accounts = window.page_by_key["console"].show_tab("accounts")
    pump(app, 10, lambda: accounts.model.rowCount() > 0)
    if first:  # the write once; the second language shows its outcome
        accounts.new_username.setText("clerk11")
        accounts.new_name.setText("周辅警")
        accounts.new_password.setText("Temp#2026Xuanwu")
        accounts.create()
        pump(app, 10, lambda: accounts.model.rowCount() > 6)
    pump(app, 1)
    save(window, OUT / f"{lang}-console-accounts.png", saved)


def audit_shot(app: QApplication, window, lang: str, saved: list[Path]) -> None:  # noqa: ANN001
    """The audit trail is the audit administrator's."""
    window.show_page("console")
    tab = window.page_by_key["console"].show_tab("audit")
    pump(app, 10, lambda: tab.model.rowCount() > 0)
    pump(app, 1)
    save(window, OUT / f"{lang}-console-audit.png", saved)


def shots(app: QApplication, window, lang: str, *, first: bool, saved: list[Path]) -> None:  # noqa: ANN001
    """The business supervisor's tabs and the board."""
    window.show_page("console")
    console = window.page_by_key["console"]
    calendar = console.show_tab("calendar")
    pump(app, 10, lambda: calendar.years is not None)
    if first:
        calendar.name.setText("元旦")
        calendar.add_day()
    pump(app, 10, lambda: calendar.model.rowCount() > 0)
    calendar.chosen_on.setDate(QDate(2026, 12, 30))
    calendar.trial()
    pump(app, 10, lambda: "2027" in calendar.trial_result.text())
    blacklist = console.show_tab("blacklist")
    pump(app, 10, lambda: blacklist.model.rowCount() > 0)
    blacklist.table.selectRow(0)
    blacklist.reason.setText("经核实系短信未送达，未能按期确认")
    for key in ("pool", "sms"):
        tab = console.show_tab(key)
        pump(app, 10, lambda tab=tab: tab.model.rowCount() > 0)
    for key in ("calendar", "pool", "blacklist", "sms"):
        console.show_tab(key)
        pump(app, 1)
        save(window, OUT / f"{lang}-console-{key}.png", saved)
    window.show_page("board")
    pump(app, 3, lambda: window.page_by_key["board"].last is not None)
    pump(app, 1.5)
    save(window, OUT / f"{lang}-board.png", saved)


def signed_out(app: QApplication, controller: Controller, window) -> None:  # noqa: ANN001
    window.sign_out()
    pump(app, 5, lambda: controller.login_dialog is not None)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="console-shots-"))
    app = QApplication(sys.argv[:1])
    apply_appearance(app)
    languages = Languages(app)
    languages.use("zh_CN")
    api = EmbeddedApi(tmp / "api", extra_env={"CENTRAL_API_NOW": "2026-11-25T10:00:00+08:00",
                                              "CENTRAL_API_PLATE_SEGMENTS": "苏A:0L0DL",
                                              "CENTRAL_API_PLATE_POOL_MIN_AVAILABLE": "1000",
                                              # the heartbeats below sign in with a password only
                                              "CENTRAL_API_REQUIRE_DEVICE": "0"})
    url = api.start()
    saved = []
    try:
        ctx = build_context(ClientSettings(api_url=url, data_dir=tmp / "client", board_refresh_ms=1000), url,
                            parent=app)
        ctx.monitor.start()
        controller = Controller(app, ctx, languages)
        for lang in ("zh_CN", "en"):
            languages.use(lang)  # signed in in that language: the whole window speaks it
            window = sign_in(app, controller, ctx, "sysadmin01")
            accounts_shot(app, window, lang, first=lang == "zh_CN", saved=saved)
            signed_out(app, controller, window)
            window = sign_in(app, controller, ctx, "auditor01")
            audit_shot(app, window, lang, saved)
            signed_out(app, controller, window)
            if lang == "zh_CN":  # signs admin in through the API: before the window's session, not after
                allocate_closed_sessions(url)
            window = sign_in(app, controller, ctx)
            beat(url, "clerk01", "5b7e0c1a-0000-4000-8000-000000000001", "XW-WIN-01", 3, 0)
            beat(url, "clerk08", "5b7e0c1a-0000-4000-8000-000000000008", "YX-KD-02", 0, 1)
            shots(app, window, lang, first=lang == "zh_CN", saved=saved)
            forced = PasswordDialog(ctx, forced=True)
            forced.show()
            pump(app, 1)
            name = OUT / f"{lang}-password-change.png"
            forced.grab().save(str(name))
            saved.append(name)
            forced.close()
            signed_out(app, controller, window)
        print("saved", *saved, sep="\n  ")
        if controller.login_dialog is not None:
            controller.login_dialog.rejected.disconnect()
            controller.login_dialog.close()
        pump(app, 1)
    finally:
        api.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
