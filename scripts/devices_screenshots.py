"""Screenshots of the console's counter PCs tab (本机登记, issues 11 and 14), in Chinese and in
English, at 1366x768, into docs/screenshots/{zh_CN,en}-console-devices.png.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/devices_screenshots.py

The demo centre runs as in production here: enrolments wait for the system administrator
(CENTRAL_API_AUTO_APPROVE_DEVICES=0). The administrator's own PC is approved at the server
(`central-api approve-device`); four window PCs then ask: two are approved, one revoked, one
waits with its code typed into the form, and the revoke confirmation is open on an active one.
"""
from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

import requests
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import DOCS, pump  # noqa: E402

from central_api.accounts.demo import DEMO_PASSWORD  # noqa: E402
from central_api.cli import main as central_api_main  # noqa: E402
from counter_app.app import Controller, Languages, apply_appearance, build_context  # noqa: E402
from counter_app.services.device_identity import DeviceIdentity  # noqa: E402
from counter_app.services.embedded_api import EmbeddedApi  # noqa: E402
from counter_app.services.settings import ClientSettings  # noqa: E402

OUT = DOCS / "screenshots"
PCS = (("XW-WIN-03", 1, "approve"), ("JB-WIN-01", 2, "approve"), ("XW-WIN-07", 1, "revoke"), ("YX-KD-02", 3, "wait"))


def sign_in(app: QApplication, controller: Controller, ctx) -> str:  # noqa: ANN001
    """Type sysadmin01's password; answer the window, or the message (the code) of a refusal."""
    dialog = controller.login_dialog or controller.show_login()
    pump(app, 300, lambda: ctx.monitor.online is True)
    dialog.station.setCurrentIndex(max(0, dialog.station.findText("南京市车管所")))
    dialog.username.setText("sysadmin01")
    dialog.password.setText(DEMO_PASSWORD)
    dialog.message.clear()
    dialog.submit()
    pump(app, 30, lambda: controller.window is not None or "登记码" in dialog.message.text())
    return dialog.message.text()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="devices-shots-"))
    app = QApplication(sys.argv[:1])
    apply_appearance(app)
    languages = Languages(app)
    languages.use("zh_CN")
    # No CENTRAL_API_NOW: `approve-device` runs on the real time, as a production server does.
    api = EmbeddedApi(tmp / "api", extra_env={"CENTRAL_API_REQUIRE_DEVICE": "1",
                                              "CENTRAL_API_AUTO_APPROVE_DEVICES": "0"})
    url = api.start()
    saved = []
    try:
        ctx = build_context(ClientSettings(api_url=url, data_dir=tmp / "client"), url, parent=app)
        ctx.monitor.start()
        controller = Controller(app, ctx, languages)
        code = re.search(r"登记码 (\d{8})", sign_in(app, controller, ctx))
        if code is None:
            raise RuntimeError("the first sign-in showed no enrolment code")
        os.environ["DATABASE_URL"] = f"sqlite:///{api.data_dir / 'central-demo.sqlite3'}"
        if central_api_main(["approve-device", code.group(1)]) != 0:
            raise RuntimeError("approve-device failed")
        sign_in(app, controller, ctx)
        window = controller.window
        if window is None:
            raise RuntimeError("sysadmin01 was not signed in")
        window.resize(1366, 768)
        window.show()
        codes = {}
        for name, station_id, _fate in PCS:
            answer = requests.post(f"{url}/api/v1/devices/enrolment", timeout=20, json={
                "public_key": DeviceIdentity(tmp / name).public_key(), "station_id": station_id, "name": name})
            answer.raise_for_status()
            codes[name] = (answer.json()["device_id"], answer.json()["code"])
        for name, _station_id, fate in PCS:
            if fate in ("approve", "revoke"):
                ctx.api.post("/devices/approval", {"code": codes[name][1], "station_id": None})
            if fate == "revoke":
                ctx.api.post(f"/devices/{codes[name][0]}/revoke", None)
        for lang in ("zh_CN", "en"):
            if lang != "zh_CN":  # signed in in that language: the whole window speaks it
                window.sign_out()
                pump(app, 5, lambda: controller.login_dialog is not None)
                controller.window = None
                languages.use(lang)
                sign_in(app, controller, ctx)
                window = controller.window
                window.resize(1366, 768)
                window.show()
            window.show_page("console")
            tab = window.page_by_key["console"].show_tab("devices")
            pump(app, 10, lambda tab=tab: tab.model.rowCount() == len(PCS) + 1)
            tab.code.setText(f"{codes['YX-KD-02'][1][:4]} {codes['YX-KD-02'][1][4:]}")
            tab.table.selectRow(tab.model.find(codes["JB-WIN-01"][0]))
            tab.revoke_button.click()
            pump(app, 1.5)
            name = OUT / f"{lang}-console-devices.png"
            window.grab().save(str(name))
            saved.append(name)
        print("saved", *saved, sep="\n  ")
        languages.use("zh_CN")
        window.closed.disconnect()
        window.close()
        pump(app, 1)
    finally:
        api.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
