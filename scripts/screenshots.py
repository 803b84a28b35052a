"""Screenshots of the real windows for docs/.

Run under Xvfb at the counter PCs' 1366x768 (`make screenshots`): the pictures are then
grabs of the real X screen, window frame and all; offscreen they are widget grabs.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from central_api.registration.demo import load_people
from counter_app.app import Controller, Languages, apply_appearance, build_context
from counter_app.services.embedded_api import EmbeddedApi
from counter_app.services.settings import ClientSettings

DOCS = Path(__file__).resolve().parents[1] / "docs"
DEMO_IDS = {c["name"]: c["id_number"] for c in load_people()["cards"]}


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
    from central_api.plates.demo import DEMO_RESERVATIONS

    window.show_page("plates")
    page = window.plates_page
    page.search.setText(DEMO_RESERVATIONS[0].id_number)
    page.run_search()
    pump(app, 10, lambda: page.model.rowCount() > 0)
    page.document_checked.setChecked(True)
    page.way.setCurrentIndex(page.way.findData("post_postman_install"))
    page.postal_address.setText("南京市栖霞区仙林大道163号")
    shoot(app, window, "plates-page.png")


def save_form_png(user: dict, ctx) -> None:  # noqa: ANN001
    """The application form of the open record, as the clerk prints it, to docs/ as PNG."""
    from counter_app.services.printing import render_pdf
    from counter_app.services.registration import registration_form

    spec = registration_form(user, change=True, changes=["面签升级（可绑定车辆 1 → 3 辆）"], clerk=ctx.clerk_label,
                             station=ctx.station_name, printed_at=ctx.clock.now())
    pdf = DOCS / "registration-form.pdf"
    pdf.write_bytes(render_pdf(spec))
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(DOCS / "registration-form")],
                   check=True)
    pdf.unlink()


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
        if QGuiApplication.platformName() == "xcb":
            window.showMaximized()
        else:
            window.resize(1366, 768)
        window.show_page("sync")
        pump(app, 3)
        shoot(app, window, "main-window.png")

        # 面签注册: the online user 王芳 found, her record open.
        page = window.page_by_key["face_sign"]
        window.show_page("face_sign")
        page.search.setText(DEMO_IDS["王芳"])
        page.find()
        pump(app, 5, lambda: page.record.user is not None and page.record.owned.rowCount() > 0)
        shoot(app, window, "registration.png")
        save_form_png(page.record.user, ctx)
        page.tabs.setCurrentIndex(1)
        page.personal.id_number.setText(DEMO_IDS["张伟"])
        page.personal.load_vehicles()
        page.personal.name.setText("张伟")
        page.personal.mobile.setText("13905171234")
        pump(app, 5, lambda: page.personal.vehicles.rowCount() == 4)
        shoot(app, window, "registration-personal.png")
        plates_page(app, window)
        print("saved", *sorted(p.name for p in DOCS.glob("*.png")))
        QTimer.singleShot(0, window.close)
        pump(app, 1)
    finally:
        api.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
