#!/usr/bin/env bash
# The .deb for Debian-based desktops (Debian, 统信 UOS, 麒麟 Kylin), from the one-folder bundle:
#   installer/linux/build-deb.sh BUNDLE_DIR VERSION OUT_DIR
# Installs under /opt/nanjing-counter, a /usr/bin/counter-app wrapper, a Chinese desktop entry
# and its icon; the station file /etc/counter-app/station.ini is written at install time when
# COUNTER_API_URL (and COUNTER_STATION_ID) are set, and removed on purge.
set -euo pipefail
bundle=$1 version=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
arch=$(dpkg --print-architecture)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

mkdir -p "$root/DEBIAN" "$root/opt/nanjing-counter" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/icons/hicolor/256x256/apps"
cp -a "$bundle" "$root/opt/nanjing-counter/counter-app"
install -m 0755 /dev/stdin "$root/usr/bin/counter-app" <<'SH'
#!/bin/sh
exec /opt/nanjing-counter/counter-app/counter-app "$@"
SH
install -m 0644 "$here/nanjing-counter.desktop" "$root/usr/share/applications/"
install -m 0644 "$here/../../resources/icons/counter-app.png" "$root/usr/share/icons/hicolor/256x256/apps/nanjing-counter.png"
install -m 0755 "$here/postinst" "$here/postrm" "$root/DEBIAN/"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" "$here/control.in" > "$root/DEBIAN/control"

mkdir -p "$out"
deb="$out/nanjing-counter_${version}_${arch}.deb"
# gzip, not xz/zstd: UOS and Kylin ship older dpkg versions, and gzip is quick to build.
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$deb" >/dev/null
echo "$deb"
