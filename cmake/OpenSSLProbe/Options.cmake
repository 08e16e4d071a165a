# Distributed under the OSI-approved BSD 3-Clause License.
#
# The arguments openssl_probe() and openssl_probe_ruby() have in common.

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_version_parse)
  include("${CMAKE_CURRENT_LIST_DIR}/Version.cmake")
endif()

# Sets <out> to the requirements' table, probe/osp_options.h, as the
# module reads it: one row "KEYWORD|flag|KIND|report|default|required|needs_run"
# each (see there), in the table's order; read once per configure.
function(_openssl_probe_option_table out)
  get_property(_osp_rows GLOBAL PROPERTY _OpenSSLProbe_OPTION_ROWS)
  if(NOT _osp_rows)
    get_filename_component(_osp_file
      "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/../../probe/osp_options.h" ABSOLUTE)
    # Each row on a line of its own, ending in the macro's backslash (which a
    # CMake list would take for an escape) and holding no ';'.
    file(READ "${_osp_file}" _osp_text)
    string(REPLACE "\\\n" "\n" _osp_text "${_osp_text}")
    string(REGEX MATCHALL "\n(  X\\(|#define OSP_KIND_[A-Z]+_FORM )[^\n]*" _osp_lines "${_osp_text}")
    set(_osp_q "\"([^\"]*)\"")
    foreach(_osp_line IN LISTS _osp_lines)
      if(_osp_line MATCHES "^\n#define OSP_KIND_([A-Z]+)_FORM ${_osp_q}$")
        set_property(GLOBAL PROPERTY _OpenSSLProbe_FORM_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
      elseif(_osp_line MATCHES "^\n  X\\(([A-Z_]+), ${_osp_q}, ([A-Z]+), [a-z_]+, ${_osp_q}, ${_osp_q}, ${_osp_q}, ${_osp_q}, ")
        list(APPEND _osp_rows "${CMAKE_MATCH_1}|${CMAKE_MATCH_2}|${CMAKE_MATCH_3}|${CMAKE_MATCH_4}|${CMAKE_MATCH_5}|${CMAKE_MATCH_6}|${CMAKE_MATCH_7}")
      endif()
    endforeach()
    set_property(GLOBAL PROPERTY _OpenSSLProbe_OPTION_ROWS "${_osp_rows}")
  endif()
  set(${out} "${_osp_rows}" PARENT_SCOPE)
endfunction()

# Sets the caller's <prefix>_KEYWORD, _FLAG, _KIND, _REPORT, _DEFAULT,
# _REQUIRED and _NEEDS_RUN to the fields of one row of the table.
macro(_openssl_probe_option_fields prefix row)
  string(REPLACE "|" ";" _osp_fields "${row}")
  list(GET _osp_fields 0 ${prefix}_KEYWORD)
  list(GET _osp_fields 1 ${prefix}_FLAG)
  list(GET _osp_fields 2 ${prefix}_KIND)
  list(GET _osp_fields 3 ${prefix}_REPORT)
  list(GET _osp_fields 4 ${prefix}_DEFAULT)
  list(GET _osp_fields 5 ${prefix}_REQUIRED)
  list(GET _osp_fields 6 ${prefix}_NEEDS_RUN)
endmacro()

# Sets <out> to the default MIN_VERSION of the table: 1.0.1, the release
# that brought TLS 1.2.
function(_openssl_probe_default_min_version out)
  _openssl_probe_option_table(_osp_rows)
  list(GET _osp_rows 0 _osp_row)
  _openssl_probe_option_fields(_osp "${_osp_row}")
  set(${out} "${_osp_DEFAULT}" PARENT_SCOPE)
endfunction()

# Sets <out_options>, <out_one_value> and <out_multi_value> to the keywords
# openssl_probe() takes, as cmake_parse_arguments takes them: the table's
# requirements (a FLAG an option, FLAVORS a list), and the module's own.
# Its parsing, its messages and the dependency provider's
# OPENSSL_PROBE_<KEYWORD> variables are made from them.
function(_openssl_probe_keywords out_options out_one_value out_multi_value)
  set(_osp_options QUIET REQUIRE_RUN STATIC)
  set(_osp_one "")
  set(_osp_multi "")
  _openssl_probe_option_table(_osp_rows)
  foreach(_osp_row IN LISTS _osp_rows)
    _openssl_probe_option_fields(_osp "${_osp_row}")
    if(_osp_KIND STREQUAL "FLAG")
      list(APPEND _osp_options ${_osp_KEYWORD})
    elseif(_osp_KIND STREQUAL "FLAVORS")
      list(APPEND _osp_multi ${_osp_KEYWORD})
    else()
      list(APPEND _osp_one ${_osp_KEYWORD})
    endif()
  endforeach()
  set(${out_options} ${_osp_options} PARENT_SCOPE)
  set(${out_one_value} ${_osp_one} RESULT_VARIABLE REASON_VARIABLE TIMEOUT PARENT_SCOPE)
  set(${out_multi_value} ${_osp_multi} PARENT_SCOPE)
endfunction()

# Sets <out> to true when <value> is of <kind>, as the probe's
# osp_option_read_<KIND> checks it (each element, for a list).
function(_openssl_probe_kind_accepts out kind value)
  set(_osp_ok TRUE)
  if(kind STREQUAL "VERSION")
    _openssl_probe_version_parse(_osp_parsed "${value}")
    if(_osp_parsed STREQUAL "")
      set(_osp_ok FALSE)
    endif()
  elseif(kind STREQUAL "API")
    set(_osp_ok FALSE)
    if(value MATCHES "^[0-9]+$")
      string(LENGTH "${value}" _osp_length)
      if(_osp_length LESS_EQUAL 9)
        set(_osp_ok TRUE)
      endif()
    endif()
  elseif(kind STREQUAL "FLAVORS")
    foreach(_osp_flavor IN LISTS value)
      if(NOT _osp_flavor MATCHES "^(OpenSSL|LibreSSL|BoringSSL|AWS-LC)$")
        set(_osp_ok FALSE)
      endif()
    endforeach()
  elseif(kind STREQUAL "PROTOCOL")
    if(NOT value MATCHES "^1\\.[23]$")
      set(_osp_ok FALSE)
    endif()
  elseif(kind STREQUAL "LEVEL")
    if(NOT value MATCHES "^[0-5]$")
      set(_osp_ok FALSE)
    endif()
  elseif(kind STREQUAL "DATE")
    # A real day: 2026-02-29 is none, 2024-02-29 is one.
    set(_osp_ok FALSE)
    if(value MATCHES "^([0-9][0-9][0-9][0-9])-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
      set(_osp_year "${CMAKE_MATCH_1}")
      math(EXPR _osp_month "1${CMAKE_MATCH_2} - 100")
      math(EXPR _osp_day "1${CMAKE_MATCH_3} - 100")
      set(_osp_days 0 31 29 31 30 31 30 31 31 30 31 30 31)
      list(GET _osp_days ${_osp_month} _osp_last)
      math(EXPR _osp_by4 "${_osp_year} % 4")
      math(EXPR _osp_by100 "${_osp_year} % 100")
      math(EXPR _osp_by400 "${_osp_year} % 400")
      set(_osp_leap FALSE)
      if(_osp_by4 EQUAL 0 AND (NOT _osp_by100 EQUAL 0 OR _osp_by400 EQUAL 0))
        set(_osp_leap TRUE)
      endif()
      if(_osp_day LESS_EQUAL _osp_last AND NOT (_osp_month EQUAL 2 AND _osp_day EQUAL 29 AND NOT _osp_leap))
        set(_osp_ok TRUE)
      endif()
    endif()
  endif()
  set(${out} ${_osp_ok} PARENT_SCOPE)
endfunction()

# Today, as YYYY-MM-DD (UTC): the day upstream support is judged on.
function(_openssl_probe_today out)
  # Today, not SOURCE_DATE_EPOCH, which string(TIMESTAMP) would take
  # (package builds set it to the source's date).
  set(_osp_epoch "$ENV{SOURCE_DATE_EPOCH}")
  unset(ENV{SOURCE_DATE_EPOCH})
  string(TIMESTAMP _osp_today "%Y-%m-%d" UTC)
  if(NOT _osp_epoch STREQUAL "")
    set(ENV{SOURCE_DATE_EPOCH} "${_osp_epoch}")
  endif()
  set(${out} "${_osp_today}" PARENT_SCOPE)
endfunction()

# Checks the options openssl_probe() and openssl_probe_ruby() share, held
# in the caller's _osp_<OPTION> variables, each as its kind in the table,
# and fills in their defaults (TODAY from OPENSSL_PROBE_TODAY, else
# today).  Sets the caller's _osp_POLICY to the requirements as probe
# arguments (--min-version 1.0.1 --tls 1.2 ...), the form the probe, its
# fingerprint, the CMake judge and the report all read: a value (a list
# joined by commas), or 1 for an option given.  <command> names the caller
# in messages; ARGN are the keywords it takes.
function(_openssl_probe_check_options command)
  if(_osp_UNPARSED_ARGUMENTS)
    _openssl_probe_unknown_arguments(${command} ${ARGN})
  endif()
  if(_osp_REASON_VARIABLE AND NOT _osp_RESULT_VARIABLE)
    message(FATAL_ERROR
      "${command}() given REASON_VARIABLE without RESULT_VARIABLE.")
  endif()
  if(NOT DEFINED _osp_TODAY AND NOT "${OPENSSL_PROBE_TODAY}" STREQUAL "")
    set(_osp_TODAY "${OPENSSL_PROBE_TODAY}")
    set(_osp_from_TODAY "OPENSSL_PROBE_TODAY is \"${OPENSSL_PROBE_TODAY}\"; it takes")
  endif()
  _openssl_probe_option_table(_osp_rows)
  set(_osp_policy "")
  foreach(_osp_row IN LISTS _osp_rows)
    _openssl_probe_option_fields(_osp "${_osp_row}")
    set(_osp_name ${_osp_KEYWORD})
    if(NOT _osp_KIND STREQUAL "FLAG")
      get_property(_osp_form GLOBAL PROPERTY _OpenSSLProbe_FORM_${_osp_KIND})
      if(_osp_name IN_LIST _osp_KEYWORDS_MISSING_VALUES)
        message(FATAL_ERROR
          "${command}() given ${_osp_name} without a value.\n  It takes ${_osp_form}.")
      endif()
      if(NOT DEFINED _osp_${_osp_name} AND NOT _osp_DEFAULT STREQUAL "")
        set(_osp_${_osp_name} "${_osp_DEFAULT}")
      elseif(NOT DEFINED _osp_${_osp_name} AND _osp_name STREQUAL "TODAY")
        _openssl_probe_today(_osp_TODAY)
      endif()
      if(DEFINED _osp_${_osp_name})
        _openssl_probe_kind_accepts(_osp_ok ${_osp_KIND} "${_osp_${_osp_name}}")
        if(NOT _osp_ok AND DEFINED _osp_from_${_osp_name})
          message(FATAL_ERROR "${_osp_from_${_osp_name}} ${_osp_form}.")
        elseif(NOT _osp_ok)
          message(FATAL_ERROR "${command}() given ${_osp_name} \"${_osp_${_osp_name}}\".\n"
            "  It takes ${_osp_form}.")
        endif()
        string(REPLACE ";" "," _osp_value "${_osp_${_osp_name}}")
        list(APPEND _osp_policy --${_osp_FLAG} "${_osp_value}")
      endif()
    elseif(_osp_${_osp_name})
      list(APPEND _osp_policy --${_osp_FLAG} 1)
    endif()
  endforeach()
  set(_osp_MIN_VERSION "${_osp_MIN_VERSION}" PARENT_SCOPE)
  set(_osp_TLS "${_osp_TLS}" PARENT_SCOPE)
  set(_osp_POLICY "${_osp_policy}" PARENT_SCOPE)
endfunction()

# Stops with the names of the unknown arguments and the keywords <command>
# takes (ARGN): "It takes A, B, ... and Z.", a line at most 76 wide.
function(_openssl_probe_unknown_arguments command)
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
