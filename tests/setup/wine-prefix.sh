#!/bin/sh
# Makes a Wine prefix for running 64-bit Windows programs headless, in a
# cache keyed by Wine's version, and prints its folder.  Making one takes
# about 40 s, once; a rerun is instant.
#
#   wine-prefix.sh
set -eu
cache=${OPENSSL_PROBE_CACHE:-/var/cache/openssl-probe}
key=$(wine --version 2>/dev/null | tr -cs 'A-Za-z0-9.' '-' | sed 's/-$//')
prefix="$cache/$key"
if [ ! -f "$prefix/.complete" ]; then
  rm -rf "$prefix"
  mkdir -p "$prefix"
  WINEPREFIX="$prefix" WINEDEBUG=-all wineboot --init >/dev/null 2>&1
  WINEPREFIX="$prefix" wineserver -w
  touch "$prefix/.complete"
fi
printf '%s\n' "$prefix"
