"""Every page of the counter at 1366x768, in Chinese and in English, for docs/pages/.

`xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/page_screenshots.py` (or
offscreen). The demo centre starts at Wednesday 2026-11-25 10:00 Nanjing time so that the
bookings, the phone desk and the plate reservations have the README's data.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from central_api.registration.demo import load_people
from central_api.plates.demo import DEMO_RESERVATIONS
from counter_app.app import Controller, Languages, apply_appearance, build_context
from counter_app.services.embedded_api import EmbeddedApi
from counter_app.services.settings import ClientSettings

OUT = Path(__file__).resolve().parents[1] / "docs" / "pages"
IDS = {c["name"]: c["id_number"] for c in load_people()["cards"]}


def pump(app: QApplication, seconds: float, until=lambda: False) -> None:  # noqa: ANN001
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        app.processEvents()
        time.sleep(0.02)


def shoot(app: QApplication, widget: QWidget, name: str) -> None:
    pump(app, 0.6)
    widget.grab().save(str(OUT / name))


def pages(app: QApplication, url: str, tmp: Path, language: str, languages: Languages) -> None:
    languages.use(language)
    ctx = build_context(ClientSettings(api_url=url, data_dir=tmp / f"client-{language}"), url, parent=app)
    ctx.monitor.start()
    controller = Controller(app, ctx, languages)
    dialog = controller.show_login()
    started = time.monotonic()
    pump(app, 120, lambda: ctx.monitor.online is True)
    print(f"centre online after {time.monotonic() - started:.1f} s: {ctx.monitor.online}", flush=True)
    dialog.username.setText("clerk01")
    shoot(app, dialog, f"{language}-login.png")
    dialog.password.setText("Counter#2026")
    dialog.submit()
    pump(app, 30, lambda: controller.window is not None)
    window = controller.window
    if window is None:
        raise SystemExit(f"sign-in failed: {dialog.message.text()}")
    window.resize(1366, 768)
    window.ticket.setText("A023")
    window.ticket.returnPressed.emit()

    page = window.page_by_key["face_sign"]
    window.show_page("face_sign")
    page.search.setText(IDS["王芳"])
    page.find()
    pump(app, 10, lambda: page.record.user is not None and page.record.owned.rowCount() > 0)
    shoot(app, window, f"{language}-registration-find.png")
    page.tabs.setCurrentIndex(1)
    page.personal.id_number.setText(IDS["张伟"])
    page.personal.load_vehicles()
    page.personal.name.setText("张伟")
    page.personal.mobile.setText("13905171234")
    pump(app, 10, lambda: page.personal.vehicles.rowCount() == 4)
    shoot(app, window, f"{language}-registration-personal.png")
    page.tabs.setCurrentIndex(2)
    shoot(app, window, f"{language}-registration-unit.png")

    window.show_page("contact_change")
    contact = window.page_by_key["contact_change"]
    contact.id_edit.setText(IDS["王芳"])
    contact.find()
    pump(app, 10, lambda: contact.person is not None)
    shoot(app, window, f"{language}-contact-change.png")

    window.show_page("plates")
    plates = window.plates_page
    plates.search.setText(DEMO_RESERVATIONS[0].id_number)
    plates.run_search()
    pump(app, 10, lambda: plates.model.rowCount() > 0)
    plates.document_checked.setChecked(True)
    shoot(app, window, f"{language}-plates.png")

    window.show_page("exam_booking")
    booking = window.exam_booking_page
    booking.lookup.id_number.setText("32011319900108051X")  # 郑浩: the 5th 科目三 booking is the last
    booking.find()
    pump(app, 10, lambda: booking.candidate is not None)
    pump(app, 3, lambda: booking.sessions.rowCount() > 0)
    shoot(app, window, f"{language}-exam-booking.png")

    window.show_page("exam_cancel")
    cancel = window.exam_cancel_page
    cancel.lookup.id_number.setText("32011319900108051X")
    cancel.find()
    pump(app, 10, lambda: cancel.lookup_values is not None)
    shoot(app, window, f"{language}-exam-cancel.png")

    window.show_page("printing")
    shoot(app, window, f"{language}-printing.png")
    window.show_page("sync")
    pump(app, 2)
    shoot(app, window, f"{language}-sync.png")
    window.closed.disconnect()
    window.close()
    pump(app, 1)
    ctx.monitor.stop()
    ctx.runner.wait(5000)
    ctx.store.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="counter-pages-"))
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    apply_appearance(app)
    languages = Languages(app)
    api = EmbeddedApi(tmp / "api")
    api.extra_env["CENTRAL_API_NOW"] = "2026-11-25T10:00:00+08:00"
    api.extra_env["CENTRAL_API_PLATE_SEGMENTS"] = "苏A:0L0DL"  # a small plate pool: quick to start
    url = api.start()
    try:
        for language in ("zh_CN", "en"):
            pages(app, url, tmp, language, languages)
        print("saved", *sorted(p.name for p in OUT.glob("*.png")))
    finally:
        api.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
