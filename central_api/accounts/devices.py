"""Counter PCs enrolled by an Ed25519 key (issue 11, 等保 level 3: two factors, one cryptographic).

A PC makes its key pair once and asks to be enrolled: the centre answers a one-time code that
the PC shows; a system administrator approves that code (and the station the PC stands at). A
sign-in is then the password plus the PC's signature over a fresh challenge from the centre;
the token's station is the enrolled PC's. A system administrator may revoke a PC.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from datetime import timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.accounts import throttle
from central_api.models import AuthChallenge, AuthToken, Device, Station
from central_api.platform import audit, security_policy
from central_api.platform.db import found
from central_api.platform.deps import Principal
from central_api.platform.errors import ApiError, Conflict, Unauthorized, Unprocessable
from central_api.platform.services import Services
from counter_app.domain.device_proof import signed_message

CODE_DIGITS = 8


def _sha(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _public_key(raw_b64: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(raw_b64, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise Unprocessable("device_key_invalid", "设备公钥格式错误", fields=["public_key"]) from None


ENROLMENTS_PER_ADDRESS = 10  # per lock-out window: an anonymous caller cannot flood the tables
OPEN_CHALLENGES_PER_DEVICE = 20


def request_enrolment(session: Session, services: Services, *, public_key: str, station_id: int,
                      name: str, address: str | None) -> tuple[Device, str]:
    """A pending device and its one-time code (shown on the PC); with `auto_approve_devices`
    (the demo) the device is active at once. Requests per client address are limited."""
    window = timedelta(minutes=security_policy.current(services, session).lockout_minutes)
    count = throttle.count_attempt(session, services, throttle.Key(f"enrol:{address or 'unknown'}"[:80],
                                                                   ENROLMENTS_PER_ADDRESS, window))
    session.commit()
    if count.failures > ENROLMENTS_PER_ADDRESS:
        raise ApiError("enrolment_rate_limited", "本机登记申请过于频繁，请稍后再试", 429)
    _public_key(public_key)
    if session.get(Station, station_id) is None:
        raise Unprocessable("station_not_found", "站点不存在", fields=["station_id"])
    now = services.clock.now()
    code = "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))
    existing = session.scalars(select(Device).where(Device.public_key == public_key)).first()
    if existing is not None and existing.status != "pending":
        raise Conflict("device_known", "该电脑已登记，如需重新登记请联系系统管理员")
    device = existing or Device(public_key=public_key, created_at=now, status="pending")
    device.name, device.station_id = name, station_id
    device.code_hash = _sha(code)
    device.code_expires_at = now + timedelta(minutes=services.settings.device_code_minutes)
    session.add(device)
    try:
        session.flush()
    except IntegrityError:
        raise Conflict("device_code_clash", "登记码冲突，请重试") from None
    if services.settings.auto_approve_devices:
        device.status, device.approved_at, device.code_hash = "active", now, None
    audit.record(session, services.clock, action="device_enrolment_requested", entity="device",
                 entity_id=device.id, username="-", channel="window", station_id=station_id,
                 detail={"name": name, "auto_approved": services.settings.auto_approve_devices})
    return device, code


def approve(session: Session, services: Services, principal: Principal, *, code: str,
            station_id: int | None) -> Device:
    now = services.clock.now()
    device = session.scalars(select(Device).where(Device.code_hash == _sha(code.strip()))).first()
    if device is None or device.status != "pending" or (device.code_expires_at or now) < now:
        raise Unprocessable("device_code_invalid", "登记码无效或已过期，请在该电脑上重新申请", fields=["code"])
    if station_id is not None:
        if session.get(Station, station_id) is None:
            raise Unprocessable("station_not_found", "站点不存在", fields=["station_id"])
        device.station_id = station_id
    device.status, device.approved_by, device.approved_at, device.code_hash = "active", principal.account_id, now, None
    audit.by(session, services.clock, principal, action="device_approved", entity="device", entity_id=device.id,
             detail={"station_id": device.station_id, "name": device.name})
    return device


def revoke(session: Session, services: Services, principal: Principal, device_id: int) -> Device:
    device = found(session.get(Device, device_id), "device_not_found", "设备不存在")
    device.status, device.revoked_at, device.code_hash = "revoked", services.clock.now(), None
    session.execute(update(AuthToken).where(AuthToken.device_id == device.id, AuthToken.revoked.is_(False))
                    .values(revoked=True, revoked_reason="device").execution_options(synchronize_session=False))
    audit.by(session, services.clock, principal, action="device_revoked", entity="device", entity_id=device.id)
    return device


def list_devices(session: Session) -> list[Device]:
    return list(session.scalars(select(Device).order_by(Device.id)))


def device_status(session: Session, device_id: int) -> Device:
    return found(session.get(Device, device_id), "device_not_found", "设备不存在")


def enrolment_status(services: Services, device: Device) -> str:
    """pending | active | revoked, or `expired`: pending with a code past its time."""
    if device.status == "pending" and (device.code_expires_at is None or device.code_expires_at < services.clock.now()):
        return "expired"
    return device.status


def issue_challenge(session: Session, services: Services, device_id: int) -> tuple[str, AuthChallenge]:
    device = session.get(Device, device_id)
    if device is None or device.status != "active":
        raise Unauthorized("device_not_enrolled", "本机未登记或已被注销，请联系系统管理员")
    open_now = session.scalar(select(func.count(AuthChallenge.id)).where(
        AuthChallenge.device_id == device.id, AuthChallenge.used.is_(False),
        AuthChallenge.expires_at > services.clock.now()))
    if open_now >= OPEN_CHALLENGES_PER_DEVICE:
        raise ApiError("challenge_rate_limited", "登录请求过于频繁，请稍后再试", 429)
    challenge = secrets.token_urlsafe(32)
    row = AuthChallenge(challenge_hash=_sha(challenge), device_id=device.id, used=False,
                        expires_at=services.clock.now() + timedelta(seconds=services.settings.challenge_seconds))
    session.add(row)
    session.flush()
    return challenge, row


def verify_proof(session: Session, services: Services, *, device_id: int, challenge: str, signature: str,
                 username: str) -> Device:
    """The device that signed this fresh, unused challenge; the challenge is spent either way."""
    refused = Unauthorized("device_proof_invalid", "本机身份验证失败，请重新登录")
    device = session.get(Device, device_id)
    if device is None or device.status != "active":
        raise Unauthorized("device_not_enrolled", "本机未登记或已被注销，请联系系统管理员")
    spent = session.execute(
        update(AuthChallenge)
        .where(AuthChallenge.challenge_hash == _sha(challenge), AuthChallenge.device_id == device.id,
               AuthChallenge.used.is_(False), AuthChallenge.expires_at > services.clock.now())
        .values(used=True).execution_options(synchronize_session=False)
    ).rowcount
    session.commit()  # spent even when the signature is refused (the refusal rolls back the rest)
    if spent != 1:
        raise refused
    try:
        _public_key(device.public_key).verify(base64.b64decode(signature, validate=True),
                                              signed_message(challenge, username))
    except (InvalidSignature, binascii.Error, ValueError):
        raise refused from None
    return device
