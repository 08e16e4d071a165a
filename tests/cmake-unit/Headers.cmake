# Unit test of the CMake half of the compile-time verdict: decoding
# version numbers and comparing versions, in every numbering scheme.
#   cmake -DMODULE_DIR=<cmake/> -P Headers.cmake
cmake_minimum_required(VERSION 3.25...4.3)
include("${MODULE_DIR}/OpenSSLProbe/Headers.cmake")

set(_failed "")
function(expect what actual expected)
  if(NOT "${actual}" STREQUAL "${expected}")
    set(_failed "${_failed}${what}: got [${actual}], expected [${expected}]\n" PARENT_SCOPE)
  endif()
endfunction()

# number (decimal), flavor, text -> version
foreach(_row IN ITEMS
    "268439903|OpenSSL||1.0.1u"       # 0x1000115f
    "268435791|OpenSSL||1.0.0t"       # 0x1000014f
    "268439567|OpenSSL||1.0.1"        # 0x1000100f
    "269488511|OpenSSL||1.1.1w"       # 0x1010117f
    "805306672|OpenSSL||3.0.19"       # 0x30000130
    "811597872|OpenSSL||3.6.3"        # 0x30600030
    "1073741840|OpenSSL||4.0.1"       # 0x40000010
    "1076895759|LibreSSL||4.3.2"      # 0x4030200f
    "269488255|BoringSSL||"           # 0x1010107f: no version
    "269488255|AWS-LC|AWS-LC 1.18.0|1.18.0")
  string(REPLACE "|" ";" _row "${_row}")
  list(GET _row 0 _number)
  list(GET _row 1 _flavor)
  list(GET _row 2 _text)
  list(GET _row 3 _want)
  _openssl_probe_decode_version(_got ${_number} "${_flavor}" "${_text}")
  expect("decode ${_number} ${_flavor}" "${_got}" "${_want}")
endforeach()

foreach(_row IN ITEMS "1.0.1u|1.0.1.21" "1.0.1|1.0.1" "3.0|3.0" "1.0.1za|1.0.1.27"
                      "1.1.1w|1.1.1.23" "4.0.1|4.0.1")
  string(REPLACE "|" ";" _row "${_row}")
  list(GET _row 0 _text)
  list(GET _row 1 _want)
  _openssl_probe_version_key(_got "${_text}")
  expect("key ${_text}" "${_got}" "${_want}")
endforeach()

foreach(_pair IN ITEMS "1.0.0t<1.0.1" "1.0.1f<1.0.1g" "1.0.1u<1.0.2" "1.1.1w<3.0"
                       "3.0.2<3.0.19" "3.9.9<3.10.0" "3.6.3<4.0.1")
  string(REPLACE "<" ";" _pair "${_pair}")
  list(GET _pair 0 _a)
  list(GET _pair 1 _b)
  _openssl_probe_version_key(_ka "${_a}")
  _openssl_probe_version_key(_kb "${_b}")
  if(NOT _ka VERSION_LESS _kb OR NOT _kb VERSION_GREATER _ka)
    string(APPEND _failed "compare: ${_a} should be older than ${_b}\n")
  endif()
endforeach()

if(_failed)
  message(FATAL_ERROR "${_failed}")
endif()
message(STATUS "all decodings and comparisons agree")
