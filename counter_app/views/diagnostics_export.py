"""帮助 → 导出诊断信息…: the zip for the help desk, written in the background."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from counter_app.services.context import AppContext
from counter_app.services.diagnostics import export_diagnostics


def export_diagnostics_dialog(parent: QWidget, ctx: AppContext, target: Path | None = None) -> None:
    """Ask where (unless `target` is given), then write the zip off the UI thread."""
    title = QCoreApplication.translate("DiagnosticsExport", "Export diagnostics")
    if target is None:
        suggested = Path.home() / f"counter-diagnostics-{datetime.now():%Y%m%d-%H%M}.zip"
        chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), "ZIP (*.zip)")
        if not chosen:
            return
        target = Path(chosen)
    extra = {"station": ctx.station_name}

    def tell(icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("diagnosticsMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window keeps running

    def done(path: Path) -> None:
        tell(QMessageBox.Icon.Information, QCoreApplication.translate(
            "DiagnosticsExport", "Diagnostics saved to {0}. It holds the recent logs, the versions and the "
            "settings of this PC, and no personal data.").format(path))

    def failed(exc: Exception) -> None:
        tell(QMessageBox.Icon.Warning, QCoreApplication.translate(
            "DiagnosticsExport", "The diagnostics could not be saved: {0}").format(exc))

    ctx.runner.submit(lambda: export_diagnostics(target, ctx.settings, api_url=ctx.api.base_url, extra=extra),
                      done, failed)
