# Distributed under the OSI-approved BSD 3-Clause License.
#
# The verdict where the probe cannot run to give it: a cross-compiled probe
# without an emulator (the header facts read from its binary), and the
# OpenSSL a Ruby uses (the facts its script reports).  The rules, the codes
# and the texts are probe/osp_judge.h's, and so are the version parsing of
# probe/osp_version.h; this file is their one CMake home, and
# tests/judge/vectors.txt proves case by case that both give the same.

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_json_quote)
  include("${CMAKE_CURRENT_LIST_DIR}/Json.cmake")
endif()
if(NOT COMMAND _openssl_probe_version_parse)
  include("${CMAKE_CURRENT_LIST_DIR}/Version.cmake")
endif()
if(NOT COMMAND _openssl_probe_option_table)
  include("${CMAKE_CURRENT_LIST_DIR}/Options.cmake")
endif()

# Adds to the report held in <json_var> the reason <flavor> <version> (API
# <api> for BoringSSL) fails the minimum, as osp_judge_version: MIN_VERSION
# for OpenSSL, the fork's own floor (empty: none) for a fork, which passes
# without one unless MIN_VERSION was raised.
function(_openssl_probe_judge_version json_var flavor version api min_version
         min_libressl min_awslc min_boringssl_api)
  set(_osp_json "${${json_var}}")
  set(_osp_floor "${min_version}")
  set(_osp_option "")
  set(_osp_has_floor TRUE)
  _openssl_probe_version_parse(_osp_minimum "${min_version}")
  if(_osp_minimum STREQUAL "")
    _openssl_probe_json_fail(_osp_json min-version-invalid
      "the minimum version \"${min_version}\" is not a version")
    set(${json_var} "${_osp_json}" PARENT_SCOPE)
    return()
  endif()
  if(flavor STREQUAL "BoringSSL")
    set(_osp_option MIN_BORINGSSL_API)
    if(min_boringssl_api STREQUAL "")
      set(_osp_has_floor FALSE)
    endif()
  elseif(NOT flavor STREQUAL "OpenSSL")
    if(flavor STREQUAL "LibreSSL")
      set(_osp_option MIN_LIBRESSL_VERSION)
      set(_osp_floor "${min_libressl}")
    else()
      set(_osp_option MIN_AWSLC_VERSION)
      set(_osp_floor "${min_awslc}")
    endif()
    if(_osp_floor STREQUAL "")
      set(_osp_has_floor FALSE)
    endif()
  endif()
  set(_osp_shown "${flavor}")
  if(NOT version STREQUAL "")
    string(APPEND _osp_shown " ${version}")
  endif()
  _openssl_probe_version_parse(_osp_found "${version}")
  if(NOT _osp_has_floor)
    _openssl_probe_default_min_version(_osp_baseline)
    _openssl_probe_version_parse(_osp_baseline "${_osp_baseline}")
    if(_osp_minimum VERSION_GREATER _osp_baseline)
      _openssl_probe_json_fail(_osp_json fork-needs-floor
        "found ${_osp_shown}, but MIN_VERSION ${min_version} counts OpenSSL's "
        "releases, not ${flavor}'s: accept ${flavor} with a floor of its own "
        "(${_osp_option}), or exclude it with FLAVORS")
    endif()
  elseif(flavor STREQUAL "BoringSSL")
    if(api STREQUAL "")
      _openssl_probe_json_fail(_osp_json version-unreadable
        "cannot read the API version of BoringSSL, and ${_osp_option} is ${min_boringssl_api}")
    elseif(api LESS min_boringssl_api)
      _openssl_probe_json_fail(_osp_json version-too-old
        "found BoringSSL API ${api}, need API ${min_boringssl_api} or newer (${_osp_option})")
    endif()
  else()
    _openssl_probe_version_parse(_osp_minimum "${_osp_floor}")
    set(_osp_named "")
    if(_osp_option)
      set(_osp_named " (${_osp_option})")
    endif()
    if(_osp_minimum STREQUAL "")
      _openssl_probe_json_fail(_osp_json min-version-invalid
        "the minimum version \"${_osp_floor}\"${_osp_named} is not a version")
    elseif(_osp_found STREQUAL "")
      _openssl_probe_json_fail(_osp_json version-unreadable
        "cannot read the version of ${flavor} from \"${version}\"")
    elseif(_osp_found VERSION_LESS _osp_minimum)
      _openssl_probe_json_fail(_osp_json version-too-old
        "found ${flavor} ${version}, need ${_osp_floor} or newer${_osp_named}")
    endif()
  endif()
  set(${json_var} "${_osp_json}" PARENT_SCOPE)
endfunction()

# Judges the report held in <json_var> as osp_judge judges its facts, for
# the parts a report without a probe run can hold: flavor and versions,
# whether the protocol is compiled in, and a handshake outcome.  Adds the
# reasons and sets the verdict.  The requirements follow as the probe takes
# them (--min-version, --min-libressl-version, --min-awslc-version,
# --min-boringssl-api, --flavors, --tls, and --components Crypto for
# libcrypto alone, which makes no TLS claim); HEADERS_MUST_MATCH as
# osp_policy's headers_must_match.
function(_openssl_probe_judge json_var)
  cmake_parse_arguments(PARSE_ARGV 1 _osp "HEADERS_MUST_MATCH"
    "--min-version;--min-libressl-version;--min-awslc-version;--min-boringssl-api;--flavors;--tls;--own-protocol-range;--components" "")
  set(min_version "${_osp_--min-version}")
  set(tls "${_osp_--tls}")
  if(NOT DEFINED _osp_--min-version)
    _openssl_probe_default_min_version(min_version)
  endif()
  if(NOT DEFINED _osp_--tls)
    set(tls 1.2)
  endif()
  set(_osp_json "${${json_var}}")
  # The floor judged against, as the probe's report gives it.
  _openssl_probe_json_set_string(_osp_json min_version "${min_version}")
  string(JSON _osp_verdict SET "${_osp_json}" verdict "\"pass\"")
  set(_osp_json "${_osp_verdict}")
  foreach(_osp_key IN ITEMS library_loaded header_flavor header_version
                            flavor library_version library_path)
    string(JSON _osp_${_osp_key} ERROR_VARIABLE _osp_none GET "${_osp_json}" ${_osp_key})
  endforeach()

  # The library that runs decides; the headers stand in without one.
  if(NOT _osp_library_loaded)
    set(_osp_flavor "${_osp_header_flavor}")
    set(_osp_version "${_osp_header_version}")
  else()
    set(_osp_version "${_osp_library_version}")
    if(NOT _osp_header_flavor STREQUAL _osp_flavor OR
       (_osp_HEADERS_MUST_MATCH AND NOT _osp_header_version STREQUAL _osp_library_version))
      _openssl_probe_json_fail(_osp_json headers-library-mismatch
        "the headers are ${_osp_header_flavor} ${_osp_header_version} (as compiled) "
        "but the library that loaded is ${_osp_flavor} ${_osp_library_version} "
        "(${_osp_library_path}): headers and library come from different installs")
    endif()
  endif()

  # FLAVORS, then the version against MIN_VERSION or the fork's own floor.
  string(REPLACE "," ";" _osp_flavors "${_osp_--flavors}")
  if(_osp_flavors AND NOT _osp_flavor IN_LIST _osp_flavors)
    set(_osp_shown "${_osp_flavor}")
    if(NOT _osp_version STREQUAL "")
      string(APPEND _osp_shown " ${_osp_version}")
    endif()
    _openssl_probe_json_fail(_osp_json flavor-excluded
      "found ${_osp_shown}, but FLAVORS allows only ${_osp_--flavors}")
  else()
    string(JSON _osp_api GET "${_osp_json}" api_version)
    _openssl_probe_judge_version(_osp_json "${_osp_flavor}" "${_osp_version}"
      "${_osp_api}" "${min_version}" "${_osp_--min-libressl-version}"
      "${_osp_--min-awslc-version}" "${_osp_--min-boringssl-api}")
  endif()

  # The protocol asked for is the one the client needs.
  string(REPLACE "." "_" _osp_key "tls${tls}")
  string(JSON _osp_compiled GET "${_osp_json}" ${_osp_key} compiled)
  string(JSON _osp_disabled ERROR_VARIABLE _osp_none GET "${_osp_json}" ${_osp_key} disabled)
  string(JSON _osp_handshake GET "${_osp_json}" ${_osp_key} handshake)
  string(JSON _osp_note GET "${_osp_json}" ${_osp_key} note)
  if(_osp_--components STREQUAL "Crypto")
    # libcrypto alone was asked for: no TLS claim is made.
  elseif(NOT _osp_compiled)
    set(_osp_code tls-unsupported)
    if(_osp_disabled)
      set(_osp_code tls-disabled)
    endif()
    _openssl_probe_json_fail(_osp_json ${_osp_code} "TLS ${tls} is not available: ${_osp_note}")
  elseif(NOT _osp_library_loaded)
    # Judged from headers only; the report says so.
  elseif(_osp_handshake STREQUAL "")
    _openssl_probe_json_fail(_osp_json handshake-not-attempted
      "no TLS ${tls} handshake could be attempted")
  elseif(NOT _osp_handshake)
    _openssl_probe_json_fail(_osp_json handshake-failed
      "a TLS ${tls} handshake in memory failed: ${_osp_note}")
  endif()
  set(${json_var} "${_osp_json}" PARENT_SCOPE)
endfunction()
