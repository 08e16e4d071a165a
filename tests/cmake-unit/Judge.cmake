# Unit test of the module's CMake judge (cmake/OpenSSLProbe/Judge.cmake),
# the one CMake home of the probe's rules: version numbers decoded as
# osp_version.h does, and every row of tests/judge/vectors.txt judged to
# the same verdict, codes and texts as the C judge gives them.
#   cmake -DMODULE_DIR=<cmake/> -DVECTORS=<vectors.txt> -P Judge.cmake
cmake_minimum_required(VERSION 3.25...4.3)
include("${MODULE_DIR}/OpenSSLProbe/Judge.cmake")

set(_failed "")
function(expect what actual expected)
  if(NOT "${actual}" STREQUAL "${expected}")
    set(_failed "${_failed}${what}: got [${actual}], expected [${expected}]\n" PARENT_SCOPE)
  endif()
endfunction()

# OPENSSL_VERSION_NUMBER (decimal) -> version.
foreach(_row IN ITEMS
    "268439903|1.0.1u"       # 0x1000115f
    "268435791|1.0.0t"       # 0x1000014f
    "268439567|1.0.1"        # 0x1000100f
    "269488511|1.1.1w"       # 0x1010117f
    "805306672|3.0.19"       # 0x30000130
    "811597872|3.6.3"        # 0x30600030
    "1073741840|4.0.1")      # 0x40000010
  string(REPLACE "|" ";" _row "${_row}")
  list(GET _row 0 _number)
  list(GET _row 1 _want)
  _openssl_probe_version_from_number(_got ${_number})
  expect("decode ${_number}" "${_got}" "${_want}")
endforeach()

# Version texts -> flavor and version.
foreach(_row IN ITEMS
    "OpenSSL 3.0.19 27 Jan 2026|OpenSSL|3.0.19"
    "OpenSSL 1.0.2k-fips  26 Jan 2017|OpenSSL|1.0.2k-fips"
    "LibreSSL 4.3.2|LibreSSL|4.3.2"
    "BoringSSL|BoringSSL|"
    "OpenSSL 1.1.1 (compatible, AWS-LC 1.18.0)|AWS-LC|1.18.0")
  string(REPLACE "|" ";" _row "${_row}")
  list(GET _row 0 _text)
  list(GET _row 1 _want_flavor)
  list(GET _row 2 _want_version)
  _openssl_probe_flavor_from_text(_flavor _version "${_text}")
  expect("flavor of ${_text}" "${_flavor} ${_version}" "${_want_flavor} ${_want_version}")
endforeach()

# The shared vectors.  A ';' in a text is kept as character 1 while the
# row is a list, and restored in each field.
file(STRINGS "${VECTORS}" _rows REGEX "^[^#]")
list(LENGTH _rows _n)
string(ASCII 1 _semicolon)
foreach(_row IN LISTS _rows)
  string(REPLACE ";" "${_semicolon}" _f "${_row}")
  string(REPLACE "|" ";" _f "${_f}")
  list(GET _f 0 _hflavor)
  list(GET _f 1 _hversion)
  list(GET _f 2 _library)
  list(GET _f 3 _min)
  list(GET _f 4 _tls)
  list(GET _f 5 _compiled)
  list(GET _f 6 _handshake)
  list(GET _f 7 _note)
  list(GET _f 8 _want_verdict)
  list(GET _f 9 _want_codes)
  list(GET _f 10 _want_texts)
  list(GET _f 11 _more)
  foreach(_field IN ITEMS _note _want_texts)
    string(REPLACE "${_semicolon}" ";" ${_field} "${${_field}}")
  endforeach()
  _openssl_probe_json_skeleton(_json)
  _openssl_probe_json_set_string(_json header_flavor "${_hflavor}")
  _openssl_probe_json_set_string(_json header_version "${_hversion}")
  _openssl_probe_json_set_string(_json flavor "${_hflavor}")
  if(NOT _library STREQUAL "-")
    string(FIND "${_library}" " " _at)
    string(SUBSTRING "${_library}" 0 ${_at} _lflavor)
    math(EXPR _at "${_at} + 1")
    string(SUBSTRING "${_library}" ${_at} -1 _lversion)
    string(JSON _json SET "${_json}" library_loaded true)
    _openssl_probe_json_set_string(_json flavor "${_lflavor}")
    _openssl_probe_json_set_string(_json library_version "${_lversion}")
    _openssl_probe_json_set_string(_json library_path "/lib/libssl.so")
  endif()
  string(REPLACE "." "_" _key "tls${_tls}")
  if(_compiled STREQUAL "1")
    string(JSON _json SET "${_json}" ${_key} compiled true)
  else()
    string(JSON _json SET "${_json}" ${_key} compiled false)
    if(_compiled STREQUAL "d")
      string(JSON _json SET "${_json}" ${_key} disabled true)
    endif()
  endif()
  if(_handshake STREQUAL "1")
    string(JSON _json SET "${_json}" ${_key} handshake true)
  elseif(_handshake STREQUAL "0")
    string(JSON _json SET "${_json}" ${_key} handshake false)
  endif()
  _openssl_probe_json_quote(_quoted "${_note}")
  string(JSON _json SET "${_json}" ${_key} note "${_quoted}")

  string(REPLACE " " ";" _more "${_more}")
  set(_policy "")
  foreach(_word IN LISTS _more)
    if(_word MATCHES "^api=([0-9]+)$")
      string(JSON _json SET "${_json}" api_version ${CMAKE_MATCH_1})
    else()
      list(APPEND _policy "${_word}")
    endif()
  endforeach()
  _openssl_probe_judge(_json --min-version "${_min}" --tls "${_tls}" ${_policy})

  string(JSON _verdict GET "${_json}" verdict)
  string(JSON _reasons GET "${_json}" reasons)
  _openssl_probe_json_reasons(_codes "${_reasons}" code)
  string(REPLACE ";" "," _codes "${_codes}")
  set(_texts "")
  string(JSON _count LENGTH "${_reasons}")
  if(_count GREATER 0)
    math(EXPR _last "${_count} - 1")
    foreach(_i RANGE ${_last})
      string(JSON _text GET "${_reasons}" ${_i} text)
      if(_i GREATER 0)
        string(APPEND _texts " // ")
      endif()
      string(APPEND _texts "${_text}")
    endforeach()
  endif()
  expect("${_row}\n  verdict" "${_verdict}" "${_want_verdict}")
  expect("${_row}\n  codes" "${_codes}" "${_want_codes}")
  expect("${_row}\n  texts" "${_texts}" "${_want_texts}")
endforeach()
if(_n LESS 20)
  string(APPEND _failed "read only ${_n} vectors from ${VECTORS}\n")
endif()

if(_failed)
  message(FATAL_ERROR "${_failed}")
endif()
message(STATUS "${_n} vectors: the CMake judge agrees with the C judge")
