# Distributed under the OSI-approved BSD 3-Clause License.
#
# The requirements' table as text, and the check of each kind of value:
# the parts of Options.cmake a configure needs only when the table changed,
# a value was given, or an argument is refused (loaded then, by
# _openssl_probe_option_kinds).  The checks are those of probe/osp_options.h's
# osp_option_read_<KIND>, held to the same values (tests/options/values.txt).

include_guard(GLOBAL)
if(NOT COMMAND _openssl_probe_version_parse)
  include("${CMAKE_CURRENT_LIST_DIR}/Version.cmake")
endif()

# Parses the table in <file> into the caller's _osp_ROWS, _osp_FORMS
# ("KIND|form" each), the keywords by kind, _osp_FLAG (options), _osp_ONE
# (one value) and _osp_MULTI (a list: FLAVORS), and the columns every
# configure reads, as lists in the table's order: _osp_NAMES, _osp_FLAGS,
# _osp_KINDS and _osp_DEFAULTS ("-" for none).  Each row is on a
# line of its own, ending in the macro's backslash (which a CMake list
# would take for an escape) and holding no ';'.
macro(_openssl_probe_parse_options file)
  file(READ "${file}" _osp_text)
  string(REPLACE "\\\n" "\n" _osp_text "${_osp_text}")
  string(REGEX MATCHALL "\n(  X\\(|#define OSP_KIND_[A-Z]+_FORM )[^\n]*" _osp_lines "${_osp_text}")
  set(_osp_q "\"([^\"]*)\"")
  foreach(_osp_name IN ITEMS ROWS FORMS FLAG ONE MULTI NAMES FLAGS KINDS DEFAULTS)
    set(_osp_${_osp_name} "")
  endforeach()
  foreach(_osp_line IN LISTS _osp_lines)
    if(_osp_line MATCHES "^\n#define OSP_KIND_([A-Z]+)_FORM ${_osp_q}$")
      list(APPEND _osp_FORMS "${CMAKE_MATCH_1}|${CMAKE_MATCH_2}")
    elseif(_osp_line MATCHES "^\n  X\\(([A-Z_]+), ${_osp_q}, ([A-Z]+), [a-z_]+, ${_osp_q}, ${_osp_q}, ${_osp_q}, ${_osp_q}, ")
      list(APPEND _osp_ROWS "${CMAKE_MATCH_1}|${CMAKE_MATCH_2}|${CMAKE_MATCH_3}|${CMAKE_MATCH_4}|${CMAKE_MATCH_5}|${CMAKE_MATCH_6}|${CMAKE_MATCH_7}")
      list(APPEND _osp_NAMES ${CMAKE_MATCH_1})
      list(APPEND _osp_FLAGS ${CMAKE_MATCH_2})
      list(APPEND _osp_KINDS ${CMAKE_MATCH_3})
      if(CMAKE_MATCH_5 STREQUAL "")
        list(APPEND _osp_DEFAULTS -)
      else()
        list(APPEND _osp_DEFAULTS "${CMAKE_MATCH_5}")
      endif()
      if(CMAKE_MATCH_3 STREQUAL "FLAG")
        list(APPEND _osp_FLAG ${CMAKE_MATCH_1})
      elseif(CMAKE_MATCH_3 STREQUAL "FLAVORS")
        list(APPEND _osp_MULTI ${CMAKE_MATCH_1})
      else()
        list(APPEND _osp_ONE ${CMAKE_MATCH_1})
      endif()
    endif()
  endforeach()
endmacro()

# Sets <out> to the form a value of <kind> takes, in words (the table's
# OSP_KIND_<KIND>_FORM).
function(_openssl_probe_kind_form out kind)
  _openssl_probe_option_table(_osp_rows)
  get_property(_osp_forms GLOBAL PROPERTY _OpenSSLProbe_OPTION_FORMS)
  set(_osp_form "")
  foreach(_osp_pair IN LISTS _osp_forms)
    if(_osp_pair MATCHES "^${kind}\\|(.*)$")
      set(_osp_form "${CMAKE_MATCH_1}")
    endif()
  endforeach()
  set(${out} "${_osp_form}" PARENT_SCOPE)
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

# Stops naming the value of option <name> (the caller's _osp_<name>, or
# none) that is not of <kind>, and the form <kind> takes.
function(_openssl_probe_option_refused command name kind)
  _openssl_probe_kind_form(_osp_form ${kind})
  if(NOT DEFINED _osp_${name})
    message(FATAL_ERROR "${command}() given ${name} without a value.\n  It takes ${_osp_form}.")
  elseif(DEFINED _osp_from_${name})
    message(FATAL_ERROR "${_osp_from_${name}} ${_osp_form}.")
  endif()
  message(FATAL_ERROR "${command}() given ${name} \"${_osp_${name}}\".\n"
    "  It takes ${_osp_form}.")
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
