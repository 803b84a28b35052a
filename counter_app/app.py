"""Builds the QApplication (font, theme, translations) and wires services into views."""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import logging
import os
import shutil
import signal
import sys
import threading
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QDir, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from counter_app import __version__, resources
from counter_app.domain.stations import STATIONS
from counter_app.domain.timefmt import SHANGHAI
from counter_app.services.embedded_api import EmbeddedApi
from counter_app.services.logs import configure_logging
from counter_app.services import station_setup
from counter_app.services.settings import ClientSettings
from counter_app.views.login_dialog import LoginDialog

if TYPE_CHECKING:
    # Imported by `prepare_context` on a worker thread while the log-in window paints (issue 17):
    # SQLAlchemy, requests and cryptography cost more than the whole window.
    from counter_app.services.api_client import ApiClient
    from counter_app.services.context import AppContext
    from counter_app.services.local_store import LocalStore
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


THEME = "light_blue.xml"


def apply_appearance(app: QApplication, cache_dir: Path | None = None) -> None:
    family = register_fonts()
    app.setFont(QFont(family, 10))
    try:
        apply_material_theme(app, family, cache_dir or Path(user_cache_dir("counter-app", "nanjing-counter")))
    except Exception:  # noqa: BLE001 - a missing theme must not stop the counter
        log.exception("qt-material theme not applied")
    app.setStyleSheet(app.styleSheet() + _EXTRA_QSS)


def apply_material_theme(app: QApplication, family: str, cache_dir: Path) -> None:
    """The qt-material theme, rendered by jinja2 once per qt-material version, theme and font,
    then read back from the user's cache directory (importing qt-material, jinja2 and QtUiTools
    and rendering the template cost more than the whole log-in window, issue 17)."""
    extra = {"font_family": family, "font_size": "14px", "density_scale": "0"}
    package = importlib.util.find_spec("qt_material")
    package_dir = Path(package.origin).parent  # type: ignore[union-attr,arg-type]
    # The installed package's own file stands for its version (importlib.metadata costs ~0.1 s at
    # every start): an upgrade rewrites it, and with it the key.
    origin = Path(package.origin)  # type: ignore[union-attr,arg-type]
    stamp = [str(origin), origin.stat().st_mtime_ns, origin.stat().st_size]
    key = hashlib.sha256(json.dumps([stamp, THEME, extra]).encode()).hexdigest()[:16]
    folder = cache_dir / f"qt-material-{key}"
    meta = folder / "theme.json"
    if not meta.exists():
        _render_material_theme(app, extra, folder)
    cached = json.loads(meta.read_text(encoding="utf-8"))
    app.setStyle("Fusion")
    palette = QGuiApplication.palette()
    text = QColor(cached["text_color"])
    text.setAlpha(92)  # as qt-material sets it
    palette.setColor(QPalette.ColorRole.Text, text)
    QGuiApplication.setPalette(palette)
    QDir.addSearchPath("icon", str(folder / "icons"))
    QDir.addSearchPath("qt_material", str(package_dir / "resources"))
    app.setStyleSheet((folder / "theme.qss").read_text(encoding="utf-8"))


def _render_material_theme(app: QApplication, extra: dict[str, str], folder: Path) -> None:
    """Let qt-material render the stylesheet and colour its icons; keep both in `folder`."""
    from qt_material import apply_stylesheet, get_theme
    from qt_material.resources import RESOURCES_PATH

    apply_stylesheet(app, theme=THEME, invert_secondary=True, extra=dict(extra))
    primary = get_theme(THEME, True)["primaryColor"]
    staging = folder.with_name(folder.name + f".{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(Path(RESOURCES_PATH) / "theme", staging / "icons")
    (staging / "theme.qss").write_text(app.styleSheet(), encoding="utf-8")
    (staging / "theme.json").write_text(json.dumps({"text_color": primary}), encoding="utf-8")
    try:
        staging.rename(folder)  # all at once: another starting counter never reads half a cache
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)  # another process was first


_EXTRA_QSS = """
QLabel#loginTitle, QLabel#windowHeading { font-size: 20px; font-weight: bold; }
QLabel#pageHeading, QLabel#lockHeading { font-size: 18px; font-weight: bold; }
QListView#navRail { font-size: 15px; }
QHeaderView::section { text-transform: none; padding: 0 8px; }
"""


class Languages(QObject):
    """Installs the translators of one language: ours and Qt's own (dialog buttons).

    The installed translators and the current language belong to the application, not to this
    object: a second Languages on the same QApplication (a test's, the self-test's) replaces
    them rather than stacking its own over them."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app

    @property
    def current(self) -> str:
        return getattr(self.app, "_counter_language", "")

    def _installed(self) -> list[QTranslator]:
        installed = getattr(self.app, "_counter_translators", None)
        if installed is None:
            installed = []
            self.app._counter_translators = installed  # type: ignore[attr-defined]
        return installed

    def use(self, language: str) -> None:
        if language == self.current:
            return
        installed = self._installed()
        for tr in installed:
            self.app.removeTranslator(tr)
        installed.clear()
        if language != "en":
            ours = QTranslator(self.app)
            if ours.load(str(resources.translation_file(language))):
                installed.append(ours)
            else:
                log.error("translation %s missing: run `make translations`", resources.translation_file(language))
            qt = QTranslator(self.app)
            if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                installed.append(qt)
        for tr in installed:
            self.app.installTranslator(tr)
        self.app._counter_language = language  # type: ignore[attr-defined]


@dataclass
class ContextParts:
    """What a counter's context needs that is not a Qt object: made on any thread."""

    api: ApiClient
    store: LocalStore


def prepare_context(settings: ClientSettings, api_url: str) -> ContextParts:
    """Import the services and open the local store (no Qt object: safe on a worker thread)."""
    from counter_app.services.api_client import ApiClient
    from counter_app.services.device_identity import DeviceIdentity
    from counter_app.services.local_store import open_store

    api = ApiClient(api_url, connect_timeout=settings.connect_timeout, read_timeout=settings.read_timeout,
                    retries=settings.retries, ca_bundle=settings.ca_bundle)
    # This PC's key pair (issue 11): a sign-in carries its signature over the centre's challenge.
    api.device = DeviceIdentity(settings.ensure_data_dir())
    return ContextParts(api=api, store=open_store(settings.ensure_data_dir()))


def assemble_context(settings: ClientSettings, parts: ContextParts, parent: QObject | None = None) -> AppContext:
    """The Qt half of the context (runner, link monitor, write queue): on the UI thread."""
    from counter_app.services.card_sdk import make_id_reader
    from counter_app.services.connectivity import ConnectivityMonitor
    from counter_app.services.context import AppContext
    from counter_app.services.tasks import TaskRunner
    from counter_app.services.write_queue import WriteQueue

    api, store = parts.api, parts.store
    runner = TaskRunner(parent=parent)
    monitor = ConnectivityMonitor(api, runner, interval_ms=settings.health_interval_ms,
                                  timeout=settings.health_timeout, parent=parent)
    # The queue asks who is signed in only when it writes, after `ctx` exists.
    writes = WriteQueue(store, api, runner, monitor, retention=timedelta(days=settings.outbox_retention_days),
                        username=lambda: ctx.login.username if ctx.login else "",
                        retry_ms=settings.outbox_retry_ms, parent=parent)
    reader = make_id_reader(settings.id_reader, library=settings.id_reader_library, port=settings.id_reader_port,
                            decoder=settings.id_reader_decoder, output_dir=settings.id_reader_output_dir,
                            today=lambda: ctx.clock.now().astimezone(SHANGHAI).date())
    ctx = AppContext(settings=settings, api=api, store=store, runner=runner, monitor=monitor,
                     id_reader=reader, writes=writes)
    # Dates and times shown and printed follow the centre's clock while online (issue 16).
    monitor.server_time.connect(lambda when: ctx.clock.set(when))
    return ctx


def build_context(settings: ClientSettings, api_url: str, parent: QObject | None = None) -> AppContext:
    return assemble_context(settings, prepare_context(settings, api_url), parent)


def known_stations(ctx: AppContext | None) -> list[dict]:
    """Stations for the log-in dialog: the last synced list, else the shipped catalogue."""
    cached = ctx.store.cached("station") if ctx is not None else None
    if cached:
        return cached
    return [{"id": s.id, "name": s.name} for s in STATIONS]


class Controller(QObject):
    """Log-in → main window → (sign out) → log-in."""

    def __init__(self, app: QApplication, ctx: AppContext | None, languages: Languages) -> None:
        super().__init__(app)
        self.app = app
        self.ctx = ctx
        self.languages = languages
        self.login_dialog: LoginDialog | None = None
        self.password_dialog: QDialog | None = None
        self.window: MainWindow | None = None

    def show_login(self) -> LoginDialog:
        dialog = LoginDialog(self.ctx, known_stations(self.ctx), self.languages.current)
        dialog.language_chosen.connect(self.languages.use)
        dialog.accepted.connect(self._signed_in)
        dialog.rejected.connect(self.app.quit)
        self.login_dialog = dialog
        dialog.show()
        if self.ctx is not None:
            self._store_notices(dialog)
            preload_main_window()
        return dialog

    def attach(self, ctx: AppContext) -> None:
        """The services are ready (made while the log-in window painted): hand them over."""
        self.ctx = ctx
        if self.login_dialog is not None:
            self.login_dialog.attach(ctx, known_stations(ctx))
            self._store_notices(self.login_dialog)
        preload_main_window()

    def _store_notices(self, dialog: QDialog) -> None:
        # An unreadable outbox was moved aside at start (issue 11): say so over the log-in window.
        for message in self.ctx.store.take_incidents():
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Startup", "Data on this PC"),
                              message, parent=dialog)
            box.setObjectName("storeNotice")
            box.open()

    def _signed_in(self) -> None:
        self.login_dialog = None
        if _preloading and _preloading[0].is_alive():
            # A quick clerk: the background import is still running. Wait for it with the
            # event loop turning (importing here would block the UI thread on the import lock).
            QTimer.singleShot(20, self._signed_in)
            return
        if self.ctx.login is not None and (self.ctx.login.must_change_password or self.ctx.login.password_expired):
            self._force_password_change()
            return
        # A version below the centre's minimum must not work: the main window waits for the check.
        from counter_app.views.update_prompt import check_at_sign_in

        check_at_sign_in(self.ctx, self._open_main_window, self.show_login)

    def _force_password_change(self) -> None:
        """A new or reset account chooses its own password before any work (issue 12)."""
        from counter_app.views.password_dialog import PasswordDialog

        dialog = PasswordDialog(self.ctx, forced=True)
        self.password_dialog = dialog

        def changed() -> None:
            self.password_dialog = None
            self.ctx.login = replace(self.ctx.login, must_change_password=False, password_expired=False)
            self._signed_in()

        def gave_up() -> None:
            self.password_dialog = None
            token, self.ctx.api.token = self.ctx.api.token, None
            if token:
                self.ctx.runner.submit(lambda: self.ctx.api.logout(token), None, lambda _exc: None)
            self.ctx.signed_out()
            self.show_login()

        dialog.accepted.connect(changed)
        dialog.rejected.connect(gave_up)
        dialog.show()

    def _open_main_window(self) -> None:
        from counter_app.views.main_window import MainWindow

        window = MainWindow(self.ctx)
        window.signed_out.connect(self.show_login)
        window.closed.connect(self.app.quit)
        self.window = window
        window.show()
        api, store = self.ctx.api, self.ctx.store
        self.ctx.runner.submit(lambda: store.put_cached("station", api.stations()))  # the write off the UI thread


_preloading: list[threading.Thread] = []


def preload_main_window() -> None:
    """Import the main window, its pages and their services on a background thread while the
    clerk types: the log-in window does not wait for them, and neither does the sign-in."""
    if _preloading or "counter_app.views.main_window" in sys.modules:
        return

    def load() -> None:
        try:
            import counter_app.views.main_window  # noqa: F401
            from stdnum import numdb

            # The register of county codes that checks an ID number (~0.3-1 s to parse): read
            # now, not on the UI thread when the clerk types the first ID number.
            numdb.get("cn/loc")
        except Exception:  # noqa: BLE001 - the sign-in imports it again and shows the error
            log.exception("preloading the main window failed")

    thread = threading.Thread(target=load, name="preload-main-window", daemon=True)
    _preloading.append(thread)
    thread.start()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="counter-app", description="Nanjing vehicle office counter")
    parser.add_argument("--api-url", help="central API base URL (default: the station file, else asked at first start)")
    parser.add_argument("--demo", action="store_true", help="start an embedded demo centre on this PC (make run)")
    parser.add_argument("--lang", choices=resources.LANGUAGES, help="interface language (default zh_CN)")
    parser.add_argument("--self-test", action="store_true",
                        help="offscreen: embedded centre, sign in, one registration, its form as PDF; exit 0 if all worked")
    args = parser.parse_args(argv)
    if args.self_test:
        from counter_app.self_test import run as self_test

        return self_test(args.api_url)
    settings = ClientSettings()
    log_file = configure_logging(settings.log_dir)
    log.info("counter-app %s starting (log %s)", __version__, log_file)
    station = station_setup.read_station_file()
    try:
        api_url, source, refused = station_setup.start_address(args.api_url, settings.api_url, station, demo=args.demo)
    except station_setup.AddressError as exc:
        print(f"counter-app: --api-url: {exc.message}", file=sys.stderr)
        return 2
    app = QApplication(sys.argv[:1])
    app.setApplicationName("counter-app")
    app.setOrganizationName("nanjing-counter")
    app.setQuitOnLastWindowClosed(False)  # sign-out closes the window but not the app
    apply_appearance(app)
    languages = Languages(app)
    languages.use(args.lang or settings.language)

    embedded: EmbeddedApi | None = None
    if args.demo:
        embedded = EmbeddedApi(settings.ensure_data_dir() / "embedded")
        api_url = embedded.start()
    elif not api_url:  # first start on this PC: ask, check, save
        from counter_app.views.station_setup_dialog import StationSetupDialog

        setup = StationSetupDialog(message=refused)
        if setup.exec() != StationSetupDialog.DialogCode.Accepted or not setup.address:
            return 0
        api_url = setup.address
    log.info("central service %s (from %s)", api_url, "first start" if source == "none" else source)
    controller = Controller(app, None, languages)
    controller.show_login()  # painted now; the services are made meanwhile (issue 17)
    started: dict[str, object] = {}

    def prepare() -> None:
        try:
            parts = prepare_context(settings, api_url)
            if station.station_id and parts.store.recall("station_id") is None:
                parts.store.remember("station_id", station.station_id)  # the installer's station, until a sign-in
            started["parts"] = parts
        except BaseException as exc:  # noqa: BLE001 - reported on the UI thread below
            started["error"] = exc

    preparing = threading.Thread(target=prepare, name="prepare-context", daemon=True)
    preparing.start()

    def attach() -> None:
        if preparing.is_alive():
            QTimer.singleShot(10, attach)
            return
        error = started.get("error")
        if error is not None:
            from counter_app.services.api_client import ApiError

            if isinstance(error, ApiError):  # the CA bundle named in the settings is missing
                QMessageBox.critical(None, QCoreApplication.translate("Startup", "Counter"), error.message)
                app.exit(2)
                return
            log.error("the counter could not start", exc_info=error)
            app.exit(1)
            return
        ctx = assemble_context(settings, started["parts"], parent=app)  # type: ignore[arg-type]
        started["ctx"] = ctx
        ctx.monitor.start()
        controller.attach(ctx)

    QTimer.singleShot(0, attach)
    # Quit cleanly on SIGTERM/SIGINT too, so that the embedded API is stopped with the app.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: app.quit())
    wake = QTimer(app)  # lets the Python interpreter run its signal handlers
    wake.start(250)
    wake.timeout.connect(lambda: None)
    try:
        return app.exec()
    finally:
        preparing.join(30)
        ctx = started.get("ctx")
        if ctx is not None:
            ctx.monitor.stop()  # type: ignore[attr-defined]
            ctx.runner.wait(5000)  # type: ignore[attr-defined]
        if embedded is not None:
            embedded.stop()


if __name__ == "__main__":
    sys.exit(main())
