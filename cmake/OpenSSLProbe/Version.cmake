# Distributed under the OSI-approved BSD 3-Clause License.
#
# Version numbers and texts of OpenSSL and its forks, as probe/osp_version.h
# reads them: the one CMake home of those rules, for the module's own
# arguments and for what Judge.cmake judges without the probe.

include_guard(GLOBAL)

# Sets <out> to <text> as a comparable version, major.minor.fix.letters,
# or to empty when it is not a version.  As osp_version_parse: up to three
# numbers; 1.x release letters after the third ("1.0.1u" -> 1.0.1.21);
# then nothing, or a suffix after '-', '+' or ' ' ("1.1.1-dev").
function(_openssl_probe_version_parse out text)
  set(_osp_key "")
  if(text MATCHES "^([0-9]+)(\\.([0-9]+)(\\.([0-9]+)([a-z]*))?)?([-+ ].*)?$")
    set(_osp_parts "${CMAKE_MATCH_1}" "${CMAKE_MATCH_3}" "${CMAKE_MATCH_5}")
    set(_osp_letters "${CMAKE_MATCH_6}")
    set(_osp_value 0)
    string(LENGTH "${_osp_letters}" _osp_n)
    if(_osp_n GREATER 0)
      math(EXPR _osp_last "${_osp_n} - 1")
      foreach(_osp_i RANGE ${_osp_last})
        string(SUBSTRING "${_osp_letters}" ${_osp_i} 1 _osp_letter)
        string(FIND "abcdefghijklmnopqrstuvwxyz" "${_osp_letter}" _osp_at)
        math(EXPR _osp_value "${_osp_value} + ${_osp_at} + 1")
      endforeach()
    endif()
    set(_osp_key "")
    foreach(_osp_part IN LISTS _osp_parts)
      if(_osp_part STREQUAL "")
        set(_osp_part 0)
      endif()
      # osp_version_parse refuses parts above 100000 (leading zeros aside).
      string(REGEX REPLACE "^0+([0-9])" "\\1" _osp_part "${_osp_part}")
      string(LENGTH "${_osp_part}" _osp_digits)
      if(_osp_digits GREATER 6 OR _osp_part GREATER 100000)
        set(${out} "" PARENT_SCOPE)
        return()
      endif()
      string(APPEND _osp_key "${_osp_part}.")
    endforeach()
    string(APPEND _osp_key "${_osp_value}")
  endif()
  set(${out} "${_osp_key}" PARENT_SCOPE)
endfunction()

# Sets <out_flavor> and <out_version> from a library's version text, as
# osp_flavor_from_text: "OpenSSL 3.0.19 27 Jan 2026", "LibreSSL 4.3.2",
# "BoringSSL" (no version), "OpenSSL 1.1.1 (compatible; AWS-LC 1.18.0)".
function(_openssl_probe_flavor_from_text out_flavor out_version text)
  set(_osp_version "")
  if(text MATCHES "AWS-LC *([^ )]*)")
    set(_osp_flavor "AWS-LC")
    set(_osp_version "${CMAKE_MATCH_1}")
  elseif(text MATCHES "BoringSSL")
    set(_osp_flavor "BoringSSL")
  elseif(text MATCHES "LibreSSL *([^ )]*)")
    set(_osp_flavor "LibreSSL")
    set(_osp_version "${CMAKE_MATCH_1}")
  else()
    set(_osp_flavor "OpenSSL")
    if(text MATCHES "OpenSSL *([^ )]*)")
      set(_osp_version "${CMAKE_MATCH_1}")
    elseif(text MATCHES "^ *([^ )]*)")
      set(_osp_version "${CMAKE_MATCH_1}")
    endif()
  endif()
  set(${out_flavor} "${_osp_flavor}" PARENT_SCOPE)
  set(${out_version} "${_osp_version}" PARENT_SCOPE)
endfunction()

# Sets <out> to the version an OPENSSL_VERSION_NUMBER (decimal) stands for,
# as osp_version_from_openssl_number: 0x1000115f -> 1.0.1u, 0x30000130 ->
# 3.0.19.
function(_openssl_probe_version_from_number out number)
  math(EXPR _osp_major "(${number} >> 28) & 15")
  math(EXPR _osp_minor "(${number} >> 20) & 255")
  math(EXPR _osp_fix "(${number} >> 12) & 255")
  math(EXPR _osp_patch "(${number} >> 4) & 255")
  if(_osp_major GREATER_EQUAL 3)
    set(${out} "${_osp_major}.${_osp_minor}.${_osp_patch}" PARENT_SCOPE)
    return()
  endif()
  set(_osp_letters "")
  while(_osp_patch GREATER 26)
    string(APPEND _osp_letters "z")
    math(EXPR _osp_patch "${_osp_patch} - 26")
  endwhile()
  if(_osp_patch GREATER 0)
    math(EXPR _osp_at "${_osp_patch} - 1")
    string(SUBSTRING "abcdefghijklmnopqrstuvwxyz" ${_osp_at} 1 _osp_letter)
    string(APPEND _osp_letters "${_osp_letter}")
  endif()
  set(${out} "${_osp_major}.${_osp_minor}.${_osp_fix}${_osp_letters}" PARENT_SCOPE)
endfunction()
