"""Builds the QApplication (font, theme, translations) and wires services into views."""
from __future__ import annotations

import argparse
import logging
import signal
import sys
from datetime import timedelta

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from counter_app import resources
from counter_app.domain.stations import STATIONS
from counter_app.services.api_client import ApiClient
from counter_app.services.connectivity import ConnectivityMonitor
from counter_app.services.context import AppContext
from counter_app.services.embedded_api import EmbeddedApi
from counter_app.services.id_card_reader import SimulatedIdCardReader
from counter_app.services.local_store import open_store
from counter_app.services.settings import ClientSettings
from counter_app.services.tasks import TaskRunner
from counter_app.services.write_queue import WriteQueue
from counter_app.views.login_dialog import LoginDialog
from counter_app.views.main_window import MainWindow

log = logging.getLogger("counter_app")


def register_fonts() -> str:
    """Register the shipped CJK font so Chinese shows on a PC without Chinese fonts."""
    font_id = QFontDatabase.addApplicationFont(str(resources.CJK_FONT))
    if font_id < 0:
        log.error("could not load the CJK font %s", resources.CJK_FONT)
        return QApplication.font().family()
    families = QFontDatabase.applicationFontFamilies(font_id)
    return resources.CJK_FAMILY if resources.CJK_FAMILY in families else families[0]


def apply_appearance(app: QApplication) -> None:
    family = register_fonts()
    app.setFont(QFont(family, 10))
    try:
        from qt_material import apply_stylesheet

        apply_stylesheet(app, theme="light_blue.xml", invert_secondary=True,
                         extra={"font_family": family, "font_size": "14px", "density_scale": "0"})
    except Exception:  # noqa: BLE001 - a missing theme must not stop the counter
        log.exception("qt-material theme not applied")
    app.setStyleSheet(app.styleSheet() + _EXTRA_QSS)


_EXTRA_QSS = """
QLabel#loginTitle, QLabel#windowHeading { font-size: 20px; font-weight: bold; }
QLabel#pageHeading, QLabel#lockHeading { font-size: 18px; font-weight: bold; }
QListView#navRail { font-size: 15px; }
QHeaderView::section { text-transform: none; padding: 0 8px; }
"""


class Languages(QObject):
    """Installs the translators of one language: ours and Qt's own (dialog buttons)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.current = ""
        self._installed: list[QTranslator] = []

    def use(self, language: str) -> None:
        if language == self.current:
            return
        for tr in self._installed:
            self.app.removeTranslator(tr)
        self._installed.clear()
        if language != "en":
            ours = QTranslator(self)
            if ours.load(str(resources.translation_file(language))):
                self._installed.append(ours)
            else:
                log.error("translation %s missing: run `make translations`", resources.translation_file(language))
            qt = QTranslator(self)
            if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
        for tr in self._installed:
            self.app.installTranslator(tr)
        self.current = language


def build_context(settings: ClientSettings, api_url: str, parent: QObject | None = None) -> AppContext:
    api = ApiClient(api_url, connect_timeout=settings.connect_timeout, read_timeout=settings.read_timeout,
                    retries=settings.retries)
    runner = TaskRunner(parent=parent)
    monitor = ConnectivityMonitor(api, runner, interval_ms=settings.health_interval_ms,
                                  timeout=settings.health_timeout, parent=parent)
    store = open_store(settings.ensure_data_dir())
    # The queue asks who is signed in only when it writes, after `ctx` exists.
    writes = WriteQueue(store, api, runner, monitor, retention=timedelta(days=settings.outbox_retention_days),
                        username=lambda: ctx.login.username if ctx.login else "", parent=parent)
    ctx = AppContext(settings=settings, api=api, store=store, runner=runner, monitor=monitor,
                     id_reader=SimulatedIdCardReader.with_demo_cards(), writes=writes)
    # Dates and times shown and printed follow the centre's clock while online (issue 16).
    monitor.server_time.connect(lambda when: ctx.clock.set(when))
    return ctx


def known_stations(ctx: AppContext) -> list[dict]:
    """Stations for the log-in dialog: the last synced list, else the shipped catalogue."""
    cached = ctx.store.cached("station")
    if cached:
        return cached
    return [{"id": s.id, "name": s.name} for s in STATIONS]


class Controller(QObject):
    """Log-in → main window → (sign out) → log-in."""

    def __init__(self, app: QApplication, ctx: AppContext, languages: Languages) -> None:
        super().__init__(app)
        self.app = app
        self.ctx = ctx
        self.languages = languages
        self.login_dialog: LoginDialog | None = None
        self.window: MainWindow | None = None

    def show_login(self) -> LoginDialog:
        dialog = LoginDialog(self.ctx, known_stations(self.ctx), self.languages.current)
        dialog.language_chosen.connect(self.languages.use)
        dialog.accepted.connect(self._signed_in)
        dialog.rejected.connect(self.app.quit)
        self.login_dialog = dialog
        dialog.show()
        return dialog

    def _signed_in(self) -> None:
        self.login_dialog = None
        window = MainWindow(self.ctx)
        window.signed_out.connect(self.show_login)
        window.closed.connect(self.app.quit)
        self.window = window
        window.show()
        self.ctx.runner.submit(self.ctx.api.stations, lambda items: self.ctx.store.put_cached("station", items))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="counter-app", description="Nanjing vehicle office counter")
    parser.add_argument("--api-url", help="central API base URL (default: start an embedded demo API)")
    parser.add_argument("--lang", choices=resources.LANGUAGES, help="interface language (default zh_CN)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    settings = ClientSettings()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("counter-app")
    app.setOrganizationName("nanjing-counter")
    app.setQuitOnLastWindowClosed(False)  # sign-out closes the window but not the app
    apply_appearance(app)
    languages = Languages(app)
    languages.use(args.lang or settings.language)

    embedded: EmbeddedApi | None = None
    api_url = args.api_url or settings.api_url
    if not api_url:
        embedded = EmbeddedApi(settings.ensure_data_dir() / "embedded")
        api_url = embedded.start()
    ctx = build_context(settings, api_url, parent=app)
    ctx.monitor.start()
    controller = Controller(app, ctx, languages)
    controller.show_login()
    # Quit cleanly on SIGTERM/SIGINT too, so that the embedded API is stopped with the app.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: app.quit())
    wake = QTimer(app)  # lets the Python interpreter run its signal handlers
    wake.start(250)
    wake.timeout.connect(lambda: None)
    try:
        return app.exec()
    finally:
        ctx.monitor.stop()
        ctx.runner.wait(5000)
        if embedded is not None:
            embedded.stop()


if __name__ == "__main__":
    sys.exit(main())
