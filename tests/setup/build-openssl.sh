#!/bin/sh
# Builds OpenSSL from Debian's source package into a cached prefix.
#
#   build-openssl.sh <name> [Configure options...]
#
# Prints the prefix.  The prefix lives under $OPENSSL_PROBE_CACHE
# (default /var/cache/openssl-probe) in a folder keyed by the source
# version and the options, so a rerun with the same inputs is instant.
set -eu
name=$1; shift
cache=${OPENSSL_PROBE_CACHE:-/var/cache/openssl-probe}
mkdir -p "$cache/src"

# The source package needs a deb-src entry for the Debian release in use.
srcdir=$(find "$cache/src" -maxdepth 1 -type d -name 'openssl-3*' | sort | tail -n 1)
if [ -z "$srcdir" ]; then
  if ! apt-get source --print-uris openssl >/dev/null 2>&1; then
    sed -e 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
      > /etc/apt/sources.list.d/openssl-probe-src.sources
    apt-get update -qq
  fi
  # Newest first; a mirror may list a version whose files it lacks.
  for v in $(apt-cache showsrc openssl | sed -n 's/^Version: //p' | sort -r -V); do
    (cd "$cache/src" && apt-get source -qq "openssl=$v" >/dev/null 2>&1) && break
    rm -rf "$cache/src"/openssl-3* "$cache/src"/openssl_*
  done
  srcdir=$(find "$cache/src" -maxdepth 1 -type d -name 'openssl-3*' | sort | tail -n 1)
fi
version=${srcdir##*/openssl-}
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
  "$srcdir/Configure" --prefix="$prefix" --openssldir="$prefix/ssl" no-tests "$@"
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
