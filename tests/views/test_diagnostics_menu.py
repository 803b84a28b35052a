"""帮助 → 导出诊断信息… in the main window (issue 14 item 4)."""
from __future__ import annotations

import zipfile

from PySide6.QtWidgets import QMessageBox

from counter_app.views.diagnostics_export import export_diagnostics_dialog
from tests.views.conftest import sign_in_through_dialog


def test_the_help_menu_exports_the_diagnostics_zip(qtbot, make_counter, tmp_path, monkeypatch):
    monkeypatch.setenv("COUNTER_STATION_FILE", str(tmp_path / "station.ini"))
    counter = make_counter(log_dir=tmp_path / "logs")
    window = sign_in_through_dialog(qtbot, counter, "clerk01")
    menu = window.menuBar().actions()[0]
    assert menu.text() == "帮助"
    assert window.export_diagnostics_action.text() == "导出诊断信息…"
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "counter-app.log").write_text("signed in\n", encoding="utf-8")
    target = tmp_path / "diag.zip"
    export_diagnostics_dialog(window, counter.ctx, target=target)  # the file dialog's answer
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "diagnosticsMessage") is not None, timeout=10000)
    message = window.findChild(QMessageBox, "diagnosticsMessage")
    assert str(target) in message.text() and "不含个人信息" in message.text()
    with zipfile.ZipFile(target) as archive:
        assert {"logs/counter-app.log", "versions.json", "settings.json"} <= set(archive.namelist())
        assert "南京市车管所" in archive.read("settings.json").decode("utf-8")
    message.close()
