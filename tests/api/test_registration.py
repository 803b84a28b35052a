"""Face-sign and online registration against the central records (DOMAIN.md §1)."""
import json
from concurrent.futures import ThreadPoolExecutor

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from central_api.app import create_app
from central_api.models import AuditLog, InternetUser, UserVehicle, VehicleRecord
from central_api.registration.demo import PEOPLE_FILE
from tests.helpers import assert_error, login_headers

PEOPLE = json.loads(PEOPLE_FILE.read_text(encoding="utf-8"))
ID = {c["name"]: c["id_number"] for c in PEOPLE["cards"]}
UNIT = PEOPLE["units"][0]


def _vins(client, clerk, owner_id):  # noqa: ANN001, ANN202
    rows = client.get("/api/v1/vehicles", params={"owner_id_number": owner_id}, headers=clerk).json()["data"]
    return [r["vin"] for r in rows]


def _count(services, model, **where) -> int:  # noqa: ANN001
    with services.sessionmaker() as session:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return session.scalar(query)


def _personal(name, mobile, user_type="vehicle_owner", vins=(), others=()):  # noqa: ANN001, ANN202
    return {"user_type": user_type, "id_number": ID[name], "name": name, "mobile": mobile, "vins": list(vins),
            "others": list(others)}


def _others(services, count):  # noqa: ANN001, ANN202
    """Vehicles of the demo crowd (not the named people), each with its owner's consent given."""
    named = set(ID.values())
    with services.sessionmaker() as session:
        rows = session.execute(select(VehicleRecord.vin, VehicleRecord.owner_id_number)
                               .where(VehicleRecord.owner_kind == "person").order_by(VehicleRecord.id)).all()
    picked = [(vin, owner) for vin, owner in rows if owner not in named][:count]
    return [{"vin": vin, "owner_id_number": owner, "consent_way": "owner_present"} for vin, owner in picked]


def test_face_sign_binds_three_of_others_own_ones_apart_and_refuses_a_fourth(client, services):
    clerk = login_headers(client, "clerk01")
    vins = _vins(client, clerk, ID["张伟"])
    assert len(vins) == 4  # the demo gives 张伟 four vehicles: his own, none counted
    others = _others(services, 4)
    response = client.post("/api/v1/users/personal",
                           json=_personal("张伟", "13905171234", vins=vins, others=others[:3]), headers=clerk)
    assert response.status_code == 201, response.text
    user = response.json()
    assert user["face_signed"] is True and user["binding_limit"] == 3 and user["binding_count"] == 3
    assert user["registration_no"].startswith("R20261125")
    assert user["id_number"] == ID["张伟"]  # the open record shows the whole number
    assert [v["own"] for v in user["vehicles"]] == [True] * 4 + [False] * 3
    assert {v["consent_way"] for v in user["vehicles"] if not v["own"]} == {"owner_present"}

    fourth = client.post(f"/api/v1/users/{user['id']}/vehicles", json=others[3], headers=clerk)
    body = assert_error(fourth, 422, "binding_limit_reached")
    assert "最多绑定3辆他人名下" in body["message"]
    assert _count(services, UserVehicle, user_id=user["id"]) == 7
    assert client.get(f"/api/v1/users/{user['id']}", headers=clerk).json()["binding_count"] == 3


def test_four_vehicles_of_others_in_one_registration_store_nothing(client, services):
    clerk = login_headers(client, "clerk01")
    assert_error(client.post("/api/v1/users/personal",
                             json=_personal("张伟", "13905171234", others=_others(services, 4)), headers=clerk),
                 422, "binding_limit_reached")
    assert _count(services, InternetUser, id_number=ID["张伟"]) == 0
    assert _count(services, AuditLog, action="user_registered") == 0


def test_online_user_is_upgraded_at_the_counter_and_keeps_the_binding(client):
    clerk = login_headers(client, "clerk02")
    found = client.get("/api/v1/users", params={"id_number": ID["王芳"]}, headers=clerk).json()
    assert found["count"] == 1
    listed = found["data"][0]
    assert listed["id_number"] == ID["王芳"][:4] + "*" * 10 + ID["王芳"][-4:]
    assert listed["mobile"] == "158****1234"
    assert (listed["face_signed"], listed["binding_limit"], listed["binding_count"]) == (False, 1, 0)
    kept = listed["vehicles"][0]["vin"]

    upgraded = client.post(f"/api/v1/users/{listed['id']}/face-sign", headers=clerk).json()
    assert (upgraded["face_signed"], upgraded["binding_limit"]) == (True, 3)
    assert [v["vin"] for v in upgraded["vehicles"]] == [kept]
    second = next(v for v in _vins(client, clerk, ID["王芳"]) if v != kept)
    bound = client.post(f"/api/v1/users/{listed['id']}/vehicles", json={"vin": second}, headers=clerk)
    assert bound.status_code == 201 and bound.json()["binding_count"] == 0  # her own: not counted
    assert_error(client.post(f"/api/v1/users/{listed['id']}/face-sign", headers=clerk), 409, "already_face_signed")


def test_online_registration_is_limited_to_one_vehicle_of_others(client, services):
    gateway = login_headers(client, "internet01")
    clerk = login_headers(client, "clerk01")
    vins = _vins(client, clerk, ID["张伟"])
    others = _others(services, 2)
    user = client.post("/api/v1/users/personal", json=_personal("张伟", "13905171234", vins=vins, others=others[:1]),
                       headers=gateway).json()
    assert (user["face_signed"], user["binding_limit"], user["channel"]) == (False, 1, "internet")
    assert (len(user["vehicles"]), user["binding_count"]) == (5, 1)
    body = assert_error(client.post(f"/api/v1/users/{user['id']}/vehicles", json=others[1], headers=gateway),
                        422, "binding_limit_reached")
    assert "面签" in body["message"]


def test_unit_registers_only_at_the_counter(client, services):
    clerk = login_headers(client, "clerk08")  # 尧新考点 is a face-sign point too
    vins = _vins(client, clerk, UNIT["uscc"])
    body = {"unit_name": UNIT["unit_name"], "uscc": UNIT["uscc"], "address": UNIT["address"], "agent_name": "周强",
            "agent_id_number": ID["周强"], "agent_mobile": "13770881234", "authorisation_ref": "宁通授〔2026〕18号",
            "vins": vins}
    for who in ("internet01", "phone01"):
        refused = client.post("/api/v1/users/unit", json=body, headers=login_headers(client, who))
        assert_error(refused, 403, "unit_counter_only" if who == "internet01" else "role_forbidden")
    assert _count(services, InternetUser, kind="unit") == 0
    created = client.post("/api/v1/users/unit", json=body, headers=clerk)
    assert created.status_code == 201, created.text
    unit = created.json()
    assert (unit["kind"], len(unit["vehicles"]), unit["binding_count"], unit["agent_name"]) == ("unit", 3, 0, "周强")
    assert_error(client.post("/api/v1/users/unit", json=body, headers=clerk), 409, "user_exists")


def test_mismatched_mobile_names_the_disagreeing_record(client, services):
    clerk = login_headers(client, "clerk01")
    plates = {r["vin"]: r["plate"] for r in client.get(
        "/api/v1/vehicles", params={"owner_id_number": ID["李娜"]}, headers=clerk).json()["data"]}
    response = client.post("/api/v1/users/personal", json=_personal("李娜", "13851609876", vins=list(plates)),
                           headers=clerk)
    body = assert_error(response, 422, "mobile_mismatch")
    # The second car was registered with 18951601111: named by plate, its mobile masked.
    second_plate = list(plates.values())[1]
    assert body["details"] == [{"record": "vehicle", "ref": second_plate, "mobile_on_record": "189****1111"}]
    assert second_plate in body["message"] and "189****1111" in body["message"]
    assert _count(services, InternetUser, id_number=ID["李娜"]) == 0


def test_wrong_check_digits_are_refused_and_nothing_is_stored(client, services):
    clerk = login_headers(client, "clerk01")
    wrong_id = ID["刘洋"][:-1] + ("0" if ID["刘洋"][-1] != "0" else "1")
    body = assert_error(client.post("/api/v1/users/personal", json={
        "user_type": "learner", "id_number": wrong_id, "name": "刘洋", "mobile": "13912345678"}, headers=clerk),
        422, "id_number_checksum")
    assert body["message"] == "身份证号码校验位错误" and body["fields"] == ["id_number"]
    vin = _vins(client, clerk, ID["张伟"])[0]
    bad_vin = vin[:8] + ("0" if vin[8] != "0" else "1") + vin[9:]
    assert_error(client.post("/api/v1/users/personal", json=_personal("张伟", "13905171234", vins=[bad_vin]),
                             headers=clerk), 422, "vin_checksum")
    bad_uscc = UNIT["uscc"][:-1] + ("0" if UNIT["uscc"][-1] != "0" else "1")
    assert_error(client.post("/api/v1/users/unit", json={
        "unit_name": UNIT["unit_name"], "uscc": bad_uscc, "address": UNIT["address"], "agent_name": "周强",
        "agent_id_number": ID["周强"], "agent_mobile": "13770881234", "authorisation_ref": "x"}, headers=clerk),
        422, "uscc_checksum")
    assert _count(services, InternetUser) == 1  # only the demo's online account
    assert _count(services, AuditLog, action="user_registered") == 0


def test_only_the_owner_on_record_binds_a_vehicle(client):
    clerk = login_headers(client, "clerk01")
    someone_elses = _vins(client, clerk, ID["张伟"])[0]
    assert_error(client.post("/api/v1/users/personal", json=_personal("李娜", "13851609876", vins=[someone_elses]),
                             headers=clerk), 422, "vehicle_not_owned")


def test_driver_type_needs_a_licence_and_names_must_agree(client):
    clerk = login_headers(client, "clerk01")
    assert_error(client.post("/api/v1/users/personal", json=_personal("赵磊", "13912345678", "driver"),
                             headers=clerk), 422, "licence_not_found")
    assert_error(client.post("/api/v1/users/personal", json={**_personal("陈静", "18761602345", "driver"),
                                                             "name": "陈晶"}, headers=clerk), 422, "name_mismatch")
    assert client.post("/api/v1/users/personal", json=_personal("赵磊", "13912345678", "new_car_owner"),
                       headers=clerk).status_code == 201


def test_change_of_mobile_is_checked_and_audited_with_before_and_after(client):
    clerk = login_headers(client, "clerk01")
    user = client.post("/api/v1/users/personal", json=_personal("陈静", "18761602345", "driver"), headers=clerk).json()
    body = assert_error(client.patch(f"/api/v1/users/{user['id']}", json={"mobile": "13912345678"}, headers=clerk),
                        422, "mobile_mismatch")
    assert body["details"] == [{"record": "licence", "ref": "C2", "mobile_on_record": "187****2345"}]
    # 赵磊 has no records: any valid mobile may replace the old one.
    other = client.post("/api/v1/users/personal", json=_personal("赵磊", "13912345678", "new_car_owner"),
                        headers=clerk).json()
    changed = client.patch(f"/api/v1/users/{other['id']}", json={"mobile": "15951234567"}, headers=clerk)
    assert changed.status_code == 200 and changed.json()["mobile"] == "15951234567"
    audit = client.get("/api/v1/audit", params={"limit": 500}, headers=login_headers(client, "auditor01")).json()["data"]
    change = [e for e in audit if e["action"] == "user_changed"]
    assert [c["detail"] for c in change] == [{"before": {"mobile": "139****5678"}, "after": {"mobile": "159****4567"}}]


def test_unbinding_frees_a_slot(client, services):
    clerk = login_headers(client, "clerk01")
    others = _others(services, 4)
    user = client.post("/api/v1/users/personal", json=_personal("张伟", "13905171234", others=others[:3]),
                       headers=clerk).json()
    first = user["vehicles"][0]["vehicle_id"]
    after = client.delete(f"/api/v1/users/{user['id']}/vehicles/{first}", headers=clerk)
    assert after.status_code == 200 and after.json()["binding_count"] == 2
    assert client.post(f"/api/v1/users/{user['id']}/vehicles", json=others[3], headers=clerk).status_code == 201


def test_every_registration_write_leaves_one_audit_row(client, services):
    clerk = login_headers(client, "clerk01")
    before = _count(services, AuditLog)
    vins = _vins(client, clerk, ID["张伟"])
    user = client.post("/api/v1/users/personal", json=_personal("张伟", "13905171234", vins=vins[:1]),
                       headers=clerk).json()
    client.post(f"/api/v1/users/{user['id']}/vehicles", json={"vin": vins[1]}, headers=clerk)
    client.delete(f"/api/v1/users/{user['id']}/vehicles/{user['vehicles'][0]['vehicle_id']}", headers=clerk)
    assert _count(services, AuditLog) == before + 3


def test_phone_operators_do_not_register(client):
    assert_error(client.post("/api/v1/users/personal", json=_personal("赵磊", "13912345678", "new_car_owner"),
                             headers=login_headers(client, "phone01")), 403, "role_forbidden")


def test_two_counters_racing_for_the_last_slot_get_one_binding(client, services):
    clerk = login_headers(client, "clerk01")
    others = _others(services, 4)
    user = client.post("/api/v1/users/personal", json=_personal("张伟", "13905171234", others=others[:2]),
                       headers=clerk).json()
    other = login_headers(client, "clerk02")
    app = create_app(services)

    def bind(args):  # noqa: ANN001, ANN202
        headers, body = args
        with TestClient(app) as own:
            return own.post(f"/api/v1/users/{user['id']}/vehicles", json=body, headers=headers).status_code

    with ThreadPoolExecutor(2) as pool:
        codes = sorted(pool.map(bind, [(clerk, others[2]), (other, others[3])]))
    assert codes == [201, 422]
    assert _count(services, UserVehicle, user_id=user["id"]) == 3
