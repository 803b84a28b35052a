"""Screenshots of issue 12's pages (exam day, retest fee, licence application, ranking) in
Chinese and English, at the counter PCs' 1366x768:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_issue12.py

Pictures go to docs/screenshots/<page>-zh_CN.png and -en.png. Each scene prepares its own demo
centre through the API (as tests/views/test_exam_day_and_fees.py does), then signs in.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import requests
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from central_api.accounts.demo import DEMO_PASSWORD  # noqa: E402
from central_api.exams.demo import demo_id_number  # noqa: E402
from counter_app.app import Controller, Languages, apply_appearance, build_context  # noqa: E402
from counter_app.domain.timefmt import SHANGHAI  # noqa: E402
from counter_app.services.embedded_api import EmbeddedApi  # noqa: E402
from counter_app.services.settings import ClientSettings  # noqa: E402
from scripts.screenshots import pump  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
START = "2026-11-25T10:00:00+08:00"
EXAM_MORNING = "2026-12-07T08:10:00+08:00"


def person(n: int) -> tuple[str, str, str]:
    names = ["陈思远", "林雨桐", "黄子豪", "刘佳怡", "周明轩", "吴若曦"]
    return demo_id_number("320115", datetime(1995, 1, 1 + n).date(), n), names[n % len(names)], f"1390517{n:04d}"


class Centre:
    def __init__(self, url: str) -> None:
        self.url = f"{url}/api/v1"

    def call(self, method: str, path: str, username: str = "admin", **kwargs):  # noqa: ANN003, ANN201
        token = requests.post(f"{self.url}/auth/login", json={"username": username, "password": DEMO_PASSWORD},
                              timeout=30).json()["access_token"]
        answer = requests.request(method, f"{self.url}{path}", headers={"Authorization": f"Bearer {token}"},
                                  timeout=30, **kwargs)
        answer.raise_for_status()
        return answer.json()


def shoot_both(app: QApplication, languages: Languages, widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ("zh_CN", "en"):
        languages.use(language)
        pump(app, 1.0)
        if QGuiApplication.platformName() == "xcb" and widget.isMaximized():
            picture = QGuiApplication.primaryScreen().grabWindow(0)
        else:
            picture = widget.grab()
        picture.save(str(OUT / f"{name}-{language}.png"))
    languages.use("zh_CN")
    pump(app, 0.5)


@contextmanager
def signed_in(app: QApplication, languages: Languages, api: EmbeddedApi, username: str,
              station: str | None = None) -> Iterator[tuple]:
    tmp = Path(tempfile.mkdtemp(prefix="counter-shots12-"))
    url = api.base_url
    ctx = build_context(ClientSettings(api_url=url, data_dir=tmp / "client"), url, parent=app)
    ctx.monitor.start()
    controller = Controller(app, ctx, languages)
    dialog = controller.show_login()
    pump(app, 30, lambda: ctx.monitor.online is True)
    if station:
        dialog.station.setCurrentIndex(dialog.station.findText(station))
    dialog.username.setText(username)
    dialog.password.setText(DEMO_PASSWORD)
    dialog.submit()
    pump(app, 60, lambda: controller.window is not None)
    window = controller.window
    if window is None:
        raise RuntimeError(f"{username} not signed in: {dialog.message.text()!r}")
    if QGuiApplication.platformName() == "xcb":
        window.showMaximized()
    else:
        window.resize(1366, 768)
    try:
        yield window, ctx
    finally:
        QTimer.singleShot(0, window.close)
        pump(app, 1)
        ctx.monitor.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def started(workdir: Path, now: str) -> EmbeddedApi:
    # The scenes prepare their data through the API with a password alone, beside the window's own
    # sessions: no PC signature and several sessions per account in this throwaway centre.
    api = EmbeddedApi(workdir, extra_env={"CENTRAL_API_NOW": now, "CENTRAL_API_REQUIRE_DEVICE": "0",
                                          "CENTRAL_API_SINGLE_SESSION": "0"})
    api.start()
    deadline = time.monotonic() + 300  # the demo's plate pool takes a minute on a busy machine
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{api.base_url}/api/v1/health", timeout=1).ok:
                return api
        except requests.RequestException:
            pass
        pump(QApplication.instance(), 0.1)
    raise TimeoutError("central-api did not come up")


def scenes(app: QApplication, languages: Languages) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="centre-shots12-"))
    api = started(workdir / "api", START)
    centre = Centre(api.base_url)
    ids = []
    for n in range(6):
        number, name, mobile = person(n)
        ids.append(number)
        centre.call("POST", "/candidates", json={
            "id_number": number, "name": name, "mobile": mobile, "licence_class": "C1",
            "application_accepted_at": datetime(2026, 9, 1 + n, 9, 30, tzinfo=SHANGHAI).isoformat()})
    plan = centre.call("POST", "/exam-plans", json={"site_id": 8, "exam_date": "2026-12-07", "start_time": "07:45",
                                                    "subject": "k1", "licence_class": "C1", "capacity": 6})
    bookings = [centre.call("POST", "/exam-bookings", "clerk01", json={"plan_id": plan["id"], "id_number": i})
                for i in ids]

    # 补考费 and 受理 and 排序 on 11-25 (window open).
    owed_id, owed_name, owed_mobile = person(7)
    centre.call("POST", "/candidates", json={
        "id_number": owed_id, "name": owed_name, "mobile": owed_mobile, "licence_class": "C1",
        "application_accepted_at": datetime(2026, 8, 1, 9, 0, tzinfo=SHANGHAI).isoformat(),
        "permit_issued_on": "2026-10-01", "subjects": [
            {"subject": "k1", "passed_at": "2026-10-01T08:30:00+08:00", "last_exam_at": "2026-10-01T08:30:00+08:00",
             "last_result": "pass", "bookings_used": 1},
            {"subject": "k2", "last_exam_at": "2026-11-10T08:30:00+08:00", "last_result": "absent",
             "bookings_used": 1, "no_shows": 1, "fee_owed": True}]})
    with signed_in(app, languages, api, "clerk01") as (window, _ctx):
        window.show_page("exam_fees")
        page = window.page_by_key["exam_fees"]
        page.lookup.id_number.setText(owed_id)
        page.find()
        pump(app, 10, lambda: page.owed.rowCount() > 0)
        page.method.setCurrentIndex(page.method.findData("wechat"))
        page.receipt.setText("T20261125-0042")
        shoot_both(app, languages, window, "exam-fee")

        window.show_page("licence_application")
        accept = window.page_by_key["licence_application"]
        number, name, mobile = person(9)
        accept.id_number.setText(number)
        accept.name.setText(name)
        accept.mobile.setText(mobile)
        accept.has_permit.setChecked(False)
        accept.submit()
        pump(app, 10, lambda: accept.accepted is not None)
        shoot_both(app, languages, window, "licence-application")

    with signed_in(app, languages, api, "admin") as (window, _ctx):
        window.show_page("exam_ranking")
        page = window.page_by_key["exam_ranking"]
        pump(app, 10, lambda: page.sessions.rowCount() > 0)
        row = next(i for i, p in enumerate(page.sessions.rows) if p["subject"] == "k1" and p["site_id"] == 8
                   and p["start_time"] == "08:30")
        page.sessions_view.selectRow(row)
        pump(app, 10, lambda: page.requests.rowCount() > 0)
        shoot_both(app, languages, window, "exam-ranking")

    # The morning of the exam at 尧新考点: the session allocated, the roster downloaded, two checked
    # in (one by QR, one typed), one result entered.
    api.stop()
    api = started(workdir / "api", EXAM_MORNING)
    Centre(api.base_url).call("POST", f"/exam-plans/{plan['id']}/allocate")
    with signed_in(app, languages, api, "clerk08", station="尧新考点") as (window, _ctx):
        window.show_page("exam_day")
        page = window.page_by_key["exam_day"]
        pump(app, 10, lambda: page.sessions.rowCount() > 0)
        page.download()
        pump(app, 10, lambda: page.roster.rowCount() > 0)
        page.check_in(f"YY{bookings[0]['id']:08d}")
        page.roster_view.selectRow(0)
        page.enter_result("pass")
        pump(app, 5, lambda: not page.pending)
        page.check_in(ids[1])
        page.list_no_shows()
        shoot_both(app, languages, window, "exam-day")
    api.stop()
    shutil.rmtree(workdir, ignore_errors=True)


def main() -> int:
    app = QApplication(sys.argv[:1])
    apply_appearance(app)
    languages = Languages(app)
    languages.use("zh_CN")
    scenes(app, languages)
    print("saved", *sorted(p.name for p in OUT.glob("*.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
