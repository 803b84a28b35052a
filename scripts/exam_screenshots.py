"""Screenshots of the exam booking and cancellation pages, and a picture of the booking receipt.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/exam_screenshots.py

The demo centre starts at Wednesday 2026-11-25 10:00 (CENTRAL_API_NOW) so the phone desk is
open; the phone operator books 科目二 for the demo candidate 周婷 and then cancels it.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import DOCS, pump, shoot  # noqa: E402

from counter_app.app import Controller, Languages, apply_appearance, build_context  # noqa: E402
from counter_app.services.embedded_api import EmbeddedApi  # noqa: E402
from counter_app.services.settings import ClientSettings  # noqa: E402

ZHOU_TING = ("320104199807020229", "13905170002")


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="exam-shots-"))
    app = QApplication(sys.argv[:1])
    apply_appearance(app)
    languages = Languages(app)
    languages.use("zh_CN")
    api = EmbeddedApi(tmp / "api", extra_env={"CENTRAL_API_NOW": "2026-11-25T10:00:00+08:00"})
    url = api.start()
    try:
        ctx = build_context(ClientSettings(api_url=url, data_dir=tmp / "client"), url, parent=app)
        ctx.monitor.start()
        controller = Controller(app, ctx, languages)
        dialog = controller.show_login()
        pump(app, 30, lambda: ctx.monitor.online is True)
        dialog.username.setText("phone01")
        dialog.password.setText("Counter#2026")
        dialog.submit()
        pump(app, 20, lambda: controller.window is not None)
        window = controller.window
        window.showMaximized()
        window.show_page("exam_booking")
        page = window.exam_booking_page
        page.lookup.id_number.setText(ZHOU_TING[0])
        page.lookup.mobile.setText(ZHOU_TING[1])
        page.find()
        pump(app, 10, lambda: page.sessions.rowCount() > 0 and page.sessions.rows[0]["subject"] == "k2")
        page.sessions_view.selectRow(0)
        page.book()
        pump(app, 10, lambda: page.last_booking is not None)
        pump(app, 2)
        shoot(app, window, "exam-booking.png")
        page.print_receipt()
        pump(app, 10, lambda: page.last_pdf is not None)
        receipt = tmp / "receipt.pdf"
        receipt.write_bytes(page.last_pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(receipt), str(DOCS / "exam-receipt")],
                       check=True)
        for widget in app.topLevelWidgets():
            if widget is not window and widget.isVisible() and widget.windowTitle().startswith(("打印预览", "Print")):
                widget.close()

        window.show_page("exam_cancel")
        cancel = window.exam_cancel_page
        cancel.lookup.id_number.setText(ZHOU_TING[0])
        cancel.lookup.mobile.setText(ZHOU_TING[1])
        cancel.find()
        pump(app, 10, lambda: cancel.bookings.rowCount() > 0)
        pump(app, 1)
        shoot(app, window, "exam-cancel.png")
        print("saved", *(DOCS / n for n in ("exam-booking.png", "exam-cancel.png", "exam-receipt.png")))
        QTimer.singleShot(0, window.close)
        pump(app, 1)
    finally:
        api.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
