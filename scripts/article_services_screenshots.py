"""Screenshots of the three pages of the article's other services (issue 15), and pictures of the
printed label form and the fine payment receipt.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/article_services_screenshots.py

The demo centre starts at Wednesday 2026-11-25 10:00 (CENTRAL_API_NOW). The clerk issues this
year's label of 林晓's car, handles and takes the fine of 蒋涛's parking violation (the bank
confirms it), and opens 韩磊's licence review (90 of 120 minutes studied).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import DOCS, pump, shoot, shoot_both  # noqa: E402

from counter_app.app import Controller, Languages, apply_appearance, build_context  # noqa: E402
from counter_app.services.embedded_api import EmbeddedApi  # noqa: E402
from counter_app.services.settings import ClientSettings  # noqa: E402


def save_pdf(pdf: bytes, tmp: Path, name: str) -> None:
    path = tmp / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(path), str(DOCS / name)], check=True)


def close_previews(app: QApplication, window) -> None:  # noqa: ANN001
    for widget in app.topLevelWidgets():
        if widget is not window and widget.isVisible() and widget.windowTitle().startswith(("打印预览", "Print")):
            widget.close()


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="article-shots-"))
    app = QApplication(sys.argv[:1])
    apply_appearance(app)
    languages = Languages(app)
    languages.use("zh_CN")
    # A small plate segment: these pages show no plates, and the full pool takes a minute to load.
    api = EmbeddedApi(tmp / "api", extra_env={"CENTRAL_API_NOW": "2026-11-25T10:00:00+08:00",
                                              "CENTRAL_API_PLATE_SEGMENTS": "苏A:0L0DL",
                                              "CENTRAL_API_PLATE_POOL_MIN_AVAILABLE": "1000"})
    url = api.start()
    try:
        ctx = build_context(ClientSettings(api_url=url, data_dir=tmp / "client"), url, parent=app)
        ctx.monitor.start()
        controller = Controller(app, ctx, languages)
        dialog = controller.show_login()
        pump(app, 300, lambda: ctx.monitor.online is True)
        dialog.username.setText("clerk01")
        dialog.password.setText("Counter#2026")
        dialog.submit()
        pump(app, 20, lambda: controller.window is not None)
        window = controller.window
        if window is None:
            raise RuntimeError(f"not signed in: {dialog.message.text()}")
        window.showMaximized()

        window.show_page("labels")
        labels = window.page_by_key["labels"]
        labels.search.setText("苏AM7Q26")
        labels.run_search()
        pump(app, 10, lambda: labels.current is not None)
        labels.serial.setText("JS2026A0098765")
        labels.issue()
        pump(app, 15, lambda: labels.last_pdf is not None)
        pump(app, 2)
        save_pdf(labels.last_pdf, tmp, "label-form")
        close_previews(app, window)
        shoot(app, window, "label-page.png")
        shoot_both(app, languages, window, "labels")

        window.show_page("violations")
        page = window.page_by_key["violations"]
        page.search.setText("苏AK5H81")
        page.run_search()
        pump(app, 10, lambda: page.model.rowCount() > 0)
        page.licence_number.setText("320104197903050525")
        page.driver_name.setText("蒋涛")
        page.handle()
        pump(app, 10, lambda: (page.selected() or {}).get("status") == "handled")
        page.bank.setCurrentIndex(page.bank.findText("江苏银行"))
        page.bank_reference.setText("JSB-20261125-7788")
        page.pay()
        pump(app, 10, lambda: bool((page.selected() or {}).get("payment")))
        page.confirm()
        pump(app, 10, lambda: (page.selected() or {}).get("status") == "paid")
        page.print_receipt()
        pump(app, 15, lambda: page.last_pdf is not None)
        pump(app, 1)
        save_pdf(page.last_pdf, tmp, "fine-receipt")
        close_previews(app, window)
        shoot(app, window, "violations-page.png")
        shoot_both(app, languages, window, "violations")

        window.show_page("licence_review")
        review = window.page_by_key["licence_review"]
        review.search.setText("320113197509220713")
        review.run_search()
        pump(app, 10, lambda: review.record is not None)
        pump(app, 1)
        shoot(app, window, "licence-review-page.png")
        shoot_both(app, languages, window, "licence-review")
        print("saved", *(DOCS / n for n in ("label-page.png", "label-form.png", "violations-page.png",
                                           "fine-receipt.png", "licence-review-page.png")))
        QTimer.singleShot(0, window.close)
        pump(app, 1)
    finally:
        api.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
