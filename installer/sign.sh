#!/usr/bin/env bash
# Authenticode-sign a Windows installer with osslsigncode.
#   installer/sign.sh test IN.exe OUT.exe      CI: a throwaway code-signing certificate made here
#   installer/sign.sh token IN.exe OUT.exe     release: the key on a PKCS#11 hardware token
# For `token`: PKCS11_MODULE (the token's PKCS#11 library), PKCS11_KEY (a pkcs11: URI of the key),
# SIGN_CERTS (the certificate chain, PEM); PKCS11_ENGINE when OpenSSL needs libp11's engine;
# TIMESTAMP_URL (an RFC 3161 server). See installer/README.md.
set -euo pipefail
mode=$1 in=$2 out=$3
name="南京市车管所柜台业务系统"
url="https://example.invalid/nanjing-counter"
rm -f "$out"
case $mode in
test)
    dir=$(dirname "$out")/test-signing
    mkdir -p "$dir"
    if [ ! -s "$dir/cert.pem" ]; then
        openssl req -x509 -newkey rsa:3072 -sha256 -days 30 -nodes -keyout "$dir/key.pem" -out "$dir/cert.pem" \
            -subj "/C=CN/O=Nanjing counter CI (test only)/CN=Nanjing counter test code signing" \
            -addext "extendedKeyUsage=codeSigning" -addext "keyUsage=critical,digitalSignature" 2>/dev/null
    fi
    osslsigncode sign -certs "$dir/cert.pem" -key "$dir/key.pem" -h sha256 -n "$name" -i "$url" \
        -in "$in" -out "$out" >/dev/null
    # The signature must verify against the certificate that made it (no timestamp in CI: offline).
    osslsigncode verify -CAfile "$dir/cert.pem" -in "$out" | grep -q "Signature verification: ok" \
        || { osslsigncode verify -CAfile "$dir/cert.pem" -in "$out"; exit 1; }
    ;;
token)
    : "${PKCS11_MODULE:?the PKCS#11 library of the token, e.g. /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so}"
    : "${PKCS11_KEY:?a pkcs11: URI of the signing key, e.g. pkcs11:token=CodeSign;object=counter}"
    : "${SIGN_CERTS:?the code-signing certificate chain (PEM)}"
    engine=()
    [ -n "${PKCS11_ENGINE:-}" ] && engine=(-pkcs11engine "$PKCS11_ENGINE")
    ts=()
    [ -n "${TIMESTAMP_URL:-}" ] && ts=(-ts "$TIMESTAMP_URL")
    # The PIN is asked on the terminal (or PKCS11_PIN via -pass); it never goes into a file.
    osslsigncode sign "${engine[@]}" -pkcs11module "$PKCS11_MODULE" -key "$PKCS11_KEY" \
        ${PKCS11_PIN:+-pass "$PKCS11_PIN"} -certs "$SIGN_CERTS" -h sha256 -n "$name" -i "$url" "${ts[@]}" \
        -in "$in" -out "$out"
    osslsigncode verify -in "$out"
    ;;
*) echo "usage: $0 test|token IN OUT" >&2; exit 2 ;;
esac
echo "signed $out"
