"""Screenshots of the real windows for docs/, and pictures of the printed forms.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py [--out DIR] [counter] [exams]

Run under Xvfb at the counter PCs' 1366x768 (`make screenshots`): the pictures are then grabs
of the real X screen, window frame and all; offscreen they are widget grabs. Each scene signs
in to its own embedded demo centre:

- counter: the clerk clerk01 — sign-in, main window, 面签注册 (record, form, new personal
  user), 号牌确认;
- exams: the phone operator phone01 on Wednesday 2026-11-25 10:00 (CENTRAL_API_NOW, so the
  phone desk is open) books 科目二 for the demo candidate 周婷, prints the receipt, then opens
  her booking for cancellation.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from central_api.accounts.demo import DEMO_PASSWORD
from central_api.plates.demo import DEMO_RESERVATIONS
from central_api.registration.demo import load_people
from counter_app.app import Controller, Languages, apply_appearance, build_context
from counter_app.services.embedded_api import EmbeddedApi
from counter_app.services.settings import ClientSettings

DOCS = Path(__file__).resolve().parents[1] / "docs"
DEMO_IDS = {c["name"]: c["id_number"] for c in load_people()["cards"]}
ZHOU_TING = ("320104199807020229", "13905170002")


def pump(app: QApplication, seconds: float, until: Callable[[], bool] = lambda: False) -> None:
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


def shoot_both(app: QApplication, languages: Languages, widget: QWidget, stem: str,
               out: Path = DOCS / "pages") -> None:
    """out/zh_CN-<stem>.png and out/en-<stem>.png of the same screen (the interface retranslates
    in place), then back to Chinese."""
    out.mkdir(parents=True, exist_ok=True)
    for language in ("zh_CN", "en"):
        languages.use(language)
        pump(app, 0.8)
        shoot(app, widget, str(out / f"{language}-{stem}.png"))
    languages.use("zh_CN")
    pump(app, 0.3)


def pdf_to_png(pdf: bytes, name: str, tmp: Path) -> None:
    """docs/<name>.png: the first page at 80 dpi, as the clerk sees it printed."""
    path = tmp / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(path), str(DOCS / name)], check=True)


@contextmanager
def signed_in(app: QApplication, languages: Languages, username: str, *, env: dict[str, str] | None = None,
              on_login_dialog: Callable | None = None) -> Iterator[tuple]:
    """(window, ctx, tmp): a main window signed in as `username` against its own demo centre."""
    tmp = Path(tempfile.mkdtemp(prefix="counter-shots-"))
    api = EmbeddedApi(tmp / "api", extra_env=env or {})
    url = api.start()
    try:
        ctx = build_context(ClientSettings(api_url=url, data_dir=tmp / "client"), url, parent=app)
        ctx.monitor.start()
        controller = Controller(app, ctx, languages)
        dialog = controller.show_login()
        pump(app, 30, lambda: ctx.monitor.online is True)
        dialog.username.setText(username)
        if on_login_dialog is not None:
            on_login_dialog(dialog)
        dialog.password.setText(DEMO_PASSWORD)
        dialog.submit()
        pump(app, 60, lambda: controller.window is not None)  # argon2 at full cost: seconds on a busy machine
        window = controller.window
        if window is None:
            raise RuntimeError(f"{username} was not signed in within 60 s: {dialog.message.text()!r}")
        if QGuiApplication.platformName() == "xcb":
            window.showMaximized()
        else:
            window.resize(1366, 768)
        yield window, ctx, tmp
        QTimer.singleShot(0, window.close)
        pump(app, 1)
    finally:
        api.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def counter_scene(app: QApplication, languages: Languages) -> None:
    def login_picture(dialog: QWidget) -> None:
        pump(app, 0.5)
        shoot(app, dialog, "login.png")

    with signed_in(app, languages, "clerk01", on_login_dialog=login_picture) as (window, ctx, tmp):
        window.show_page("sync")
        pump(app, 3)
        shoot(app, window, "main-window.png")

        # 面签注册: the online user 王芳 found, her record open, and the form it prints.
        page = window.page_by_key["face_sign"]
        window.show_page("face_sign")
        page.search.setText(DEMO_IDS["王芳"])
        page.find()
        pump(app, 5, lambda: page.record.user is not None and page.record.owned.rowCount() > 0)
        shoot(app, window, "registration.png")
        registration_form_png(page.record.user, ctx, tmp)
        page.tabs.setCurrentIndex(1)
        page.personal.id_number.setText(DEMO_IDS["张伟"])
        page.personal.load_vehicles()
        page.personal.name.setText("张伟")
        page.personal.mobile.setText("13905171234")
        pump(app, 5, lambda: page.personal.vehicles.rowCount() == 4)
        shoot(app, window, "registration-personal.png")

        # 号牌确认 with a demo reservation found and the form filled in (postman installation).
        window.show_page("plates")
        plates = window.plates_page
        plates.search.setText(DEMO_RESERVATIONS[0].id_number)
        plates.run_search()
        pump(app, 10, lambda: plates.model.rowCount() > 0)
        plates.document_checked.setChecked(True)
        plates.way.setCurrentIndex(plates.way.findData("post_postman_install"))
        plates.postal_address.setText("南京市栖霞区仙林大道163号")
        shoot(app, window, "plates-page.png")


def registration_form_png(user: dict, ctx, tmp: Path) -> None:  # noqa: ANN001
    """The application form of the open record, as the clerk prints it."""
    from counter_app.services.printing import render_pdf
    from counter_app.services.registration import registration_form

    spec = registration_form(user, change=True, changes=["面签升级（可绑定车辆 1 → 3 辆）"], clerk=ctx.clerk_label,
                             station=ctx.station_name, printed_at=ctx.clock.now())
    pdf_to_png(render_pdf(spec), "registration-form", tmp)


def exams_scene(app: QApplication, languages: Languages) -> None:
    with signed_in(app, languages, "phone01", env={"CENTRAL_API_NOW": "2026-11-25T10:00:00+08:00"}) as (
            window, _ctx, tmp):
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
        pdf_to_png(page.last_pdf, "exam-receipt", tmp)
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


SCENES = {"counter": counter_scene, "exams": exams_scene}


def main(argv: list[str] | None = None) -> int:
    global DOCS
    parser = argparse.ArgumentParser(description="Screenshots of the real windows for docs/.")
    parser.add_argument("--out", type=Path, default=DOCS, help="where the pictures go (default: docs/)")
    parser.add_argument("scenes", nargs="*", metavar="SCENE", help=f"one or more of {', '.join(SCENES)} (default: all)")
    args = parser.parse_args(argv)
    if unknown := [n for n in args.scenes if n not in SCENES]:
        parser.error(f"unknown scene(s) {', '.join(unknown)}; choose from {', '.join(SCENES)}")
    DOCS = args.out
    DOCS.mkdir(parents=True, exist_ok=True)
    names = args.scenes or list(SCENES)
    app = QApplication(sys.argv[:1])
    apply_appearance(app)
    languages = Languages(app)
    languages.use("zh_CN")
    for name in names:
        SCENES[name](app, languages)
    print("saved", *sorted(p.name for p in DOCS.glob("*.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
