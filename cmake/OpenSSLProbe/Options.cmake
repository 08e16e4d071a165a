# Distributed under the OSI-approved BSD 3-Clause License.
#
# The arguments openssl_probe() and openssl_probe_ruby() have in common.

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_version_parse)
  include("${CMAKE_CURRENT_LIST_DIR}/Version.cmake")
endif()

# Sets <out_options>, <out_one_value> and <out_multi_value> to the keywords
# openssl_probe() takes, as cmake_parse_arguments takes them: the one list
# its parsing, its messages and the dependency provider's
# OPENSSL_PROBE_<KEYWORD> variables are made from.
function(_openssl_probe_keywords out_options out_one_value out_multi_value)
  set(${out_options} QUIET REQUIRE_RUN STATIC OWN_PROTOCOL_RANGE REQUIRE_SUPPORTED
    REQUIRE_FIPS PARENT_SCOPE)
  set(${out_one_value} MIN_VERSION MIN_LIBRESSL_VERSION MIN_AWSLC_VERSION
    MIN_BORINGSSL_API TLS RESULT_VARIABLE REASON_VARIABLE TIMEOUT PARENT_SCOPE)
  set(${out_multi_value} FLAVORS PARENT_SCOPE)
endfunction()

# Sets <out> to the requirements, one "KEYWORD|--flag|key" each: the
# openssl_probe() keyword, the probe's argument and the report's key.  The
# probe's arguments and the report's requirements are made from it.
function(_openssl_probe_policy_table out)
  set(${out} "MIN_VERSION|--min-version|min_version" "TLS|--tls|tls_required"
    "MIN_LIBRESSL_VERSION|--min-libressl-version|min_libressl_version"
    "MIN_AWSLC_VERSION|--min-awslc-version|min_awslc_version"
    "MIN_BORINGSSL_API|--min-boringssl-api|min_boringssl_api"
    "FLAVORS|--flavors|flavors" "OWN_PROTOCOL_RANGE|--own-protocol-range|own_protocol_range"
    "REQUIRE_SUPPORTED|--require-supported|require_supported"
    "REQUIRE_FIPS|--require-fips|require_fips" PARENT_SCOPE)
endfunction()

# Checks the options openssl_probe() and openssl_probe_ruby() share, held
# in the caller's _osp_<OPTION> variables, and fills in their defaults:
# MIN_VERSION 1.0.1, TLS 1.2.  Sets the caller's _osp_POLICY to the
# requirements as probe arguments (--min-version 1.0.1 --tls 1.2 ...).
# <command> names the caller in messages; ARGN are the keywords it takes.
function(_openssl_probe_check_options command)
  if(_osp_UNPARSED_ARGUMENTS)
    # "It takes A, B, ... and Z.", a line at most 76 wide.
    set(_osp_keywords ${ARGN})
    list(POP_BACK _osp_keywords _osp_last)
    set(_osp_text "  It takes")
    set(_osp_line "${_osp_text}")
    foreach(_osp_word IN LISTS _osp_keywords ITEMS "and ${_osp_last}.")
      if(_osp_word MATCHES "^and ")
        string(REGEX REPLACE ",$" "" _osp_text "${_osp_text}")
      else()
        string(APPEND _osp_word ",")
      endif()
      string(LENGTH "${_osp_line} ${_osp_word}" _osp_width)
      if(_osp_width GREATER 76)
        string(APPEND _osp_text "\n ")
        set(_osp_line " ")
      endif()
      string(APPEND _osp_text " ${_osp_word}")
      string(APPEND _osp_line " ${_osp_word}")
    endforeach()
    message(FATAL_ERROR
      "${command}() given unknown arguments: ${_osp_UNPARSED_ARGUMENTS}\n${_osp_text}")
  endif()
  if(NOT DEFINED _osp_MIN_VERSION)
    _openssl_probe_default_min_version(_osp_MIN_VERSION)
  endif()
  # The forms the probe's judge accepts (osp_version_parse), no others.
  _openssl_probe_version_parse(_osp_parsed "${_osp_MIN_VERSION}")
  if(_osp_parsed STREQUAL "")
    message(FATAL_ERROR
      "${command}() given MIN_VERSION \"${_osp_MIN_VERSION}\".\n"
      "  It takes a version as OpenSSL numbers its releases: 1.0.1, 1.1.1w, 3.0.")
  endif()
  # Each fork's own floor, in its own numbering; FLAVORS, the forks allowed.
  foreach(_osp_fork IN ITEMS LIBRESSL AWSLC)
    if(DEFINED _osp_MIN_${_osp_fork}_VERSION)
      _openssl_probe_version_parse(_osp_parsed "${_osp_MIN_${_osp_fork}_VERSION}")
      if(_osp_parsed STREQUAL "")
        message(FATAL_ERROR
          "${command}() given MIN_${_osp_fork}_VERSION \"${_osp_MIN_${_osp_fork}_VERSION}\".\n"
          "  It takes a version as that fork numbers its releases: 3.9, 4.0.1.")
      endif()
    endif()
  endforeach()
  # Up to nine digits, as the command takes it.
  if(DEFINED _osp_MIN_BORINGSSL_API AND NOT _osp_MIN_BORINGSSL_API MATCHES "^[0-9][0-9]?[0-9]?[0-9]?[0-9]?[0-9]?[0-9]?[0-9]?[0-9]?$")
    message(FATAL_ERROR
      "${command}() given MIN_BORINGSSL_API \"${_osp_MIN_BORINGSSL_API}\".\n"
      "  It takes a BORINGSSL_API_VERSION number, such as 19.")
  endif()
  foreach(_osp_flavor IN LISTS _osp_FLAVORS)
    if(NOT _osp_flavor MATCHES "^(OpenSSL|LibreSSL|BoringSSL|AWS-LC)$")
      message(FATAL_ERROR
        "${command}() given FLAVORS \"${_osp_flavor}\".\n"
        "  It takes OpenSSL, LibreSSL, BoringSSL and AWS-LC.")
    endif()
  endforeach()
  if("FLAVORS" IN_LIST _osp_KEYWORDS_MISSING_VALUES)
    message(FATAL_ERROR "${command}() given FLAVORS without a flavor.")
  endif()
  if(NOT DEFINED _osp_TLS)
    set(_osp_TLS "1.2")
  endif()
  if(NOT _osp_TLS MATCHES "^1\\.[23]$")
    message(FATAL_ERROR
      "${command}() given TLS \"${_osp_TLS}\"; it takes 1.2 or 1.3.")
  endif()
  if(_osp_REASON_VARIABLE AND NOT _osp_RESULT_VARIABLE)
    message(FATAL_ERROR
      "${command}() given REASON_VARIABLE without RESULT_VARIABLE.")
  endif()
  # The requirements as the probe takes them on its command line, the form
  # the probe, its fingerprint, the CMake judge and the report all read:
  # a value (FLAVORS joined by commas), or 1 for an option given.
  _openssl_probe_keywords(_osp_flags_only _osp_unused _osp_unused)
  _openssl_probe_policy_table(_osp_table)
  set(_osp_policy "")
  foreach(_osp_row IN LISTS _osp_table)
    string(REPLACE "|" ";" _osp_row "${_osp_row}")
    list(GET _osp_row 0 _osp_keyword)
    list(GET _osp_row 1 _osp_flag)
    if(_osp_keyword IN_LIST _osp_flags_only)
      if(_osp_${_osp_keyword})
        list(APPEND _osp_policy ${_osp_flag} 1)
      endif()
    elseif(_osp_${_osp_keyword})
      string(REPLACE ";" "," _osp_value "${_osp_${_osp_keyword}}")
      list(APPEND _osp_policy ${_osp_flag} "${_osp_value}")
    elseif(DEFINED _osp_${_osp_keyword} AND NOT _osp_keyword STREQUAL "FLAVORS")
      list(APPEND _osp_policy ${_osp_flag} "${_osp_${_osp_keyword}}")
    endif()
  endforeach()
  # Upstream support is judged against today (OPENSSL_PROBE_TODAY, as
  # YYYY-MM-DD, fixes it), so the answer ages: a new day probes again.
  set(_osp_today "${OPENSSL_PROBE_TODAY}")
  if(_osp_today STREQUAL "")
    # Today, not SOURCE_DATE_EPOCH, which string(TIMESTAMP) would take
    # (package builds set it to the source's date).
    set(_osp_epoch "$ENV{SOURCE_DATE_EPOCH}")
    unset(ENV{SOURCE_DATE_EPOCH})
    string(TIMESTAMP _osp_today "%Y-%m-%d" UTC)
    if(NOT _osp_epoch STREQUAL "")
      set(ENV{SOURCE_DATE_EPOCH} "${_osp_epoch}")
    endif()
  elseif(NOT _osp_today MATCHES "^[0-9][0-9][0-9][0-9]-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
    message(FATAL_ERROR
      "OPENSSL_PROBE_TODAY is \"${_osp_today}\"; it takes a date as YYYY-MM-DD.")
  endif()
  list(APPEND _osp_policy --today "${_osp_today}")
  set(_osp_MIN_VERSION "${_osp_MIN_VERSION}" PARENT_SCOPE)
  set(_osp_TLS "${_osp_TLS}" PARENT_SCOPE)
  set(_osp_POLICY "${_osp_policy}" PARENT_SCOPE)
endfunction()

# Stops with the real cause when the project cannot compile the probe at
# all: no project() yet, or neither C nor CXX enabled.  Not OpenSSL's
# doing, so no advice about OpenSSL.
function(_openssl_probe_check_languages command)
  get_property(_osp_languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  if("C" IN_LIST _osp_languages OR "CXX" IN_LIST _osp_languages)
    return()
  endif()
  if(NOT DEFINED PROJECT_NAME)
    message(FATAL_ERROR
      "${command}() was called before project().\n"
      "  It compiles and runs a probe with the project's C or C++ compiler, which\n"
      "  project() sets up: call it after project().")
  endif()
  set(_osp_shown "${_osp_languages}")
  if(_osp_shown STREQUAL "" OR _osp_shown STREQUAL "NONE")
    set(_osp_shown NONE)
  endif()
  message(FATAL_ERROR
    "${command}() needs C or CXX, and project ${PROJECT_NAME} enables neither"
    " (LANGUAGES ${_osp_shown}).\n"
    "  It compiles and runs a probe with the project's compiler: add C or CXX\n"
    "  to project(... LANGUAGES ...), or call enable_language(C) before it.")
endfunction()
