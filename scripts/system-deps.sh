#!/usr/bin/env bash
# Installs the Debian packages that `make test` (default, with nginx for tests/scale/) or `make run` (argument "run")
# needs when they are missing, as root; otherwise says exactly what to install.
# The PostgreSQL suite never skips: the tests need the server binaries.
#
# The check runs once per mode: when everything is found, a stamp file records it and later
# runs return at once, touching no package manager (SYSTEM_DEPS_STAMP_DIR, default .venv).
set -euo pipefail
mode=${1:-test}
stamp_dir=${SYSTEM_DEPS_STAMP_DIR:-.venv}
stamp="$stamp_dir/.system-deps-$mode"
[ -f "$stamp" ] && exit 0
missing=()
# The library cache is read once into a variable: `ldconfig -p | grep -q` under pipefail fails
# at random (grep exits at the first match, ldconfig then dies of SIGPIPE).
libcache=$(ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null || true)
have_lib() { [[ $libcache == *"$1"* ]]; }
# Qt's offscreen platform (tests) and its xcb platform (a real screen) need these libraries.
declare -A libs=([libEGL.so.1]=libegl1 [libGL.so.1]=libgl1 [libxkbcommon.so.0]=libxkbcommon0
                 [libfontconfig.so.1]=libfontconfig1 [libdbus-1.so.3]=libdbus-1-3)
if [ "$mode" = test ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
  # tests/scale/: two instances behind Debian's nginx (deploy/nginx-central-api.conf).
  [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
else
  libs+=([libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-keysyms.so.1]=libxcb-keysyms1
         [libxcb-image.so.0]=libxcb-image0 [libxcb-render-util.so.0]=libxcb-render-util0
         [libxkbcommon-x11.so.0]=libxkbcommon-x11-0 [libxcb-shape.so.0]=libxcb-shape0
         [libxcb-randr.so.0]=libxcb-randr0 [libxcb-xkb.so.1]=libxcb-xkb1)
fi
for lib in "${!libs[@]}"; do have_lib "$lib" || missing+=("${libs[$lib]}"); done
if [ ${#missing[@]} -eq 0 ]; then
  mkdir -p "$stamp_dir" 2>/dev/null && touch "$stamp" 2>/dev/null || true
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "make $mode needs these Debian packages: ${missing[*]}" >&2
  echo "install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
touch "$stamp" 2>/dev/null || true
