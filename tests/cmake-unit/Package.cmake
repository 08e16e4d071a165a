# Unit test of how the package that owns the library is read: from dpkg's
# database, and from what rpm, pacman and apk answer (their documented
# formats).
#   cmake -DMODULE_DIR=<cmake/> -P Package.cmake
cmake_minimum_required(VERSION 3.25...4.3)
include("${MODULE_DIR}/OpenSSLProbe/Finish.cmake")

set(_failed "")
# manager | the answer | name | version
set(_rows
  "rpm|openssl-libs 3.0.7-27.el9\n|openssl-libs|3.0.7-27.el9"
  "pacman|/usr/lib/libssl.so.3 is owned by openssl 3.3.2-1\n|openssl|3.3.2-1"
  "apk|/usr/lib/libssl.so.3 is owned by libssl3-3.3.2-r1\n|libssl3|3.3.2-r1"
  "apk|/usr/lib/libssl.so.3 is owned by openssl-libs-static-3.1.4-r5\n|openssl-libs-static|3.1.4-r5"
  "pacman|error: No package owns /opt/ssl/lib/libssl.so.3\n||")
foreach(_row IN LISTS _rows)
  string(REPLACE "|" ";" _row "${_row}")
  list(GET _row 0 _manager)
  list(GET _row 1 _answer)
  list(GET _row 2 _want_name)
  list(GET _row 3 _want_version)
  _openssl_probe_package_query(_args _re ${_manager})
  set(_name "")
  set(_version "")
  if(_answer MATCHES "${_re}")
    set(_name "${CMAKE_MATCH_1}")
    set(_version "${CMAKE_MATCH_2}")
  endif()
  if(NOT _name STREQUAL _want_name OR NOT _version STREQUAL _want_version)
    string(APPEND _failed "${_manager} [${_answer}]: got [${_name}] [${_version}], "
      "expected [${_want_name}] [${_want_version}]\n")
  endif()
  if(_args STREQUAL "")
    string(APPEND _failed "${_manager}: no query\n")
  endif()
endforeach()
if(_failed)
  message(FATAL_ERROR "${_failed}")
endif()

# dpkg: the owner from its file lists, the version from its status file,
# in a database laid out as dpkg keeps it (stanzas as dpkg writes them:
# the i386 copy removed, its configuration files left; libssl1.1 of no
# particular architecture).  No dpkg-query is asked: PATH holds none.
set(_admin "${CMAKE_CURRENT_BINARY_DIR}/dpkg")
file(REMOVE_RECURSE "${_admin}")
file(WRITE "${_admin}/info/libssl3:amd64.list" "/.\n/usr/lib/x86_64-linux-gnu/libssl.so.3\n")
file(WRITE "${_admin}/info/libssl3:i386.list" "/usr/lib/i386-linux-gnu/libssl.so.3\n")
file(WRITE "${_admin}/info/libssl1.1.list" "/opt/old/libssl.so.1.1\n")
file(WRITE "${_admin}/status" "Package: libc6
Status: install ok installed
Architecture: amd64
Version: 2.36-9+deb12u14

Package: libssl3
Status: deinstall ok config-files
Architecture: i386
Version: 3.0.17-1~deb12u1

Package: libssl3
Status: install ok installed
Priority: optional
Architecture: amd64
Multi-Arch: same
Version: 3.0.19-1~deb12u2
Description: Secure Sockets Layer toolkit - shared libraries

Package: libssl1.1
Status: install ok installed
Architecture: amd64
Version: 1.1.1w-0+deb11u1
")
set(ENV{PATH} "${CMAKE_CURRENT_BINARY_DIR}/no-tools")
foreach(_case IN ITEMS "/usr/lib/x86_64-linux-gnu/libssl.so.3|libssl3:amd64|3.0.19-1~deb12u2"
                       "/usr/lib/i386-linux-gnu/libssl.so.3||"
                       "/opt/old/libssl.so.1.1|libssl1.1|1.1.1w-0+deb11u1"
                       "/opt/other/libssl.so.3||")
  string(REPLACE "|" ";" _case "${_case}")
  list(GET _case 0 _library)
  list(GET _case 1 _want_name)
  list(GET _case 2 _want_version)
  _openssl_probe_dpkg_owner(_name _version "${_admin}/info" "${_library}")
  if(NOT "${_name}|${_version}" STREQUAL "${_want_name}|${_want_version}")
    message(FATAL_ERROR "dpkg, ${_library}: got [${_name}|${_version}], "
      "expected [${_want_name}|${_want_version}]")
  endif()
endforeach()

# The whole lookup where dpkg is absent: the first of rpm, pacman and apk
# that answers names the package (stand-ins on PATH that answer as each
# does), and one that does not answer hands on to the next.
set(_OpenSSLProbe_DPKG_INFO "${CMAKE_CURRENT_BINARY_DIR}/no-dpkg")
set(_tools "${CMAKE_CURRENT_BINARY_DIR}/package-tools")
file(REMOVE_RECURSE "${_tools}")
file(MAKE_DIRECTORY "${_tools}")
file(WRITE "${_tools}/rpm" "#!/bin/sh\necho 'file /opt/ssl/lib/libssl.so.3 is not owned by any package' >&2\nexit 1\n")
file(WRITE "${_tools}/pacman" "#!/bin/sh\necho \"$2 is owned by openssl 3.3.2-1\"\n")
file(CHMOD "${_tools}/rpm" "${_tools}/pacman" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(ENV{PATH} "${_tools}")
set(_json [=[{"support": {"status": "known-vulnerable"}, "library_path": "/usr/lib/libssl.so.3"}]=])
_openssl_probe_package_fact(_json)
foreach(_field IN ITEMS "manager|pacman" "name|openssl" "version|3.3.2-1")
  string(REPLACE "|" ";" _field "${_field}")
  list(GET _field 0 _key)
  list(GET _field 1 _want)
  string(JSON _got ERROR_VARIABLE _error GET "${_json}" package ${_key})
  if(NOT _got STREQUAL _want)
    message(FATAL_ERROR "package ${_key}: got [${_got}${_error}], expected [${_want}]")
  endif()
endforeach()
