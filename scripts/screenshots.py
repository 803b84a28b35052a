"""Screenshots of the real windows for docs/.

Run under Xvfb at the counter PCs' 1366x768 (`make screenshots`): the pictures are then
grabs of the real X screen, window frame and all; offscreen they are widget grabs.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from counter_app.app import Controller, Languages, apply_appearance, build_context
from counter_app.services.embedded_api import EmbeddedApi
from counter_app.services.settings import ClientSettings

DOCS = Path(__file__).resolve().parents[1] / "docs"


def pump(app: QApplication, seconds: float, until=lambda: False) -> None:  # noqa: ANN001
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        app.processEvents()
        time.sleep(0.02)


def shoot(app: QApplication, widget: QWidget, name: str) -> None:
    pump(app, 0.5)
    if QGuiApplication.platformName() == "xcb" and widget.isWindow() and widget.isMaximized():
        picture = QGuiApplication.primaryScreen().grabWindow(0)
    else:
        picture = widget.grab()
    picture.save(str(DOCS / name))


def plates_page(app: QApplication, window) -> None:  # noqa: ANN001
    """号牌确认 with a demo reservation found and the form filled in (postman installation)."""
    from central_api.seed import DEMO_RESERVATIONS

    window.show_page("plates")
    page = window.plates_page
    page.search.setText(DEMO_RESERVATIONS[0].id_number)
    page.run_search()
    pump(app, 10, lambda: page.model.rowCount() > 0)
    page.document_checked.setChecked(True)
    page.way.setCurrentIndex(page.way.findData("post_postman_install"))
    page.postal_address.setText("南京市栖霞区仙林大道163号")
    shoot(app, window, "plates-page.png")


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="counter-shots-"))
    app = QApplication(sys.argv[:1])
    apply_appearance(app)
    languages = Languages(app)
    languages.use("zh_CN")
    api = EmbeddedApi(tmp / "api")
    url = api.start()
    try:
        settings = ClientSettings(api_url=url, data_dir=tmp / "client")
        ctx = build_context(settings, url, parent=app)
        ctx.monitor.start()
        controller = Controller(app, ctx, languages)
        dialog = controller.show_login()
        pump(app, 30, lambda: ctx.monitor.online is True)
        dialog.username.setText("clerk01")
        pump(app, 0.5)
        shoot(app, dialog, "login.png")
        dialog.password.setText("Counter#2026")
        dialog.submit()
        pump(app, 20, lambda: controller.window is not None)
        window = controller.window
        window.showMaximized()
        window.show_page("sync")
        pump(app, 3)
        shoot(app, window, "main-window.png")
        plates_page(app, window)
        print("saved", DOCS / "login.png", DOCS / "main-window.png", DOCS / "plates-page.png")
        QTimer.singleShot(0, window.close)
        pump(app, 1)
    finally:
        api.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
