"""Issue 11, item 14: plain http only to this PC; https with the centre's certificate verified,
against a CA bundle the settings name when the system's store does not know the centre's CA."""
from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from central_api.app import create_app
from counter_app.services.api_client import ApiClient, ApiError, InsecureAddressError, OfflineError

ROOT = Path(__file__).resolve().parents[2]


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _write_pki(folder: Path) -> tuple[Path, Path, Path, Path]:
    """A private CA, the centre's certificate it signed (for 127.0.0.1), and another CA."""
    now = dt.datetime.now(dt.timezone.utc)

    def ca(name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (x509.CertificateBuilder().subject_name(_name(name)).issuer_name(_name(name))
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                             content_commitment=False, key_encipherment=False,
                                             data_encipherment=False, key_agreement=False, encipher_only=False,
                                             decipher_only=False), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
                .sign(key, hashes.SHA256()))
        return key, cert

    ca_key, ca_cert = ca("Nanjing counter test CA")
    _other_key, other_cert = ca("Some other CA")
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (x509.CertificateBuilder().subject_name(_name("centre")).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = folder / "ca.pem", folder / "other-ca.pem", folder / "centre.pem", folder / "centre.key"
    paths[0].write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(other_cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    paths[3].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


@pytest.fixture
def tls_centre(services, tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:  # noqa: ANN001
    """The real central API served over TLS on loopback: (its https address, its CA, another CA)."""
    ca, other, cert, key = _write_pki(tmp_path)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(services), host="127.0.0.1", port=port, log_level="warning",
                                           ssl_certfile=str(cert), ssl_keyfile=str(key)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the TLS centre did not start"
    yield f"https://127.0.0.1:{port}", ca, other
    server.should_exit = True
    thread.join(10)


@pytest.mark.parametrize("address", ["http://10.32.0.5:8000", "http://centre.example.gov.cn", "ftp://127.0.0.1",
                                     "http://127.0.0.1.example.com"])
def test_plain_http_to_another_host_is_refused_before_any_request(address: str) -> None:
    with pytest.raises(InsecureAddressError) as refused:
        ApiClient(address)
    assert refused.value.code in ("address_insecure", "address_malformed")
    assert "https" in refused.value.message or "格式" in refused.value.message


@pytest.mark.parametrize("address", ["http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000",
                                     "https://centre.example.gov.cn:8443"])
def test_loopback_http_and_any_https_are_accepted(address: str) -> None:
    assert ApiClient(address).verify is True  # the system's trust store, never verification off


def test_a_missing_ca_bundle_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(InsecureAddressError) as refused:
        ApiClient("https://centre.example.gov.cn", ca_bundle=str(tmp_path / "nowhere.pem"))
    assert refused.value.code == "ca_bundle_missing" and "证书" in refused.value.message


def test_https_with_the_configured_ca_bundle_signs_in(tls_centre) -> None:  # noqa: ANN001
    url, ca, _other = tls_centre
    api = ApiClient(url, ca_bundle=str(ca), retries=0)
    assert api.health()["status"] == "ok"
    info = api.login("clerk01", "Counter#2026", None)
    assert info.username == "clerk01"
    assert api.get("/stations")["data"]


@pytest.mark.parametrize("which", ["system store", "another CA"])
def test_an_unverified_certificate_is_refused_not_taken_for_offline(tls_centre, which: str) -> None:  # noqa: ANN001
    url, _ca, other = tls_centre
    api = ApiClient(url, ca_bundle=None if which == "system store" else str(other), retries=0)
    for call in (api.health, lambda: api.login("clerk01", "Counter#2026", None)):
        with pytest.raises(ApiError) as refused:
            call()
        assert not isinstance(refused.value, OfflineError)
        assert refused.value.code == "tls_failed" and "证书" in refused.value.message
    assert api.token is None


def test_the_sync_command_refuses_a_plain_http_centre(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "counter_app.services.sync", "--data-dir", str(tmp_path),
                           "--api-url", "http://10.32.0.5:8000"], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env={"COUNTER_SYNC_USER": "clerk01", "COUNTER_SYNC_PASSWORD": "x",
                                         "PATH": "/usr/bin:/bin"})
    assert done.returncode == 4, done.stderr
    assert "https" in done.stderr
    assert not (tmp_path / "local.sqlite3").exists()
