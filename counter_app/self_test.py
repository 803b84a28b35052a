"""`counter-app --self-test`: proves an installed program works, on the PC it is installed on.

Offscreen, in a throwaway data directory: starts an embedded centre (the frozen program starts
itself with the hidden `--run-central-api`), loads the fonts and both translations (ours and
Qt's own), signs in, opens the main window, sends one face-sign registration through the
counter's one write path (outbox, then the centre), renders its application form to PDF (the
QR code exercises reportlab's dynamically imported barcode modules), prints what it did and
exits 0 — or prints what failed and exits 1.
"""
from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

SELF_TEST_USER = ("clerk01", "Counter#2026")
# 刘洋 of the demo data: a learner with nothing on record, so a fresh centre accepts him.
SELF_TEST_PERSON = {"user_type": "learner", "id_number": "320106200405060138", "name": "刘洋",
                    "mobile": "13912345678", "vins": []}


log = logging.getLogger("counter_app.self_test")


def _say(line: str) -> None:
    """To stdout, and to the log file (a windowed Windows program has no stdout)."""
    if sys.stdout is not None:
        print(f"self-test: {line}", flush=True)
    log.info("self-test: %s", line)


def run(api_url: str | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    workdir = Path(tempfile.mkdtemp(prefix="counter-self-test-"))
    os.environ["COUNTER_APP_DATA_DIR"] = str(workdir / "client")
    from counter_app.services.logs import configure_logging
    from counter_app.services.settings import ClientSettings

    configure_logging(ClientSettings().log_dir, console=False)
    try:
        return _run(workdir, api_url)
    except Exception as exc:  # noqa: BLE001 - the whole point is to say what broke
        import traceback

        log.exception("self-test failed")
        if sys.stderr is not None:
            traceback.print_exc()
        _say(f"FAILED: {type(exc).__name__}: {exc}")
        return 1


def _wait(app, condition, timeout: float, what: str) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not happen within {timeout:.0f} s")
        app.processEvents()
        time.sleep(0.05)


def _run(workdir: Path, api_url: str | None) -> int:
    import requests
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    from counter_app.app import Languages, apply_appearance, build_context
    from counter_app.services.embedded_api import EmbeddedApi, central_api_command
    from counter_app.services.printing import render_pdf
    from counter_app.services.registration import register_personal, registration_form
    from counter_app.services.settings import ClientSettings
    from counter_app.views.main_window import MainWindow

    started = time.monotonic()
    frozen = bool(getattr(sys, "frozen", False))
    _say(f"program {sys.executable} (frozen: {frozen}), PySide6 {pyside_version}, "
         f"platform {os.environ['QT_QPA_PLATFORM']}")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_appearance(app)
    _say(f"font: {app.font().family()}")
    languages = Languages(app)
    languages.use("zh_CN")
    if len(languages._installed()) != 2:  # noqa: SLF001 - ours and Qt's own
        raise RuntimeError(f"expected our and Qt's zh_CN translations, loaded {len(languages._installed())}")
    _say("translations: counter_app_zh_CN and Qt's qtbase_zh_CN loaded")

    embedded = None
    if not api_url:
        embedded = EmbeddedApi(workdir / "centre",
                               extra_env={"CENTRAL_API_PLATE_SEGMENTS": "苏A:0L0DL",
                                          "CENTRAL_API_PLATE_POOL_MIN_AVAILABLE": "1000"})
        api_url = embedded.start()
        _say(f"embedded centre: {' '.join(central_api_command())} on {api_url}")
    ctx = None
    window = None
    try:
        def healthy() -> bool:
            if embedded is not None and embedded.process.poll() is not None:
                log = (embedded.data_dir / "central-api.log").read_text(errors="replace")
                raise RuntimeError(f"the embedded centre exited:\n{log[-3000:]}")
            try:
                return requests.get(f"{api_url}/api/v1/health", timeout=1).ok
            except requests.RequestException:
                return False

        _wait(app, healthy, 120, "the centre answering /health")
        _say(f"centre up after {time.monotonic() - started:.1f} s")

        settings = ClientSettings(api_url=api_url)
        ctx = build_context(settings, api_url, parent=app)
        ctx.monitor.start()
        info = ctx.api.login(*SELF_TEST_USER, 1)  # the demo clerk's station: the PC enrols there (issue 11)
        ctx.signed_in(info, SELF_TEST_USER[1])
        _say(f"signed in as {info.username} at {info.station['name']}")

        window = MainWindow(ctx)
        window.show()
        app.processEvents()
        _say(f"main window open: {window.windowTitle()} ({window.pages.count()} pages)")

        outcome: list[tuple[str, object]] = []
        ctx.writes.submit(register_personal(dict(SELF_TEST_PERSON)), lambda o, p: outcome.append((o, p)))
        _wait(app, lambda: any(o in ("sent", "refused") for o, _ in outcome), 60, "the registration")
        final, user = outcome[-1]
        if final != "sent":
            raise RuntimeError(f"the centre refused the registration: {user}")
        _say(f"registration sent through the outbox: {user['registration_no']}")

        spec = registration_form(user, change=False, clerk=ctx.clerk_label, station=ctx.station_name,
                                 printed_at=ctx.clock.now())
        pdf = render_pdf(spec)
        if not pdf.startswith(b"%PDF"):
            raise RuntimeError("the form is not a PDF")
        path = workdir / "self-test-form.pdf"
        path.write_bytes(pdf)
        _say(f"form printed to {path} ({len(pdf)} bytes)")
    finally:
        if window is not None:
            window.close()
        if ctx is not None:
            ctx.monitor.stop()
            ctx.runner.wait(10000)
            ctx.store.close()
        if embedded is not None:
            embedded.stop()
        for sub in ("centre", "client"):
            shutil.rmtree(workdir / sub, ignore_errors=True)
    _say(f"OK in {time.monotonic() - started:.1f} s")
    return 0
