#!/bin/sh
# Lays out Debian's OpenSSL for another architecture (arm64) as an install
# prefix, for the test that a library built for another machine is named as
# such.  Prints the prefix; cached under $OPENSSL_PROBE_CACHE.
set -eu
arch=${1:-arm64}
cache=${OPENSSL_PROBE_CACHE:-/var/cache/openssl-probe}
if ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
  dpkg --add-architecture "$arch"
  apt-get update -qq
fi
version=$(apt-cache policy "libssl3:$arch" | sed -n 's/^ *Candidate: //p')
prefix="$cache/debian-$arch-$version"
if [ -f "$prefix/.complete" ]; then
  echo "$prefix"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download -qq -o APT::Sandbox::User=root \
  "libssl3:$arch=$version" "libssl-dev:$arch=$version" >/dev/null)
for deb in "$work"/*.deb; do
  dpkg-deb -x "$deb" "$work/root"
done
rm -rf "$prefix"
mkdir -p "$prefix/include/openssl" "$prefix/lib"
cp -a "$work/root/usr/include/openssl/." "$prefix/include/openssl/"
cp -a "$work/root/usr/include/"*-linux-gnu*/openssl/. "$prefix/include/openssl/"
cp -a "$work/root/usr/lib/"*-linux-gnu*/libssl.so* "$work/root/usr/lib/"*-linux-gnu*/libcrypto.so* "$prefix/lib/"
touch "$prefix/.complete"
echo "$prefix"
