#!/bin/sh
# Builds OpenSSL from a Debian source package into a cached prefix.
#
#   [OPENSSL_PROBE_SUITE=bookworm|bullseye|trixie|sid] [OPENSSL_PROBE_TARGET=mingw64]
#     build-openssl.sh <name> [Configure options...]
#
# Prints the prefix.  OPENSSL_PROBE_TARGET=mingw64 cross-builds for 64-bit
# Windows with MinGW-w64: only the two DLLs, their import libraries and
# openssl.exe (a static libcrypto would double a long build), laid out as
# an install: bin/*.dll, bin/openssl.exe, lib/lib*.dll.a, include/openssl/.  The source comes from the openssl source package of
# the Debian release named by OPENSSL_PROBE_SUITE (default: this machine's
# own), through a deb-src entry this script adds when it is missing:
# bullseye carries 1.1.1, bookworm 3.0, trixie 3.5, sid 3.6.  The prefix
# lives under $OPENSSL_PROBE_CACHE (default /var/cache/openssl-probe) in a
# folder keyed by the source package, the options and this script, so a
# rerun with the same inputs is instant.
set -eu
name=$1; shift
cache=${OPENSSL_PROBE_CACHE:-/var/cache/openssl-probe}
. /etc/os-release
suite=${OPENSSL_PROBE_SUITE:-$VERSION_CODENAME}
target=${OPENSSL_PROBE_TARGET:-}
src="$cache/src-$suite"
mkdir -p "$src"

# The source package needs a deb-src entry for that release.
sources=/etc/apt/sources.list.d/openssl-probe-$suite.sources
if ! apt-cache madison openssl | grep -q " $suite[-/a-z]* Sources\$"; then
  if [ "$suite" = "$VERSION_CODENAME" ]; then
    sed -e 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources > "$sources"
  else
    printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' \
      "Suites: $suite" 'Components: main' \
      'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' > "$sources"
  fi
  apt-get update -qq
fi

unpacked=$(find "$src" -maxdepth 1 -type d -name 'openssl-[0-9]*' | sort | tail -n 1)
if [ -z "$unpacked" ]; then
  # Newest of that release (and its -updates, -security) first; a mirror
  # may list a version whose files it lacks.
  for v in $(apt-cache madison openssl |
             awk -v s="$suite" '$NF == "Sources" && $(NF-1) ~ ("^" s "[-/]") { print $3 }' |
             sort -r -V -u); do
    (cd "$src" && apt-get source -qq "openssl=$v" >/dev/null 2>&1) && break
    rm -rf "${src:?}"/*
  done
  unpacked=$(find "$src" -maxdepth 1 -type d -name 'openssl-[0-9]*' | sort | tail -n 1)
fi
if [ -z "$unpacked" ]; then
  echo "build-openssl.sh: no openssl source package for $suite" >&2
  exit 1
fi
version=${unpacked##*/openssl-}
package=$(find "$src" -maxdepth 1 -name 'openssl_*.dsc' | sort | tail -n 1)
# Keyed by the source package (release and Debian revision), the options
# and this script (the recipe), so that a change to any builds afresh.
key=$( { printf '%s\n' "$suite" "$target" "${package##*/}" "$@"; cat "$0"; } | sha256sum | cut -c1-12)
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
  if [ "$target" = mingw64 ]; then
    "$unpacked/Configure" mingw64 shared no-tests no-docs \
      --cross-compile-prefix=x86_64-w64-mingw32- --prefix="$prefix" \
      --openssldir="$prefix/ssl" --libdir=lib "$@"
    shlibs=$(sed -n 's/^SHLIBS=//p' Makefile)
    make build_generated
    # shellcheck disable=SC2086
    make -j"$(nproc)" $shlibs apps/openssl.exe
    mkdir -p "$prefix/bin" "$prefix/lib" "$prefix/include/openssl"
    # shellcheck disable=SC2086
    cp $shlibs apps/openssl.exe "$prefix/bin/"
    cp libcrypto.dll.a libssl.dll.a "$prefix/lib/"
    cp "$unpacked"/include/openssl/*.h include/openssl/*.h "$prefix/include/openssl/"
    cp "$unpacked/ms/applink.c" "$prefix/include/openssl/"
    exit 0
  fi
  # config guesses the target, which 1.1.1's Configure would need named.
  "$unpacked/config" --prefix="$prefix" --openssldir="$prefix/ssl" no-tests "$@"
  case " $* " in
    *" enable-fips "*)
      # The FIPS provider is installed the documented way: the module and
      # the openssl program, then fipsinstall writes the module's checksum
      # and self-test state, which the configuration includes.
      make -j"$(nproc)" build_sw
      make install_sw install_fips
      module=$(find "$prefix" -name 'fips.so' | head -n 1)
      "$prefix/bin/openssl" fipsinstall -module "$module" \
        -out "$prefix/ssl/fipsmodule.cnf"
      printf '%s\n' 'config_diagnostics = 1' 'openssl_conf = openssl_init' \
        ".include $prefix/ssl/fipsmodule.cnf" \
        '[openssl_init]' 'providers = provider_sect' 'alg_section = algorithm_sect' \
        '[provider_sect]' 'fips = fips_sect' 'base = base_sect' \
        '[base_sect]' 'activate = 1' \
        '[algorithm_sect]' 'default_properties = fips=yes' > "$prefix/ssl/openssl.cnf"
      ;;
    *)
      make -j"$(nproc)" build_libs
      make install_dev
      ;;
  esac
) > "$cache/$name-$key.log" 2>&1 || {
  echo "build-openssl.sh: building $name failed, see $cache/$name-$key.log" >&2
  tail -n 30 "$cache/$name-$key.log" >&2
  exit 1
}
rm -rf "$build"
trust_system_cas
touch "$prefix/.complete"
echo "$prefix"
