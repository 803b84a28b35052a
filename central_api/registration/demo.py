"""Demo records for `--demo`: people, vehicles, licences, units and a few accounts.

Deterministic (a seeded random generator) and valid throughout: every ID number, USCC and
VIN passes the same validators the counter uses. The named people of
resources/demo/demo_people.json are the scenarios a trainer walks through (they are also the
cards of the simulated ID-card reader):
- 张伟 owns 4 vehicles (all bindable: one's own vehicles do not count toward the limit of
  3 vehicles of other owners after face-sign);
- 李娜's licence mobile differs from one vehicle's (the counter names that vehicle);
- 王芳 registered online with 1 vehicle bound (an upgrade at the counter keeps it);
- 刘洋 is a learner, 陈静 a licence holder, 赵磊 a new-car owner with nothing on record;
- 周强 is the agent (经办人) of 南京宁通物流有限公司, which owns 3 vehicles.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session
from stdnum.cn import ric

from central_api.models import InternetUser, LicenceRecord, UserVehicle, VehicleRecord
from central_api.platform.services import Services
from counter_app.domain.identity import FieldError, validate_id_number, validate_vin
from counter_app.domain.timefmt import local

PEOPLE_FILE = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo_people.json"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯健俊帆"
REGIONS = ("320102", "320104", "320105", "320106", "320111", "320113", "320114", "320115", "320116",
           "320117", "320118")
MOBILE_PREFIXES = ("133", "138", "139", "150", "151", "152", "157", "158", "159", "177", "180", "182", "187",
                   "188", "189", "199")
WMIS = (("LSV", "上汽大众"), ("LFV", "一汽-大众"), ("LVS", "长安福特"), ("LHG", "广汽本田"), ("LGB", "东风日产"),
        ("LBV", "华晨宝马"), ("LRW", "特斯拉"), ("LGX", "比亚迪"))
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CLASSES = ("C1", "C1", "C1", "C2", "B2", "A2", "C1E")


@dataclass
class DemoFactory:
    rng: random.Random
    today: date

    def __post_init__(self) -> None:
        self.ids: set[str] = set()
        self.vins: set[str] = set()
        self.plates: set[str] = set()

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def id_number(self) -> str:
        while True:
            birth = date(1960, 1, 1) + timedelta(days=self.rng.randrange(365 * 45))
            base = f"{self.rng.choice(REGIONS)}{birth:%Y%m%d}{self.rng.randrange(1000):03d}"
            number = base + ric.calc_check_digit(base + "0")
            if number not in self.ids:
                validate_id_number(number, self.today)
                self.ids.add(number)
                return number

    def name(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2))))

    def vin(self) -> tuple[str, str]:
        """A VIN whose check digit vininfo accepts (found by trying the 11 candidates)."""
        wmi, brand = self.rng.choice(WMIS)
        while True:
            vds = "".join(self.rng.choice(VIN_CHARS) for _ in range(5))
            tail = self.rng.choice("LMNPRST") + self.rng.choice(VIN_CHARS) + f"{self.rng.randrange(10**6):06d}"
            for check in "0123456789X":
                vin = wmi + vds + check + tail
                if vin in self.vins:
                    break
                try:
                    vin = validate_vin(vin)
                except FieldError:
                    continue
                self.vins.add(vin)
                return vin, brand

    def plate(self) -> str:
        """苏A plates outside the 苏A0A00A–苏A9Z99Z selection segment (5 digits, or a letter and 4)."""
        while True:
            if self.rng.random() < 0.5:
                tail = f"{self.rng.randrange(10**5):05d}"
            else:
                tail = self.rng.choice(PLATE_LETTERS) + f"{self.rng.randrange(10**4):04d}"
            plate = "苏A" + tail
            if plate not in self.plates:
                self.plates.add(plate)
                return plate


def load_people() -> dict:
    return json.loads(PEOPLE_FILE.read_text(encoding="utf-8"))


def seed_records(session: Session, services: Services, *, random_people: int = 300) -> None:
    today = local(services.clock.now()).date()
    f = DemoFactory(random.Random(2026), today)
    people = load_people()
    cards = {c["name"]: c for c in people["cards"]}
    for card in people["cards"]:
        f.ids.add(card["id_number"])

    def vehicle(owner_id: str, owner_name: str, mobile: str, *, kind: str = "person",
                vehicle_type: str = "小型普通客车", use: str = "非营运") -> VehicleRecord:
        vin, brand = f.vin()
        row = VehicleRecord(vin=vin, plate=f.plate(), owner_kind=kind, owner_id_number=owner_id, owner_name=owner_name,
                            mobile=mobile, vehicle_type=vehicle_type, use_nature=use, brand=brand, status="正常",
                            registered_on=today - timedelta(days=f.rng.randrange(30, 3000)))
        session.add(row)
        return row

    def licence(id_number: str, name: str, mobile: str, cls: str = "C1") -> None:
        session.add(LicenceRecord(id_number=id_number, name=name, licence_class=cls, status="正常", mobile=mobile,
                                  valid_until=today + timedelta(days=f.rng.randrange(200, 3600))))

    # The named scenarios.
    zw = cards["张伟"]
    licence(zw["id_number"], "张伟", "13905171234")
    for _ in range(4):
        vehicle(zw["id_number"], "张伟", "13905171234")
    ln = cards["李娜"]
    licence(ln["id_number"], "李娜", "13851609876")
    vehicle(ln["id_number"], "李娜", "13851609876")
    vehicle(ln["id_number"], "李娜", "18951601111")  # recorded with an old mobile
    wf = cards["王芳"]
    licence(wf["id_number"], "王芳", "15850501234")
    wf_cars = [vehicle(wf["id_number"], "王芳", "15850501234") for _ in range(2)]
    cj = cards["陈静"]
    licence(cj["id_number"], "陈静", "18761602345", "C2")
    unit = people["units"][0]
    zq = cards["周强"]
    for _ in range(3):
        vehicle(unit["uscc"], unit["unit_name"], "13770881234", kind="unit", vehicle_type="轻型厢式货车")
    licence(zq["id_number"], "周强", "13770881234", "B2")

    # A crowd with realistic variety, some owning four or five vehicles.
    for i in range(random_people):
        id_number, name, mobile = f.id_number(), f.name(), f.mobile()
        if f.rng.random() < 0.7:
            licence(id_number, name, mobile, f.rng.choice(CLASSES))
        count = 5 if i % 60 == 0 else 4 if i % 45 == 0 else f.rng.choice((0, 0, 1, 1, 1, 2))
        for _ in range(count):
            use = "营运" if f.rng.random() < 0.05 else "非营运"
            vehicle(id_number, name, mobile, use=use)
    session.flush()

    # 王芳 registered online (limit 1) with her first car bound.
    now = services.clock.now()
    online = InternetUser(
        registration_no=f"R{local(now) - timedelta(days=30):%Y%m%d}000001", kind="personal",
        user_type="vehicle_owner", id_type="resident_id", id_number=wf["id_number"], name="王芳",
        mobile="15850501234", channel="internet", face_signed=False, binding_limit=services.settings.online_binding_limit,
        binding_count=0, created_at=now - timedelta(days=30), updated_at=now - timedelta(days=30),
    )
    session.add(online)
    session.flush()
    session.add(UserVehicle(user_id=online.id, vehicle_id=wf_cars[0].id, bound_at=online.created_at, channel="internet"))
