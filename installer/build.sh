#!/usr/bin/env bash
# `make installer`: the bundle for this machine, the .deb (installed, self-tested, purged), and the
# Windows installer compiled with makensis and signed with osslsigncode.
#   WINDOWS_BUNDLE=path/to/dist/counter-app   the real Windows bundle (built on Windows); without it
#                                             a stub payload proves the script compiles and signs
#   UPDATE_PUBLIC_KEY=release.pub.pem         the office's update key; without it a throwaway one
#   SIGN_MODE=token (+ PKCS11_* variables)    sign with the hardware token instead of a test certificate
#   SKIP_DEB_TEST=1                           do not install the .deb (when not root)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
build=build
version=$($BIN/python -c "import counter_app; print(counter_app.__version__)")
start=$SECONDS
step() { echo "== [$((SECONDS - start)) s] $*"; }

step "system packages"
installer/system-deps.sh

step "update key"
rm -rf "$build/update-keys"
mkdir -p "$build/update-keys"
if [ -n "${UPDATE_PUBLIC_KEY:-}" ]; then
    cp "$UPDATE_PUBLIC_KEY" "$build/update-keys/release.pem"
else
    echo "   UPDATE_PUBLIC_KEY not set: a throwaway key (this build will not accept the office's updates)"
    $BIN/python installer/sign_update.py --new-key "$build/test-update-key.pem" >/dev/null
    cp "$build/test-update-key.pub.pem" "$build/update-keys/release.pem"
fi

step "PyInstaller bundle $version"
$BIN/pyinstaller --noconfirm --log-level WARN --distpath "$build/dist" --workpath "$build/pyinstaller" \
    installer/counter-app.spec
du -sh "$build/dist/counter-app"

step ".deb"
deb=$(installer/linux/build-deb.sh "$build/dist/counter-app" "$version" "$build")
ls -l "$deb"
if [ -z "${SKIP_DEB_TEST:-}" ]; then
    step "install the .deb, self-test the installed program, purge"
    installer/linux/test-deb.sh "$deb"
fi

step "Windows installer (NSIS)"
payload=${WINDOWS_BUNDLE:-}
if [ -z "$payload" ]; then
    payload=$build/windows-stub
    rm -rf "$payload"
    mkdir -p "$payload/_internal"
    echo "stub: the Windows bundle is built on Windows (installer/README.md)" > "$payload/counter-app.exe"
    echo "stub" > "$payload/_internal/README.txt"
fi
unsigned=$build/counter-app-$version-setup-unsigned.exe
(cd installer/windows && makensis -V2 -WX -DVERSION="$version" -DPAYLOAD="$(realpath "../../$payload" 2>/dev/null || realpath "$payload")" \
    -DOUTFILE="$(realpath -m "../../$unsigned")" counter-app.nsi)

step "sign (${SIGN_MODE:-test})"
installer/sign.sh "${SIGN_MODE:-test}" "$unsigned" "$build/counter-app-$version-setup.exe"
rm -f "$unsigned"
step "done: $deb, $build/counter-app-$version-setup.exe"
