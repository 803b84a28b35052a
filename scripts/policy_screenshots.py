"""Screenshots of the console's security policy tab (安全策略, issue 11 item 17), in Chinese and
in English, at 1366x768, into docs/screenshots/{zh_CN,en}-console-policy.png.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/policy_screenshots.py

The security administrator signs in, lowers the lock-out to three wrong passwords with the
keyboard and saves: the form shows the bounds of each number and who changed it last.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import DOCS, pump  # noqa: E402

from central_api.accounts.demo import DEMO_PASSWORD  # noqa: E402
from counter_app.app import Controller, Languages, apply_appearance, build_context  # noqa: E402
from counter_app.services.embedded_api import EmbeddedApi  # noqa: E402
from counter_app.services.settings import ClientSettings  # noqa: E402

OUT = DOCS / "screenshots"


def sign_in(app: QApplication, controller: Controller, ctx) -> None:  # noqa: ANN001
    dialog = controller.login_dialog or controller.show_login()
    pump(app, 300, lambda: ctx.monitor.online is True)
    dialog.station.setCurrentIndex(max(0, dialog.station.findText("南京市车管所")))
    dialog.username.setText("secadmin01")
    dialog.password.setText(DEMO_PASSWORD)
    dialog.submit()
    pump(app, 60, lambda: controller.window is not None)
    if controller.window is None:
        raise RuntimeError(f"secadmin01 was not signed in: {dialog.message.text()!r}")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="policy-shots-"))
    app = QApplication(sys.argv[:1])
    apply_appearance(app)
    languages = Languages(app)
    languages.use("zh_CN")
    api = EmbeddedApi(tmp / "api", extra_env={"CENTRAL_API_NOW": "2026-11-25T10:00:00+08:00"})
    url = api.start()
    saved = []
    try:
        ctx = build_context(ClientSettings(api_url=url, data_dir=tmp / "client"), url, parent=app)
        ctx.monitor.start()
        controller = Controller(app, ctx, languages)
        for lang, lockout in (("zh_CN", 30), ("en", 20)):
            languages.use(lang)
            sign_in(app, controller, ctx)
            window = controller.window
            window.resize(1366, 768)
            window.show()
            window.show_page("console")
            tab = window.page_by_key["console"].show_tab("policy")
            pump(app, 15, lambda tab=tab: tab.save_button.isEnabled())
            tab.spins["max_failed_logins"].setValue(3)
            tab.spins["lockout_minutes"].setValue(lockout)
            tab.save()
            pump(app, 15, lambda tab=tab: "saved" in tab.result.text() or "已保存" in tab.result.text())
            pump(app, 1.0)
            name = OUT / f"{lang}-console-policy.png"
            window.grab().save(str(name))
            saved.append(name)
            window.sign_out()
            pump(app, 5, lambda: controller.login_dialog is not None)
            controller.window = None
        print("saved", *saved, sep="\n  ")
        languages.use("zh_CN")
    finally:
        api.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
