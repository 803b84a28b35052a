#!/usr/bin/env bash
# CI: install the .deb (with a station address, as an IT department would), run the installed
# program's self-test offscreen, then purge it and check that nothing of it is left.
#   installer/linux/test-deb.sh build/nanjing-counter_X_amd64.deb
set -euo pipefail
deb=$1
fail() { echo "test-deb: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "installing the .deb needs root (sudo)"

dpkg --purge nanjing-counter >/dev/null 2>&1 || true
COUNTER_API_URL=https://centre.example.invalid:8443 COUNTER_STATION_ID=2 dpkg -i "$deb" >/dev/null
for f in /opt/nanjing-counter/counter-app/counter-app /usr/bin/counter-app \
         /usr/share/applications/nanjing-counter.desktop /usr/share/icons/hicolor/256x256/apps/nanjing-counter.png; do
    [ -e "$f" ] || fail "missing after install: $f"
done
grep -q "^api_url = https://centre.example.invalid:8443$" /etc/counter-app/station.ini || fail "station file not written"
grep -q "^Name=南京市车管所柜台业务系统$" /usr/share/applications/nanjing-counter.desktop || fail "desktop entry"
echo "test-deb: installed $(dpkg-query -W -f '${Package} ${Version} ${Installed-Size}' nanjing-counter) KiB"

# The installed program, through the /usr/bin wrapper, from a neutral directory and home.
home=$(mktemp -d)
(cd / && HOME=$home QT_QPA_PLATFORM=offscreen timeout 600 /usr/bin/counter-app --self-test) || { rm -rf "$home"; fail "self-test failed"; }
rm -rf "$home"

dpkg --purge nanjing-counter >/dev/null
for f in /opt/nanjing-counter /usr/bin/counter-app /usr/share/applications/nanjing-counter.desktop \
         /usr/share/icons/hicolor/256x256/apps/nanjing-counter.png /etc/counter-app; do
    [ ! -e "$f" ] || fail "left behind after purge: $f"
done
echo "test-deb: purged cleanly"
