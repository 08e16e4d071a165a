#!/bin/sh
# Installs the Debian packages the build and the test suite use.
set -eu
export DEBIAN_FRONTEND=noninteractive
packages="cmake g++ make pkg-config libssl-dev openssl ca-certificates catch2 dpkg-dev \
  android-libboringssl-dev time python3 ruby clang llvm \
  gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64 wine wine64"
# npm fetches the CMake releases of the version matrix; the machine may
# already have it from another source.
command -v npm >/dev/null 2>&1 || packages="$packages npm"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi
