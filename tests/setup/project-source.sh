#!/bin/sh
# Fetches a real project's Debian source package into a cache and prints the
# unpacked source tree, for the cases that run the module inside another
# project's CMake build.
#
#   project-source.sh <source-package>      # e.g. libssh2, mosquitto
#
# The source is that of this machine's own Debian release (with its
# -updates and -security), through a deb-src entry this script adds when it
# is missing.  Only `apt-get source`: no build dependencies, no build.  The
# tree lives under $OPENSSL_PROBE_CACHE (default /var/cache/openssl-probe)
# in a folder keyed by the source package and this script, so a rerun is
# instant and prints the same path.
set -eu
package=$1
cache=${OPENSSL_PROBE_CACHE:-/var/cache/openssl-probe}
. /etc/os-release
suite=$VERSION_CODENAME

# Keyed by the .dsc (release and Debian revision) and this script (the
# recipe), so that a change to either fetches afresh.
folder() {
  key=$( { printf '%s\n' "$suite" "$1"; cat "$0"; } | sha256sum | cut -c1-12)
  echo "$cache/project-$package-$key"
}
tree() {
  find "$1" -mindepth 1 -maxdepth 1 -type d | sort | tail -n 1
}

# A tree fetched before is reused without asking apt, whose package lists
# take a second to read: the .dsc it keeps says whether the key still holds.
for done in "$cache/project-$package"-*/.complete; do
  [ -f "$done" ] || continue
  dir=${done%/.complete}
  dsc=$(find "$dir" -maxdepth 1 -name "${package}_*.dsc" | head -n 1)
  if [ -n "$dsc" ] && [ "$(folder "${dsc##*/}")" = "$dir" ]; then
    tree "$dir"
    exit 0
  fi
done

# The source package needs a deb-src entry for this release; the same file
# as build-openssl.sh's, so the two never list the release twice.  Asked of
# the release, not the package, so that a misspelt name updates nothing.
sources=/etc/apt/sources.list.d/openssl-probe-$suite.sources
if ! apt-get indextargets --format '$(CODENAME)' 'Created-By: Sources' | grep -qx "$suite"; then
  sed -e 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources > "$sources"
  apt-get update -qq
fi

# This release's versions, newest first, named explicitly: the deb-src
# entries build-openssl.sh adds for other releases may carry newer ones,
# which a bare `apt-get source` would take.
versions=$(apt-cache madison "$package" |
           awk -v p="$package" -v s="$suite" \
             '$1 == p && $NF == "Sources" && $(NF-1) ~ ("^" s "[-/]") { print $3 }' |
           sort -r -V -u)
if [ -z "$versions" ]; then
  echo "project-source.sh: no $package source package for $suite" >&2
  exit 1
fi

# A mirror may list a version whose files it lacks: then the next one.
log="$cache/project-$package.log"
mkdir -p "$cache"
for v in $versions; do
  # The .dsc's name leaves out the epoch.
  dir=$(folder "${package}_${v#*:}.dsc")
  rm -rf "$dir"
  mkdir -p "$dir"
  if (cd "$dir" && apt-get source -q --only-source "$package=$v") > "$log" 2>&1 &&
     [ -n "$(tree "$dir")" ]; then
    rm -f "$log"
    touch "$dir/.complete"
    tree "$dir"
    exit 0
  fi
  rm -rf "$dir"
done
echo "project-source.sh: fetching $package from $suite failed, see $log" >&2
grep '^E:' "$log" >&2 || tail -n 5 "$log" >&2
exit 1
