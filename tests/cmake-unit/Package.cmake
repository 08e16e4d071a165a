# Unit test of how the package that owns the library is read from what
# rpm, pacman and apk answer (their documented formats).
#   cmake -DMODULE_DIR=<cmake/> -P Package.cmake
cmake_minimum_required(VERSION 3.25...4.3)
include("${MODULE_DIR}/OpenSSLProbe/Report.cmake")

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
