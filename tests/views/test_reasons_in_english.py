"""Why a subject cannot be booked, why a fine goes to the brigade: the centre sends each reason in
the rule's Chinese words and, beside it, a stable code with the facts it names; the English
interface words the reason from those (issue 16), the Chinese one shows the centre's words."""
from __future__ import annotations

import ast
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from counter_app.domain import violations as vio
from counter_app.domain.exams import CandidateFacts, ExamRules, Purpose, Subject, SubjectRecord, eligibility
from counter_app.domain.timefmt import SHANGHAI
from counter_app.views.centre_messages import known_codes, reason_texts
from tests.conftest import LiveApi
from tests.views.test_article_service_pages import _column, _find
from tests.views.test_english_interface import _sign_in_in
from tests.views.test_exam_pages import ZHOU_TING_ID, ZHOU_TING_MOBILE, _lookup

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")
WHY_NOT = 3  # the subjects table's column


@pytest.fixture
def live_api(tmp_path):  # noqa: ANN001, ANN201 - the phone desk's hours, as tests/views/test_exam_pages.py
    api = LiveApi(tmp_path / "api")
    api.embedded.extra_env["CENTRAL_API_NOW"] = "2026-11-25T10:00:00+08:00"
    api.start()
    yield api
    api.stop()


def test_a_waiting_period_carries_its_subject_days_and_first_day():
    # Permit 2026-11-05, class C1: 科目三 opens 30 days after the permit (§44), on 2026-12-05.
    facts = CandidateFacts(purpose=Purpose.LEARNER, licence_class="C1",
                           application_accepted_at=datetime(2026, 9, 1, 9, tzinfo=SHANGHAI),
                           permit_issued_on=date(2026, 11, 5), permit_valid_until=date(2029, 11, 4),
                           subjects={Subject.K1: SubjectRecord(passed=True)})
    k3 = next(e for e in eligibility(facts, date(2026, 11, 25), ExamRules()) if e.subject is Subject.K3)
    (reason,) = k3.reasons
    assert reason == "取得学习驾驶证明满30日后方可预约科目三道路驾驶（最早 2026-12-05）"
    assert reason.coded() == {"code": "eligibility_permit_wait",
                              "facts": {"subject": "k3", "days": 30, "earliest": "2026-12-05"}}


def test_a_fine_over_the_limit_carries_the_fine_and_the_limit():
    fine = vio.ViolationFacts(simple_procedure=True, points=0, fine_yuan=201, vehicle_type="小型轿车",
                              use_nature="非营运")
    (reason,) = vio.self_service_refusals(fine)
    assert reason == "罚款201元，超过200元"
    assert reason.coded() == {"code": "violation_fine_over", "facts": {"fine": 201, "limit": 200}}
    assert vio.self_service_refusals(replace(fine, fine_yuan=200)) == []


def _reason_calls() -> dict[str, set[str]]:
    """code → the facts named, for every `Reason("…", "code", facts…)` in the domain."""
    calls: dict[str, set[str]] = {}
    for path in (ROOT / "counter_app" / "domain").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Reason" and len(node.args) >= 2:
                calls[node.args[1].value] = {k.arg for k in node.keywords}
    return calls


def test_every_reason_code_has_an_english_text_without_chinese(qapp, languages):  # noqa: ARG001
    calls = _reason_calls()
    assert len(calls) >= 28, sorted(calls)  # 12 eligibility reasons, 5 of a violation, 11 of points study
    assert sorted(set(calls) - known_codes()) == [], "add these codes to counter_app/views/centre_messages.py"
    languages.use("en")
    try:
        for code, names in calls.items():
            facts = {name: ("k2" if name == "subject" else "learner" if name == "purpose" else "7") for name in names}
            (english,) = reason_texts(["中心的原话"], [{"code": code, "facts": facts}])
            assert english != "中心的原话" and not CJK.search(english) and "{" not in english, (code, english)
    finally:
        languages.use("zh_CN")
    # Chinese shows the centre's words; a reason without a code keeps its words in any language.
    assert reason_texts(["中心的原话"], [{"code": "eligibility_passed", "facts": {"subject": "k1"}}]) == ["中心的原话"]
    assert reason_texts(["旧中心的原话"], None) == ["旧中心的原话"]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_booking_page_says_why_not_in_the_clerks_language(qtbot, make_counter, language):
    """周婷 (demo): permit 2026-11-05, class C1, 科目一 passed; on 2026-11-25 科目三 waits until
    2026-12-05 (30 days) and 科目一 is passed."""
    counter = make_counter()
    window = _sign_in_in(qtbot, counter, language, username="phone01")
    window.show_page("exam_booking")
    page = window.exam_booking_page
    _lookup(qtbot, page.lookup, ZHOU_TING_ID, ZHOU_TING_MOBILE)
    qtbot.waitUntil(lambda: page.subjects.rowCount() == 4, timeout=10000)
    why = {r["subject"]: page.subjects.index(n, WHY_NOT).data() for n, r in enumerate(page.subjects.rows)}
    if language == "en":
        assert why["k3"] == "Subject 3 (road driving) can be booked 30 days after the learner's permit was issued " \
                            "(from 2026-12-05)"
        assert why["k1"] == "Subject 1 (theory): already passed"
        assert not any(CJK.search(text) for text in why.values()), why
    else:
        assert why["k3"] == "取得学习驾驶证明满30日后方可预约科目三道路驾驶（最早 2026-12-05）"
        assert why["k1"] == "科目一已考试合格"


def test_the_review_page_says_what_is_missing_in_english_and_follows_a_switch(qtbot, make_counter, languages):
    """韩磊 (demo): class B2, 6 points, 90 of the 120 minutes counted (sittings of at least 10
    minutes), no test yet: 30 minutes and the 50-question test are missing. His sitting of 8
    minutes does not count (less than 10); one whose photo did not match does not count."""
    counter = make_counter()
    window = _sign_in_in(qtbot, counter, "en")
    window.show_page("licence_review")
    page = window.page_by_key["licence_review"]
    _find(qtbot, page, "320113197509220713")
    assert page.state.text() == ("The review may not be recorded yet:\n"
                                 "• 30 more minutes of video study (90 counted of 120, at least 10 per sitting)\n"
                                 "• The 50-question test not taken yet")
    counted = {_column(page.sittings, r, "Counted") for r in range(page.sittings.rowCount())}
    assert counted == {"Yes", "8 minutes, less than 10: not counted",
                       "The photo taken did not match the driver's: this sitting does not count"}
    languages.use("zh_CN")  # the clerk switches: what is shown follows
    try:
        qtbot.waitUntil(lambda: "视频学习还差30分钟" in page.state.text(), timeout=5000)  # LanguageChange is posted
        assert "尚未参加50题学习测试" in page.state.text() and page.points.text().startswith("记6分，记分周期")
    finally:
        languages.use("en")


def test_every_audited_action_and_record_is_named_in_both_languages(qapp, languages):  # noqa: ARG001
    """The audit trail's 操作 and 对象 columns: the domain's Chinese names in Chinese, English ones
    in English (the audit administrator reads the same trail in either)."""
    from counter_app.domain.business_names import ACTION_NAMES, ENTITY_NAMES
    from counter_app.views.names import service_name

    tables = {"audit_action": ACTION_NAMES, "audit_entity": ENTITY_NAMES}
    for table, names in tables.items():
        assert {key: service_name(table, key, names) for key in names} == dict(names)
    languages.use("en")
    try:
        for table, names in tables.items():
            english = {key: service_name(table, key, names) for key in names}
            assert not [text for text in english.values() if CJK.search(text)], english
    finally:
        languages.use("zh_CN")
