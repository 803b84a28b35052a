"""Publish a counter release for the centre: sign the package and write its release.json.

    python installer/sign_update.py --key release-ed25519.pem --platform windows-amd64 \
        --version 0.2.0 --minimum 0.1.0 --out /srv/central-api/updates build/counter-app-0.2.0-setup.exe
    python installer/sign_update.py --new-key release-ed25519.pem   # once: the office's release key

The private key stays on the release PC (offline); its public half goes into every build
(`UPDATE_PUBLIC_KEY=… make installer`), and the centre only serves the signed files.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from counter_app.domain.updates import parse_version, signed_message  # noqa: E402


def new_key(path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    path.chmod(0o600)
    public = path.with_suffix(".pub.pem")
    public.write_bytes(key.public_key().public_bytes(serialization.Encoding.PEM,
                                                     serialization.PublicFormat.SubjectPublicKeyInfo))
    print(f"private key {path} (keep offline), public key {public} (goes into the builds)")


def publish(key_path: Path, package: Path, *, platform: str, version: str, minimum: str, out: Path) -> Path:
    if parse_version(minimum) > parse_version(version):
        raise SystemExit("the minimum version cannot be above the published version")
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit(f"{key_path} is not an Ed25519 private key")
    data = package.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    signature = key.sign(signed_message(platform=platform, version=version, sha256=sha256, size=len(data)))
    target = out / platform
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(package, target / package.name)
    release = {"version": version, "minimum_version": minimum, "file": package.name, "size": len(data),
               "sha256": sha256, "signature": base64.b64encode(signature).decode("ascii")}
    (target / "release.json").write_text(json.dumps(release, indent=2), encoding="utf-8")
    return target / "release.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("package", nargs="?", type=Path)
    parser.add_argument("--new-key", type=Path, help="generate the release key pair at this path and exit")
    parser.add_argument("--key", type=Path)
    parser.add_argument("--platform")
    parser.add_argument("--version")
    parser.add_argument("--minimum")
    parser.add_argument("--out", type=Path, help="the centre's updates directory (CENTRAL_API_UPDATES_DIR)")
    args = parser.parse_args(argv)
    if args.new_key:
        new_key(args.new_key)
        return 0
    if not all((args.package, args.key, args.platform, args.version, args.out)):
        parser.error("package, --key, --platform, --version and --out are needed")
    path = publish(args.key, args.package, platform=args.platform, version=args.version,
                   minimum=args.minimum or args.version, out=args.out)
    print(f"published {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
