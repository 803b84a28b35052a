"""Issue 12 (items 1-4) through the real pages against a real centre (`central-api --demo`).

The centre's clock starts Wednesday 2026-11-25 10:00 in Nanjing (the booking window is open
for Monday 2026-12-07, which closes Wednesday 12-02 00:00). The exam-day test then restarts
the same centre at 2026-12-07 07:30, the morning of the exam at 尧新考点 (station 8, clerk08).
"""
from __future__ import annotations

from datetime import date, datetime

import pytest
import requests
from PySide6.QtCore import Qt

from counter_app.domain.timefmt import SHANGHAI
from tests.conftest import LiveApi
from tests.exam_helpers import id_number, mobile
from tests.views.conftest import sign_in_through_dialog

START = "2026-11-25T10:00:00+08:00"
API = "/api/v1"


@pytest.fixture
def live_api(tmp_path):  # noqa: ANN001, ANN201
    api = LiveApi(tmp_path / "api")
    api.embedded.extra_env["CENTRAL_API_NOW"] = START
    api.start()
    yield api
    api.stop()


class Centre:
    """Plain HTTP to the live centre for the set-up a test needs (as a supervisor or a clerk)."""

    def __init__(self, api: LiveApi) -> None:
        self.url = f"{api.base_url}{API}"

    def headers(self, username: str) -> dict[str, str]:
        answer = requests.post(f"{self.url}/auth/login", json={"username": username, "password": "Counter#2026"},
                               timeout=10)
        assert answer.status_code == 200, answer.text
        return {"Authorization": f"Bearer {answer.json()['access_token']}"}

    def call(self, method: str, path: str, username: str = "admin", expect: int = 200, **kwargs):  # noqa: ANN003, ANN201
        answer = requests.request(method, f"{self.url}{path}", headers=self.headers(username), timeout=10, **kwargs)
        assert answer.status_code == expect, answer.text
        return answer.json()


def _candidate(centre: Centre, n: int, **body) -> dict:  # noqa: ANN003
    payload = {"id_number": id_number(n), "name": f"考生{n}", "mobile": mobile(n), "licence_class": "C1",
               "application_accepted_at": datetime(2026, 9, 1, 9, 0, tzinfo=SHANGHAI).isoformat()}
    payload.update(body)
    return centre.call("POST", "/candidates", json=payload, expect=201)


def exam_morning(live_api: LiveApi, centre: Centre, numbers: tuple[int, ...]) -> tuple[dict, list[dict]]:
    """考生<n> booked into a 07:45 科目一 session at 尧新考点 on Monday 2026-12-07; then the same
    centre on the morning of the exam (07:30), the session allocated (the job or the supervisor)."""
    for n in numbers:
        _candidate(centre, n)
    plan = centre.call("POST", "/exam-plans", expect=201, json={
        "site_id": 8, "exam_date": "2026-12-07", "start_time": "07:45", "subject": "k1", "licence_class": "C1",
        "capacity": len(numbers)})
    bookings = [centre.call("POST", "/exam-bookings", "clerk01", expect=201,
                            json={"plan_id": plan["id"], "id_number": id_number(n)}) for n in numbers]
    live_api.stop()
    live_api.embedded.extra_env["CENTRAL_API_NOW"] = "2026-12-07T07:30:00+08:00"
    live_api.start()
    centre.call("POST", f"/exam-plans/{plan['id']}/allocate")
    return plan, bookings


def _type_and_enter(qtbot, field, text: str) -> None:  # noqa: ANN001
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _outbox_empty(counter) -> bool:  # noqa: ANN001
    return counter.ctx.store.pending_count() == 0


def test_exam_site_checks_in_by_qr_and_typing_and_results_entered_offline_are_synced(
        qtbot, make_counter, live_api, tmp_path):
    centre = Centre(live_api)
    plan, bookings = exam_morning(live_api, centre, (1, 2, 3))

    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "clerk08", station="尧新考点")
    assert "exam_day" in window.nav_keys and "exam_booking" in window.nav_keys
    assert "exam_fees" not in window.nav_keys and "licence_application" not in window.nav_keys
    window.show_page("exam_day")
    page = window.page_by_key["exam_day"]
    # Today's and tomorrow's sessions at 尧新考点 in order: ours at 07:45 first (allocated), the demo's later.
    qtbot.waitUntil(lambda: page.sessions.rowCount() > 0, timeout=20000)
    assert page.sessions.rows[0]["id"] == plan["id"] and page.sessions.rows[0]["status"] == "allocated"
    assert all(p["exam_date"] in ("2026-12-07", "2026-12-08") and p["site_id"] == 8 for p in page.sessions.rows)
    assert page.sessions.index(0, 0).data() == "今天" and page.sessions.index(0, 5).data() == "未下载"
    assert page.roster_state.text() == "本机尚无名册。"
    qtbot.mouseClick(page.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.roster.rowCount() == 3, timeout=10000)
    # Whole ID numbers here, in seat order (all three ranked by acceptance time, then request time).
    assert [page.roster.index(r, 2).data() for r in range(3)] == [id_number(1), id_number(2), id_number(3)]
    assert "3 名考生" in page.roster_state.text() and "不保存到磁盘" in page.roster_state.text()

    # 1. The scanner types the QR of 考生1's booking receipt and Enter.
    assert page.check_field.hasFocus() or page.first_field() is page.check_field
    _type_and_enter(qtbot, page.check_field, f"YY{bookings[0]['id']:08d}")
    assert page.person_name.text() == "考生1"
    assert id_number(1) in page.person_detail.text() and "座位 1" in page.person_detail.text()
    assert page.photo.text().startswith("照片")
    assert page.roster.index(0, 5).data() == "是"
    # 2. 考生2 has no receipt: the examiner types the ID number.
    _type_and_enter(qtbot, page.check_field, id_number(2))
    assert page.person_name.text() == "考生2" and page.roster.index(1, 5).data() == "是"
    # Somebody not on the roster, and a mistyped number: told so, nobody shown.
    _type_and_enter(qtbot, page.check_field, id_number(4))
    assert page.message.text() == "不在本考场今天的名册上：不得入场。" and page.person_name.text() == "尚无考生签到"
    wrong = id_number(5)[:-1] + ("0" if id_number(5)[-1] != "0" else "1")
    _type_and_enter(qtbot, page.check_field, wrong)
    assert "身份证号码" in page.message.text()

    # 考生1 passes while the link is up.
    page.roster_view.selectRow(0)
    qtbot.mouseClick(page.result_buttons["pass"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已在中心录入" in page.result_line.text(), timeout=10000)
    assert page.roster.index(0, 6).data() == "合格"

    # The link drops: 考生2 fails, and 考生3 (never checked in) is listed, then recorded absent.
    live_api.stop()
    qtbot.waitUntil(lambda: counter.ctx.monitor.online is False, timeout=10000)
    page.roster_view.selectRow(1)
    qtbot.mouseClick(page.result_buttons["fail"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.roster.index(1, 6).data() == "不合格（待同步）", timeout=10000)
    qtbot.mouseClick(page.no_shows_button, Qt.MouseButton.LeftButton)
    assert page.no_shows_text.text() == "未签到且无成绩（1 人）：3 考生3"
    qtbot.mouseClick(page.record_absent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.roster.index(2, 6).data() == "缺考（待同步）", timeout=10000)
    assert counter.ctx.store.pending_count() == 2
    assert not page.result_buttons["pass"].isEnabled()  # no second result for a booking from this PC

    live_api.start()  # the link returns: the outbox is replayed by itself
    qtbot.waitUntil(lambda: _outbox_empty(counter), timeout=30000)
    qtbot.waitUntil(lambda: page.roster.index(1, 6).data() == "不合格", timeout=10000)
    stored = {n: centre.call("GET", "/exam-bookings", "clerk01", params={"id_number": id_number(n)})["data"][0]
              for n in (1, 2, 3)}
    assert [(stored[n]["status"], stored[n]["result"]) for n in (1, 2, 3)] == [
        ("completed", "pass"), ("completed", "fail"), ("completed", "absent")]
    window.grab().save(str(tmp_path / "exam_day.png"))


def test_a_fee_is_paid_at_the_window_then_the_booking_is_accepted(qtbot, make_counter, live_api, tmp_path):
    centre = Centre(live_api)
    # Missed 科目二 on 11-10 (absent = fail, fee owed); permit since 10-01; the wait of 10 days is over.
    missed = datetime(2026, 11, 10, 8, 30, tzinfo=SHANGHAI).isoformat()
    _candidate(centre, 7, permit_issued_on="2026-10-01", subjects=[
        {"subject": "k1", "passed_at": datetime(2026, 10, 1, 8, 30, tzinfo=SHANGHAI).isoformat(),
         "last_exam_at": datetime(2026, 10, 1, 8, 30, tzinfo=SHANGHAI).isoformat(), "last_result": "pass",
         "bookings_used": 1},
        {"subject": "k2", "last_exam_at": missed, "last_result": "absent", "bookings_used": 1, "no_shows": 1,
         "fee_owed": True}])
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "clerk01")
    window.show_page("exam_fees")
    page = window.page_by_key["exam_fees"]
    _type_and_enter(qtbot, page.lookup.id_number, id_number(7))
    qtbot.waitUntil(lambda: page.owed.rowCount() == 1, timeout=10000)
    assert page.owed.index(0, 1).data() == "缺考" and page.owed.index(0, 3).data() == "150 元"
    assert "缺考" in page.owed.index(0, 4).data() and "补考费" in page.owed.index(0, 4).data()
    assert page.amount.text() == "150 元"
    # Paid by WeChat: the terminal's receipt number is needed, and told beside the field.
    page.method.setCurrentIndex(page.method.findData("wechat"))
    qtbot.mouseClick(page.pay_button, Qt.MouseButton.LeftButton)
    assert page.receipt_field.error.text() == "请填写收款终端打印的交易凭证号。"
    qtbot.keyClicks(page.receipt, "T20261125-0042")
    qtbot.keyClick(page.receipt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last_paid is not None, timeout=10000)
    assert page.owed.rowCount() == 0 and "已收" in page.result.text()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=15000)
    text = _pdf_text(page.last_pdf, tmp_path, "fee")
    for expected in ("补考费收款凭证", "考生7", "科目二", "150 元", "微信支付", "T20261125-0042", "王警官（clerk01）"):
        assert expected in text, expected
    _close_previews(window)

    # Now booking 科目二 is allowed: the demo's 天保考点 2026-12-07 08:30 C1 session takes the request.
    window.show_page("exam_booking")
    booking = window.exam_booking_page
    _type_and_enter(qtbot, booking.lookup.id_number, id_number(7))
    qtbot.waitUntil(lambda: booking.subjects.rowCount() >= 2, timeout=10000)
    by_subject = {r["subject"]: r for r in booking.subjects.rows}
    assert by_subject["k2"]["bookable"], by_subject["k2"]["reasons"]
    qtbot.waitUntil(lambda: booking.sessions.rowCount() >= 1 and booking.sessions.rows[0]["subject"] == "k2",
                    timeout=10000)
    booking.sessions_view.selectRow(0)
    qtbot.mouseClick(booking.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: booking.last_booking is not None, timeout=10000)
    assert booking.last_booking["status"] == "requested" and booking.last_booking["subject"] == "k2"
    # Ranked by the time of the missed exam (rule 2).
    assert booking.last_booking["ranking_rule"] == 2


def test_a_candidate_accepted_at_a_window_is_ranked_by_that_time(qtbot, make_counter, live_api):
    centre = Centre(live_api)
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "clerk01")
    window.show_page("licence_application")
    page = window.page_by_key["licence_application"]
    # A bad mobile is told beside the field and nothing is sent.
    qtbot.keyClicks(page.id_number, id_number(8))
    page.name.setText("考生8")  # typed through the input method in real life
    qtbot.keyClicks(page.mobile, "1390000")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert page.mobile_field.error.isVisible() and page.message.text() == "请改正标红的内容。"
    page.mobile.clear()
    qtbot.keyClicks(page.mobile, mobile(8))
    accepted_at = page.accepted_at.dateTime().toSecsSinceEpoch()
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: page.accepted is not None, timeout=10000)
    except Exception:
        print("DEBUG", [(f.editor.objectName(), f.error.text()) for f in (page.id_field, page.name_field, page.mobile_field, page.accepted_field, page.permit_field)], page.id_number.text(), page.mobile.text())
        raise
    assert "考生8" in page.result.text() and "规则1" in page.result.text()
    stored = datetime.fromisoformat(page.accepted["application_accepted_at"])
    # The time the clerk accepted it (the page takes the centre's "now" when the PC's clock was re-set a
    # few seconds back since the field was filled).
    assert 0 <= accepted_at - int(stored.timestamp()) <= 30
    assert date(2026, 11, 25) == stored.astimezone(SHANGHAI).date()

    # A first 科目一 booking of this candidate ranks by that time, rule 1: after every demo request
    # accepted earlier, in the demo's 尧新考点 科目一 session (accepted 15-120 days ago, they rank first).
    cand = centre.call("GET", "/candidates", "clerk01", params={"id_number": id_number(8)})
    k1 = next(e for e in cand["eligibility"] if e["subject"] == "k1")
    assert k1["ranking_rule"] == 1 and datetime.fromisoformat(k1["ranking_time"]) == stored
    plans = centre.call("GET", "/exam-plans", "clerk01", params={"subject": "k1", "open_only": True,
                                                                  "site_id": 8})["data"]
    plan = plans[0]
    made = centre.call("POST", "/exam-bookings", "clerk01", expect=201,
                       json={"plan_id": plan["id"], "id_number": id_number(8)})
    ranks = centre.call("GET", f"/exam-plans/{plan['id']}/requests", "admin")["data"]
    mine = next(r for r in ranks if r["booking_id"] == made["id"])
    earlier = [r for r in ranks if datetime.fromisoformat(r["ranking_time"]) < stored]
    assert mine["rank"] == len(earlier) + 1 and mine["ranking_rule"] == 1

    # The supervisor sees the same order on the ranking page, with the rule and the time.
    counter2 = make_counter()
    sup = sign_in_through_dialog(qtbot, counter2, "admin")
    sup.show_page("exam_ranking")
    ranking = sup.page_by_key["exam_ranking"]
    qtbot.waitUntil(lambda: ranking.sessions.rowCount() > 0, timeout=10000)
    row = next(i for i, p in enumerate(ranking.sessions.rows) if p["id"] == plan["id"])
    ranking.sessions_view.selectRow(row)
    qtbot.waitUntil(lambda: ranking.requests.rowCount() == len(ranks), timeout=10000)
    shown = next(i for i, r in enumerate(ranking.requests.rows) if r["booking_id"] == made["id"])
    assert ranking.requests.index(shown, 0).data() == str(mine["rank"])
    assert ranking.requests.index(shown, 3).data() == "规则1"
    assert "规则1：" in ranking.session_note.text()
    assert "尚未排序分配" in ranking.session_note.text()


def test_a_phone_operator_reads_out_the_callers_position(qtbot, make_counter, live_api):
    centre = Centre(live_api)
    _candidate(centre, 9, application_accepted_at=datetime(2026, 6, 1, 9, 0, tzinfo=SHANGHAI).isoformat())
    plan = centre.call("GET", "/exam-plans", "clerk01", params={"subject": "k1", "open_only": True,
                                                                "site_id": 8})["data"][0]
    made = centre.call("POST", "/exam-bookings", "clerk01", expect=201,
                       json={"plan_id": plan["id"], "id_number": id_number(9)})
    ranks = centre.call("GET", f"/exam-plans/{plan['id']}/requests", "admin")["data"]
    rank = next(r["rank"] for r in ranks if r["booking_id"] == made["id"])
    counter = make_counter()
    window = sign_in_through_dialog(qtbot, counter, "phone01")
    window.show_page("exam_ranking")
    page = window.page_by_key["exam_ranking"]
    qtbot.keyClicks(page.lookup.id_number, id_number(9))
    qtbot.keyClicks(page.lookup.mobile, mobile(9))
    qtbot.keyClick(page.lookup.mobile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "位" in page.position_line.text(), timeout=10000)
    assert f"第 {rank} 位，共 {plan['capacity']} 个考位" in page.position_line.text()


def _pdf_text(pdf: bytes, tmp_path, name: str) -> str:  # noqa: ANN001
    from tests.views.test_exam_pages import _pdf_text as text_of

    return text_of(pdf, tmp_path, name)


def _close_previews(window) -> None:  # noqa: ANN001
    from tests.views.test_exam_pages import _close_previews as close

    close(window)
