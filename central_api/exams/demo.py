"""Demo data of the exam workflow: candidates in various states and published sessions.

All dates are relative to the clock's day in Nanjing, so the demo works whenever it starts.
Deterministic (a seeded `random.Random`) and fast (a few hundred rows). Writes no audit rows:
demo data is not anybody's action.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy.orm import Session
from stdnum.cn import ric

from central_api.exams.allocation import HAND_ALLOCATION
from central_api.models import Account, CandidateSubject, ExamBooking, ExamCandidate, ExamPlan
from central_api.platform.services import Services
from counter_app.domain import exams as rules_
from counter_app.domain.exams import CandidateFacts, Purpose, Subject, SubjectRecord
from counter_app.domain.timefmt import SHANGHAI, local

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红梅晨宇浩然子涵欣怡梓轩雨萱"


def demo_id_number(region: str, birth: date, seq: int) -> str:
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")  # stdnum wants a placeholder check digit


@dataclass
class DemoCandidate:
    """A candidate as the demo describes it: offsets are days before today (Nanjing)."""

    name: str
    id_number: str
    mobile: str
    licence_class: str = "C1"
    purpose: Purpose = Purpose.LEARNER
    accepted_days_ago: float = 30
    permit_days_ago: int | None = None
    adds_to_car_licence: bool = False
    # subject -> (result, days ago of the last exam, bookings used, fee owed)
    history: dict[Subject, tuple[str, int, int, bool]] = field(default_factory=dict)


def _named_candidates() -> list[DemoCandidate]:
    """The ones the README names, one per interesting state."""
    k = Subject
    return [
        DemoCandidate("孙悦", demo_id_number("320102", date(2001, 3, 15), 11), "13905170001", accepted_days_ago=20),
        DemoCandidate("周婷", demo_id_number("320104", date(1998, 7, 2), 22), "13905170002", accepted_days_ago=60,
                      permit_days_ago=20, history={k.K1: ("pass", 20, 1, False)}),
        DemoCandidate("吴婉", demo_id_number("320106", date(1996, 11, 30), 42), "13905170003", licence_class="C2",
                      accepted_days_ago=90, permit_days_ago=80,
                      history={k.K1: ("pass", 80, 1, False), k.K2: ("absent", 5, 1, True)}),
        DemoCandidate("郑浩", demo_id_number("320113", date(1990, 1, 8), 51), "13905170004", accepted_days_ago=400,
                      permit_days_ago=380,
                      history={k.K1: ("pass", 380, 1, False), k.K2: ("pass", 300, 2, False),
                               k.K3: ("fail", 15, 4, False)}),
        DemoCandidate("钱芳", demo_id_number("320114", date(1975, 5, 20), 62), "13905170005",
                      purpose=Purpose.RESTORE, accepted_days_ago=10),
        DemoCandidate("冯军", demo_id_number("320111", date(1985, 9, 9), 73), "13905170006",
                      purpose=Purpose.FULL_SCORE, accepted_days_ago=40,
                      history={k.FULL_SCORE: ("fail", 3, 1, True)}),
        DemoCandidate("何敏", demo_id_number("320105", date(1992, 12, 1), 84), "13905170007", licence_class="B2",
                      adds_to_car_licence=True, accepted_days_ago=50, permit_days_ago=45,
                      history={k.K1: ("pass", 45, 1, False)}),
        DemoCandidate("马超", demo_id_number("320102", date(1999, 4, 18), 95), "13905170008", accepted_days_ago=200,
                      permit_days_ago=150,
                      history={k.K1: ("pass", 150, 1, False), k.K2: ("pass", 100, 1, False),
                               k.K3: ("pass", 12, 2, False)}),
    ]


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _at(today: date, days_ago: float, hour: int = 9) -> datetime:
    return datetime.combine(today - timedelta(days=days_ago), time(hour), SHANGHAI)


def _add_candidate(session: Session, services: Services, demo: DemoCandidate, today: date) -> tuple[ExamCandidate, CandidateFacts]:
    exam_rules = services.settings.exam_rules
    permit_on = None if demo.permit_days_ago is None else today - timedelta(days=demo.permit_days_ago)
    birth = date(int(demo.id_number[6:10]), int(demo.id_number[10:12]), int(demo.id_number[12:14]))
    candidate = ExamCandidate(
        id_number=demo.id_number, name=demo.name, mobile=demo.mobile, purpose=demo.purpose.value,
        licence_class=demo.licence_class, adds_to_car_licence=demo.adds_to_car_licence,
        application_accepted_at=_at(today, demo.accepted_days_ago) + timedelta(minutes=len(demo.name) * 7),
        permit_issued_on=permit_on,
        permit_valid_until=None if permit_on is None else rules_.permit_valid_until(
            permit_on, birth, demo.licence_class, exam_rules),
        created_at=services.clock.now())
    session.add(candidate)
    session.flush()
    records = {}
    for subject, (result, days_ago, used, fee) in demo.history.items():
        at = _at(today, days_ago, 8)
        session.add(CandidateSubject(
            candidate_id=candidate.id, subject=subject.value, passed_at=at if result == "pass" else None,
            last_exam_at=at, last_result=result, bookings_used=used, no_shows=1 if result == "absent" else 0,
            fee_owed=fee, fees_paid=0))
        records[subject] = SubjectRecord(passed=result == "pass", last_exam_at=at, last_result=result,
                                         bookings_used=used, fee_owed=fee)
    facts = CandidateFacts(purpose=demo.purpose, licence_class=demo.licence_class,
                           application_accepted_at=candidate.application_accepted_at,
                           adds_to_car_licence=demo.adds_to_car_licence, permit_issued_on=permit_on,
                           permit_valid_until=candidate.permit_valid_until, subjects=records)
    return candidate, facts


# (days from today, site, start, subject, class, capacity, demo requests)
PLANS = (
    (10, 8, "08:30", Subject.K1, "C1", 30, 18),
    (10, 8, "13:30", Subject.K1, "C1", 30, 6),
    (12, 9, "08:30", Subject.K2, "C1", 20, 12),
    (12, 9, "13:30", Subject.K2, "C2", 10, 4),
    (12, 10, "08:30", Subject.K2, "B2", 10, 3),
    (14, 10, "08:30", Subject.K3, "C1", 20, 9),
    (14, 10, "13:30", Subject.K3, "B2", 8, 2),
    (14, 8, "14:00", Subject.K4, "C1", 40, 5),
    (11, 8, "09:00", Subject.RESTORE, "C1", 10, 2),
    (11, 8, "10:00", Subject.FULL_SCORE, "C1", 10, 2),
    (3, 9, "08:30", Subject.K1, "C1", 10, 14),  # booking closed: ready for allocation
)


def _requester(rng: random.Random, subject: Subject, licence_class: str, n: int) -> DemoCandidate:
    """A random candidate whose history fits a request of `subject`."""
    k = Subject
    purpose = {k.RESTORE: Purpose.RESTORE, k.FULL_SCORE: Purpose.FULL_SCORE}.get(subject, Purpose.LEARNER)
    birth = date(1970, 1, 1) + timedelta(days=rng.randrange(0, 365 * 35))
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    demo = DemoCandidate(name, demo_id_number(rng.choice(("320102", "320104", "320106", "320113", "320114")),
                                              birth, 100 + n), f"139{rng.randrange(10**8):08d}",
                         licence_class=licence_class, purpose=purpose,
                         accepted_days_ago=rng.uniform(15, 120))
    permit = rng.randrange(50, 200)
    if subject in (k.K2, k.K3, k.K4):
        demo.permit_days_ago = permit
        demo.history[k.K1] = ("pass", permit, 1, False)
    if subject in (k.K3, k.K4):
        demo.history[k.K2] = ("pass", rng.randrange(12, permit), 1, False)
    if subject is k.K4:
        demo.history[k.K3] = ("pass", rng.randrange(1, 12), 1, False)
    if subject is k.K1 and rng.random() < 0.2:  # a repeat 科目一: ranks by its previous exam
        demo.history[k.K1] = ("fail", rng.randrange(1, 30), 1, False)
    return demo


def seed_exam_demo(session: Session, services: Services) -> None:
    now = services.clock.now()
    today = local(now).date()
    exam_rules = services.settings.exam_rules
    rng = random.Random(2026)
    for demo in _named_candidates():
        _add_candidate(session, services, demo, today)
    booker = session.query(Account).filter(Account.username == "clerk01").one()
    n = 0
    for offset, site, start, subject, licence_class, capacity, requests in PLANS:
        exam_date = _weekday(today + timedelta(days=offset))
        plan = ExamPlan(site_id=site, exam_date=exam_date, start_time=start, subject=subject.value,
                        licence_class=licence_class, capacity=capacity, requested_count=requests,
                        allocated_count=0, published_at=now - timedelta(days=20),
                        published_by=HAND_ALLOCATION if subject is Subject.K1 and offset == 3 else "admin",
                        booking_deadline=rules_.booking_deadline(exam_date, exam_rules).astimezone(timezone.utc))
        session.add(plan)
        session.flush()
        for _ in range(requests):
            n += 1
            candidate, facts = _add_candidate(session, services, _requester(rng, subject, licence_class, n), today)
            basis = rules_.ranking_basis(facts, subject)
            requested = min(now, plan.booking_deadline) - timedelta(minutes=rng.randrange(60, 60 * 24 * 15))
            session.add(ExamBooking(
                plan_id=plan.id, candidate_id=candidate.id, subject=subject.value, status="requested",
                open_slot=1, channel=rng.choice(("window", "phone", "internet", "internet")),
                station_id=1, account_id=booker.id, requested_at=requested, ranking_time=basis.time,
                ranking_rule=basis.rule, id_checked=False))
    _seed_missed_exam(session, services, today, booker.id)
    session.flush()


def _seed_missed_exam(session: Session, services: Services, today: date, booker_id: int) -> None:
    """陶然 had a seat in a 科目二 session two days ago and entered no result: the service's
    no-show job records it as 缺考 (= fail, retest fee owed) on its next run."""
    now = services.clock.now()
    exam_date = today - timedelta(days=2)
    demo = DemoCandidate("陶然", demo_id_number("320115", date(2000, 6, 6), 31), "13905170009", accepted_days_ago=120,
                         permit_days_ago=90, history={Subject.K1: ("pass", 90, 1, False)})
    candidate, facts = _add_candidate(session, services, demo, today)
    deadline = rules_.booking_deadline(exam_date, services.settings.exam_rules).astimezone(timezone.utc)
    plan = ExamPlan(site_id=9, exam_date=exam_date, start_time="08:30", subject=Subject.K2.value, licence_class="C1",
                    capacity=10, requested_count=1, allocated_count=1, published_at=now - timedelta(days=30),
                    published_by="admin", booking_deadline=deadline, allocated_at=deadline)
    session.add(plan)
    session.flush()
    basis = rules_.ranking_basis(facts, Subject.K2)
    session.add(ExamBooking(
        plan_id=plan.id, candidate_id=candidate.id, subject=Subject.K2.value, status="allocated", open_slot=1,
        channel="window", station_id=1, account_id=booker_id, requested_at=deadline - timedelta(days=3),
        ranking_time=basis.time, ranking_rule=basis.rule, rank=1, allocated_at=deadline, id_checked=False))

