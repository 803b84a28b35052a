"""Issue 11, item 15: two factors, one cryptographic, and the station proved, not claimed.

A counter PC keeps an Ed25519 key pair (mode 0600); a system administrator approves its one-time
enrolment code; a sign-in is the password plus the PC's signature over a fresh challenge; the
token's station is the enrolled PC's; a PC can be revoked. `--demo` enrols its PC transparently.
"""
from __future__ import annotations

import stat
from datetime import timedelta

import pytest

from central_api.accounts.demo import DEMO_PASSWORD
from counter_app.services.api_client import ApiClient, ApiError
from counter_app.services.device_identity import KEY_FILE, DeviceIdentity
from tests.helpers import assert_error, login_headers

API = "/api/v1"


def _enrol(client, device: DeviceIdentity, station_id: int = 1) -> dict:  # noqa: ANN001
    response = client.post(f"{API}/devices/enrolment",
                           json={"public_key": device.public_key(), "station_id": station_id, "name": "窗口3"})
    assert response.status_code == 201, response.text
    return response.json()


def _sign_in(client, device: DeviceIdentity, device_id: int, username: str = "clerk01", *,  # noqa: ANN001
             password: str = DEMO_PASSWORD, challenge: str | None = None):  # noqa: ANN201
    if challenge is None:
        answer = client.post(f"{API}/auth/challenge", json={"device_id": device_id})
        assert answer.status_code == 200, answer.text
        challenge = answer.json()["challenge"]
    return client.post(f"{API}/auth/login", json={
        "username": username, "password": password, "device_id": device_id, "challenge": challenge,
        "signature": device.sign(challenge, username)})


def _approve(client, code: str, station_id: int | None = None):  # noqa: ANN001, ANN201
    sysadmin = _password_only_token(client, "sysadmin01")
    return client.post(f"{API}/devices/approval", json={"code": code, "station_id": station_id}, headers=sysadmin)


def _password_only_token(client, username: str) -> dict[str, str]:  # noqa: ANN001
    """Administrators too sign in at an enrolled PC: the administrators' PC of these tests."""
    admin_pc = DeviceIdentity(client.app.state.admin_pc_dir)
    enrolment = getattr(client.app.state, "admin_pc", None)
    if enrolment is None:
        enrolment = _enrol(client, admin_pc)
        from central_api.accounts import devices
        from central_api.models import Device

        services = client.app.state.services
        with services.sessionmaker.begin() as session:  # the first PC: approved at installation
            session.get(Device, enrolment["device_id"]).status = "active"
        client.app.state.admin_pc = enrolment
        assert devices  # noqa: S101
    response = _sign_in(client, admin_pc, enrolment["device_id"], username)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture
def centre(strict_client, tmp_path):  # noqa: ANN001, ANN201
    strict_client.app.state.admin_pc_dir = tmp_path / "admin-pc"
    return strict_client


def test_the_key_is_readable_by_the_os_user_only(tmp_path):
    device = DeviceIdentity(tmp_path / "data")
    device.public_key()
    mode = stat.S_IMODE((tmp_path / "data" / KEY_FILE).stat().st_mode)
    assert mode == 0o600
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    # The same key after a restart.
    assert DeviceIdentity(tmp_path / "data").public_key() == device.public_key()


def test_a_password_alone_no_longer_signs_in(centre):
    body = assert_error(centre.post(f"{API}/auth/login", json={"username": "clerk01", "password": DEMO_PASSWORD}),
                        401, "device_required")
    assert "登记" in body["message"]


def test_enrolment_approval_and_signed_sign_in(centre, tmp_path):
    pc = DeviceIdentity(tmp_path / "pc")
    enrolment = _enrol(centre, pc)
    assert enrolment["status"] == "pending" and len(enrolment["code"]) == 8
    # Not approved yet: no challenge.
    assert_error(centre.post(f"{API}/auth/challenge", json={"device_id": enrolment["device_id"]}), 401,
                 "device_not_enrolled")
    # The business supervisor cannot approve a PC (三员分立): only the system administrator.
    supervisor = _password_only_token(centre, "admin")
    assert_error(centre.post(f"{API}/devices/approval", json={"code": enrolment["code"]}, headers=supervisor),
                 403, "role_forbidden")
    assert _approve(centre, enrolment["code"]).status_code == 200
    assert_error(_approve(centre, enrolment["code"]), 422, "device_code_invalid")  # one-time
    signed = _sign_in(centre, pc, enrolment["device_id"])
    assert signed.status_code == 200, signed.text
    assert signed.json()["station"]["id"] == 1  # from the enrolled PC


def test_an_unapproved_code_expires_and_the_pc_asks_for_a_new_one(centre, clock, tmp_path):  # noqa: ANN001
    """The code is good for 30 minutes (Settings.device_code_minutes); then the status says
    `expired` (the counter asks again at the next sign-in) and the old code approves nothing."""
    pc = DeviceIdentity(tmp_path / "pc")
    first = _enrol(centre, pc)
    status = centre.get(f"{API}/devices/{first['device_id']}/status").json()
    assert status["status"] == "pending" and status["code"] == ""
    clock.advance(timedelta(minutes=29))
    assert centre.get(f"{API}/devices/{first['device_id']}/status").json()["status"] == "pending"
    clock.advance(timedelta(minutes=2))
    assert centre.get(f"{API}/devices/{first['device_id']}/status").json()["status"] == "expired"
    assert_error(_approve(centre, first["code"]), 422, "device_code_invalid")
    again = _enrol(centre, pc)  # the same key asks again: the same PC, a new code
    assert again["device_id"] == first["device_id"] and again["status"] == "pending"
    assert centre.get(f"{API}/devices/{first['device_id']}/status").json()["status"] == "pending"
    assert _approve(centre, again["code"]).status_code == 200
    assert centre.get(f"{API}/devices/{first['device_id']}/status").json()["status"] == "active"
    assert _sign_in(centre, pc, first["device_id"]).status_code == 200


def test_a_challenge_is_good_once_and_only_for_its_signer(centre, tmp_path):
    pc, thief = DeviceIdentity(tmp_path / "pc"), DeviceIdentity(tmp_path / "thief")
    enrolment = _enrol(centre, pc)
    _approve(centre, enrolment["code"])
    challenge = centre.post(f"{API}/auth/challenge", json={"device_id": enrolment["device_id"]}).json()["challenge"]
    # Another key's signature over the right challenge is refused, and the challenge is spent.
    forged = centre.post(f"{API}/auth/login", json={
        "username": "clerk01", "password": DEMO_PASSWORD, "device_id": enrolment["device_id"],
        "challenge": challenge, "signature": thief.sign(challenge, "clerk01")})
    assert_error(forged, 401, "device_proof_invalid")
    assert_error(_sign_in(centre, pc, enrolment["device_id"], challenge=challenge), 401, "device_proof_invalid")
    # A signature for one account does not sign another in.
    challenge = centre.post(f"{API}/auth/challenge", json={"device_id": enrolment["device_id"]}).json()["challenge"]
    other = centre.post(f"{API}/auth/login", json={
        "username": "admin", "password": DEMO_PASSWORD, "device_id": enrolment["device_id"],
        "challenge": challenge, "signature": pc.sign(challenge, "clerk01")})
    assert_error(other, 401, "device_proof_invalid")


def test_the_station_comes_from_the_pc_not_the_claim(centre, tmp_path):
    pc = DeviceIdentity(tmp_path / "jiangbei-pc")
    enrolment = _enrol(centre, pc, station_id=1)
    _approve(centre, enrolment["code"], station_id=2)  # the administrator sets where it stands
    # clerk01 belongs to station 1: a PC of station 2 cannot sign it in, whatever it claims.
    challenge = centre.post(f"{API}/auth/challenge", json={"device_id": enrolment["device_id"]}).json()["challenge"]
    claimed = centre.post(f"{API}/auth/login", json={
        "username": "clerk01", "password": DEMO_PASSWORD, "station_id": 1, "device_id": enrolment["device_id"],
        "challenge": challenge, "signature": pc.sign(challenge, "clerk01")})
    assert_error(claimed, 403, "station_mismatch")
    signed = _sign_in(centre, pc, enrolment["device_id"], "clerk02")
    assert signed.status_code == 200 and signed.json()["station"]["id"] == 2


def test_a_revoked_pc_cannot_sign_in_and_its_sessions_end(centre, tmp_path):
    pc = DeviceIdentity(tmp_path / "pc")
    enrolment = _enrol(centre, pc)
    _approve(centre, enrolment["code"])
    token = {"Authorization": f"Bearer {_sign_in(centre, pc, enrolment['device_id']).json()['access_token']}"}
    sysadmin = _password_only_token(centre, "sysadmin01")
    revoked = centre.post(f"{API}/devices/{enrolment['device_id']}/revoke", headers=sysadmin)
    assert revoked.status_code == 200 and revoked.json()["status"] == "revoked"
    assert_error(centre.get(f"{API}/stations", headers=token), 401, "invalid_token")
    assert_error(centre.post(f"{API}/auth/challenge", json={"device_id": enrolment["device_id"]}), 401,
                 "device_not_enrolled")
    # The same key cannot enrol itself again behind the administrator's back.
    assert_error(centre.post(f"{API}/devices/enrolment", json={
        "public_key": pc.public_key(), "station_id": 1, "name": "窗口3"}), 409, "device_known")


def test_anonymous_enrolment_requests_are_bounded(centre, strict_services, tmp_path):
    """The enrolment door is open to anyone: its rows and audit rows are limited per address."""
    from sqlalchemy import func, select

    from central_api.models import AuditLog, Device

    answers = [centre.post(f"{API}/devices/enrolment", json={
        "public_key": DeviceIdentity(tmp_path / f"pc{i}").public_key(), "station_id": 1, "name": "x"}).status_code
        for i in range(15)]
    assert answers == [201] * 10 + [429] * 5
    with strict_services.sessionmaker() as session:
        assert session.scalar(select(func.count(Device.id))) == 10
        assert session.scalar(select(func.count(AuditLog.id)).where(
            AuditLog.action == "device_enrolment_requested")) == 10


def test_the_gateway_signs_in_without_a_pc(centre):
    assert login_headers(centre, "internet01")


@pytest.fixture
def strict_live_api(tmp_path):  # noqa: ANN001, ANN201
    """`central-api --demo` as a process, with the production requirement of a device signature."""
    from tests.conftest import LiveApi

    api = LiveApi(tmp_path / "api")
    api.embedded.extra_env.update(CENTRAL_API_REQUIRE_DEVICE="1", CENTRAL_API_SINGLE_SESSION="1")
    api.start()
    yield api
    api.stop()


def test_the_demo_centre_enrols_the_counter_transparently(strict_live_api, tmp_path):
    """`central-api --demo` approves a PC's enrolment at once: the counter signs in in one step
    (its ApiClient with the PC's key), while a client without a key is refused."""
    live_api = strict_live_api
    api = ApiClient(live_api.base_url, retries=0)
    api.device = DeviceIdentity(tmp_path / "counter")
    info = api.login("clerk01", DEMO_PASSWORD, 1)
    assert info.station["id"] == 1
    again = ApiClient(live_api.base_url, retries=0)
    again.device = DeviceIdentity(tmp_path / "counter")
    assert again.login("clerk01", DEMO_PASSWORD, 1).username == "clerk01"  # enrolled once, kept
    bare = ApiClient(live_api.base_url, retries=0)
    with pytest.raises(ApiError) as refused:
        bare.login("clerk01", DEMO_PASSWORD, 1)
    assert refused.value.code == "device_required"


def test_the_counter_asks_for_a_new_code_when_its_code_expired(tmp_path):
    """The counter's side of the expiry: a code that lives 0 minutes has expired at the next
    sign-in, so the counter asks again and shows a new one (the same PC)."""
    from tests.conftest import LiveApi

    live_api = LiveApi(tmp_path / "api")
    live_api.embedded.extra_env.update(CENTRAL_API_REQUIRE_DEVICE="1", CENTRAL_API_AUTO_APPROVE_DEVICES="0",
                                       CENTRAL_API_DEVICE_CODE_MINUTES="0")
    live_api.start()
    try:
        api = ApiClient(live_api.base_url, retries=0)
        api.device = DeviceIdentity(tmp_path / "counter")
        shown = []
        for _attempt in range(2):
            with pytest.raises(ApiError) as pending:
                api.login("clerk01", DEMO_PASSWORD, 1)
            assert pending.value.code == "device_pending"
            shown.append(api.device.enrolment(live_api.base_url))
        assert shown[0].device_id == shown[1].device_id and shown[0].code != shown[1].code
        assert shown[1].code in pending.value.message
    finally:
        live_api.stop()


def test_an_older_counter_is_told_its_session_ended(strict_live_api, tmp_path):
    live_api = strict_live_api
    first = ApiClient(live_api.base_url, retries=0)
    first.device = DeviceIdentity(tmp_path / "pc1")
    ended: list[str] = []
    first.on_session_ended = ended.append
    first.login("clerk01", DEMO_PASSWORD, 1)
    second = ApiClient(live_api.base_url, retries=0)
    second.device = DeviceIdentity(tmp_path / "pc2")
    second.login("clerk01", DEMO_PASSWORD, 1)
    with pytest.raises(ApiError) as refused:
        first.stations()
    assert refused.value.code == "session_replaced"
    assert ended == [refused.value.message] and "另一台电脑登录" in ended[0]
