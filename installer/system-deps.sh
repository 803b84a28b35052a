#!/usr/bin/env bash
# Debian packages `make installer` needs: makensis (nsis), osslsigncode, dpkg-deb (dpkg-dev),
# fakeroot, openssl, a C compiler. Installs the missing ones when root, else prints the line.
set -euo pipefail
declare -A need=([makensis]=nsis [osslsigncode]=osslsigncode [dpkg-deb]=dpkg-dev [fakeroot]=fakeroot
                 [openssl]=openssl [cc]=gcc [binutils]=binutils)
missing=()
for tool in "${!need[@]}"; do
    case $tool in
        binutils) command -v objdump >/dev/null || missing+=(binutils) ;;  # PyInstaller reads ELF headers with it
        *) command -v "$tool" >/dev/null || missing+=("${need[$tool]}") ;;
    esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "make installer needs: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
echo "installing ${missing[*]} (apt-get)" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
