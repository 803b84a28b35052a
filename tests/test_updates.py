"""Updates (issue 14 item 5): the centre publishes, the counter checks and verifies.

Real parts: the release tool signs with a real Ed25519 key, the real central API serves the
files (in-process on SQLite and PostgreSQL, and as a process for the client's download), and
the counter's own service checks, downloads and verifies.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from counter_app.domain.updates import parse_version
from counter_app.services import updates
from counter_app.services.api_client import ApiClient
from installer.sign_update import publish
from tests.helpers import assert_error, login_headers

PLATFORM = "linux-x86_64"
PACKAGE = b"MZ-the-installer-" + bytes(range(256)) * 64


def _key(directory: Path, name: str) -> tuple[Path, Path]:
    key = Ed25519PrivateKey.generate()
    private = directory / f"{name}.key"
    private.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    keys = directory / f"{name}-public"
    keys.mkdir()
    (keys / "release.pem").write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return private, keys


@pytest.fixture
def published(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """Version 0.2.0 published for linux-x86_64 with minimum 0.1.0, signed with the release key."""
    out = tmp_path / "updates"
    private, public = _key(tmp_path, "release")
    package = tmp_path / "counter-app-0.2.0.deb"
    package.write_bytes(PACKAGE)
    publish(private, package, platform=PLATFORM, version="0.2.0", minimum="0.1.0", out=out)
    monkeypatch.setenv("CENTRAL_API_UPDATES_DIR", str(out))
    return {"dir": out, "public": public, "tmp": tmp_path}


def test_versions_compare_by_number_not_text():
    assert parse_version("1.10") > parse_version("1.9")
    assert parse_version("0.1") == parse_version("0.1.0")
    with pytest.raises(ValueError):
        parse_version("1.2-beta")


def test_the_centre_publishes_versions_and_the_package(client, published):
    clerk = login_headers(client, "clerk01")
    body = client.get(f"/api/v1/updates/{PLATFORM}", headers=clerk).json()
    assert (body["version"], body["minimum_version"], body["size"]) == ("0.2.0", "0.1.0", len(PACKAGE))
    package = client.get("/api/v1" + body["download_path"], headers=clerk)
    assert package.status_code == 200 and package.content == PACKAGE
    assert_error(client.get("/api/v1/updates/windows-amd64", headers=clerk), 404, "update_not_published")
    assert_error(client.get(f"/api/v1/updates/{PLATFORM}", headers=login_headers(client, "internet01")),
                 403, "role_forbidden")


def test_a_broken_publication_is_not_served(client, published):
    release = published["dir"] / PLATFORM / "release.json"
    release.write_text(release.read_text().replace('"minimum_version": "0.1.0"', '"minimum_version": "0.3.0"'))
    clerk = login_headers(client, "clerk01")
    assert_error(client.get(f"/api/v1/updates/{PLATFORM}", headers=clerk), 404, "update_not_published")
    assert_error(client.get(f"/api/v1/updates/{PLATFORM}/package", headers=clerk), 404, "update_not_published")


@pytest.fixture
def centre(published):  # noqa: ANN001, ANN201
    """The centre as a process (it reads CENTRAL_API_UPDATES_DIR from the environment)."""
    from tests.conftest import LiveApi

    api = LiveApi(published["tmp"] / "centre")
    api.start()
    client = ApiClient(api.base_url, retries=0)
    client.login("clerk01", "Counter#2026", None)
    yield client
    api.stop()


def test_the_counter_below_the_minimum_must_update(centre):
    assert updates.check(centre, installed="0.0.9", platform=PLATFORM).kind == "required"
    available = updates.check(centre, installed="0.1.0", platform=PLATFORM)
    assert (available.kind, available.release.version) == ("available", "0.2.0")
    assert updates.check(centre, installed="0.2.0", platform=PLATFORM).kind == "current"
    assert updates.check(centre, installed="0.1.0", platform="windows-amd64").kind == "current"  # none published


def test_a_verified_package_is_kept_and_a_forged_one_deleted(centre, published, tmp_path):
    release = updates.check(centre, installed="0.1.0", platform=PLATFORM).release
    keys = updates.trusted_keys(published["public"])
    path = updates.download(centre, release, tmp_path / "good", keys)
    assert path.read_bytes() == PACKAGE

    _other_private, other_public = _key(tmp_path, "attacker")
    with pytest.raises(updates.UpdateError) as refused:
        updates.download(centre, release, tmp_path / "wrong-key", updates.trusted_keys(other_public))
    assert refused.value.code == "update_signature_invalid"
    assert list((tmp_path / "wrong-key").iterdir()) == []

    # The file on the centre replaced after signing (same size): the digest no longer matches.
    served = published["dir"] / PLATFORM / "counter-app-0.2.0.deb"
    served.write_bytes(PACKAGE[:-1] + b"!")
    with pytest.raises(updates.UpdateError) as corrupt:
        updates.download(centre, release, tmp_path / "tampered", keys)
    assert corrupt.value.code == "update_corrupt"
    assert list((tmp_path / "tampered").iterdir()) == []

    with pytest.raises(updates.UpdateError) as no_key:
        updates.verify(release, path, [])
    assert no_key.value.code == "no_update_key"
