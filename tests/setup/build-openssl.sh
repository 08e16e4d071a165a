#!/bin/sh
# Builds OpenSSL from a Debian source package into a cached prefix.
#
#   [OPENSSL_PROBE_SOURCE=openssl|edk2] build-openssl.sh <name> [Configure options...]
#
# Prints the prefix.  The prefix lives under $OPENSSL_PROBE_CACHE
# (default /var/cache/openssl-probe) in a folder keyed by the source
# version and the options, so a rerun with the same inputs is instant.
set -eu
name=$1; shift
cache=${OPENSSL_PROBE_CACHE:-/var/cache/openssl-probe}
# Which Debian source package holds the OpenSSL tree: openssl itself (3.0),
# or edk2, which carries a complete OpenSSL 1.1.1 under CryptoPkg.
package=${OPENSSL_PROBE_SOURCE:-openssl}
case $package in
  openssl) pattern='openssl-3*'; tree='' ;;
  edk2) pattern='edk2-*'; tree='/CryptoPkg/Library/OpensslLib/openssl' ;;
  *) echo "build-openssl.sh: unknown source package $package" >&2; exit 2 ;;
esac
src="$cache/src"
[ "$package" = openssl ] || src="$cache/src-$package"
mkdir -p "$src"

# The source package needs a deb-src entry for the Debian release in use.
unpacked=$(find "$src" -maxdepth 1 -type d -name "$pattern" | sort | tail -n 1)
if [ -z "$unpacked" ]; then
  if ! apt-get source --print-uris "$package" >/dev/null 2>&1; then
    sed -e 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
      > /etc/apt/sources.list.d/openssl-probe-src.sources
    apt-get update -qq
  fi
  # Newest first; a mirror may list a version whose files it lacks.
  for v in $(apt-cache showsrc "$package" | sed -n 's/^Version: //p' | sort -r -V); do
    (cd "$src" && apt-get source -qq "$package=$v" >/dev/null 2>&1) && break
    rm -rf "$src"/*
  done
  unpacked=$(find "$src" -maxdepth 1 -type d -name "$pattern" | sort | tail -n 1)
fi
srcdir="$unpacked$tree"
if [ "$package" = openssl ]; then
  version=${srcdir##*/openssl-}
else
  version=$(sed -n 's/^# *define OPENSSL_VERSION_TEXT *"OpenSSL \([^ ]*\) .*/\1/p' \
    "$srcdir/include/openssl/opensslv.h")
fi
key=$(printf '%s\n' "$version" "$@" | sha256sum | cut -c1-12)
prefix="$cache/$name-$version-$key"
# Like a distribution's package, the install trusts the system's CA store.
trust_system_cas() {
  mkdir -p "$prefix/ssl"
  [ -e "$prefix/ssl/certs" ] || ln -s /etc/ssl/certs "$prefix/ssl/certs"
  [ -e "$prefix/ssl/cert.pem" ] || ln -s /etc/ssl/certs/ca-certificates.crt "$prefix/ssl/cert.pem"
}
if [ -f "$prefix/.complete" ]; then
  trust_system_cas
  echo "$prefix"
  exit 0
fi

build="$cache/build/$name-$key"
rm -rf "$build" "$prefix"
mkdir -p "$build"
(
  cd "$build"
  # config guesses the target, which 1.1.1's Configure would need named.
  "$srcdir/config" --prefix="$prefix" --openssldir="$prefix/ssl" no-tests "$@"
  make -j"$(nproc)" build_libs
  make install_dev
) > "$cache/$name-$key.log" 2>&1 || {
  echo "build-openssl.sh: building $name failed, see $cache/$name-$key.log" >&2
  tail -n 30 "$cache/$name-$key.log" >&2
  exit 1
}
rm -rf "$build"
trust_system_cas
touch "$prefix/.complete"
echo "$prefix"
