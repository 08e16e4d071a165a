# Distributed under the OSI-approved BSD 3-Clause License.
#
# The arguments openssl_probe() and openssl_probe_ruby() have in common.

include_guard(GLOBAL)

# Loads OptionKinds.cmake, the parser of the table and the checks of each
# kind, where a configure needs them: the table changed, a value was given,
# or an argument is refused.  Called from this file's functions, whose
# folder it is in.
macro(_openssl_probe_option_kinds)
  if(NOT COMMAND _openssl_probe_kind_accepts)
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/OptionKinds.cmake")
  endif()
endmacro()

# Sets <out> to the requirements' table, probe/osp_options.h, as the
# module reads it: one row "KEYWORD|flag|KIND|report|default|required|needs_run"
# each (see there), in the table's order.  Read once per configure, and
# parsed only when the file changed: the rows, each kind's form
# (_openssl_probe_kind_form) and the keywords by kind
# (_openssl_probe_keywords) are kept in the cache.
function(_openssl_probe_option_table out)
  get_property(_osp_rows GLOBAL PROPERTY _OpenSSLProbe_OPTION_ROWS)
  if(_osp_rows)
    set(${out} "${_osp_rows}" PARENT_SCOPE)
    return()
  endif()
  get_filename_component(_osp_file
    "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/../../probe/osp_options.h" ABSOLUTE)
  file(MD5 "${_osp_file}" _osp_md5)
  set(_osp_names ROWS FORMS FLAG ONE MULTI NAMES FLAGS KINDS DEFAULTS)
  if(NOT "$CACHE{_OpenSSLProbe_OPTIONS_MD5}" STREQUAL _osp_md5)
    _openssl_probe_option_kinds()
    _openssl_probe_parse_options("${_osp_file}")
    if(NOT CMAKE_SCRIPT_MODE_FILE)
      foreach(_osp_name IN LISTS _osp_names)
        set(_OpenSSLProbe_OPTIONS_${_osp_name} "${_osp_${_osp_name}}" CACHE INTERNAL "")
      endforeach()
      set(_OpenSSLProbe_OPTIONS_MD5 "${_osp_md5}" CACHE INTERNAL "")
    endif()
  else()
    foreach(_osp_name IN LISTS _osp_names)
      set(_osp_${_osp_name} "$CACHE{_OpenSSLProbe_OPTIONS_${_osp_name}}")
    endforeach()
  endif()
  foreach(_osp_name IN LISTS _osp_names)
    set_property(GLOBAL PROPERTY _OpenSSLProbe_OPTION_${_osp_name} "${_osp_${_osp_name}}")
  endforeach()
  set(${out} "${_osp_ROWS}" PARENT_SCOPE)
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
  get_property(_osp_names GLOBAL PROPERTY _OpenSSLProbe_OPTION_NAMES)
  get_property(_osp_defaults GLOBAL PROPERTY _OpenSSLProbe_OPTION_DEFAULTS)
  list(FIND _osp_names MIN_VERSION _osp_at)
  list(GET _osp_defaults ${_osp_at} _osp_default)
  set(${out} "${_osp_default}" PARENT_SCOPE)
endfunction()

# Sets the caller's <prefix>_<KEYWORD> to the value the policy (ARGN, the
# requirements as probe arguments: --<flag> <value>...) gives each
# requirement of the table, or leaves it undefined.
macro(_openssl_probe_policy_values prefix)
  _openssl_probe_option_table(_osp_pv_rows)
  get_property(_osp_pv_names GLOBAL PROPERTY _OpenSSLProbe_OPTION_NAMES)
  get_property(_osp_pv_flags GLOBAL PROPERTY _OpenSSLProbe_OPTION_FLAGS)
  list(TRANSFORM _osp_pv_flags PREPEND "--" OUTPUT_VARIABLE _osp_pv_args)
  cmake_parse_arguments(_osp_pv "" "${_osp_pv_args}" "" ${ARGN})
  foreach(_osp_pv_name _osp_pv_flag IN ZIP_LISTS _osp_pv_names _osp_pv_flags)
    if(DEFINED _osp_pv_--${_osp_pv_flag})
      set(${prefix}_${_osp_pv_name} "${_osp_pv_--${_osp_pv_flag}}")
    endif()
  endforeach()
endmacro()

# Sets <out_options>, <out_one_value> and <out_multi_value> to the keywords
# openssl_probe() takes, as cmake_parse_arguments takes them: the table's
# requirements (a FLAG an option, FLAVORS a list), and the module's own.
# Its parsing, its messages and the dependency provider's
# OPENSSL_PROBE_<KEYWORD> variables are made from them.
function(_openssl_probe_keywords out_options out_one_value out_multi_value)
  _openssl_probe_option_table(_osp_rows)
  get_property(_osp_flag GLOBAL PROPERTY _OpenSSLProbe_OPTION_FLAG)
  get_property(_osp_one GLOBAL PROPERTY _OpenSSLProbe_OPTION_ONE)
  get_property(_osp_multi GLOBAL PROPERTY _OpenSSLProbe_OPTION_MULTI)
  set(${out_options} QUIET REQUIRE_RUN STATIC ${_osp_flag} PARENT_SCOPE)
  set(${out_one_value} ${_osp_one} RESULT_VARIABLE REASON_VARIABLE TIMEOUT PARENT_SCOPE)
  set(${out_multi_value} ${_osp_multi} COMPONENTS PARENT_SCOPE)
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
    _openssl_probe_option_kinds()
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
  foreach(_osp_column IN ITEMS NAMES FLAGS KINDS DEFAULTS)
    get_property(_osp_${_osp_column} GLOBAL PROPERTY _OpenSSLProbe_OPTION_${_osp_column})
  endforeach()
  set(_osp_policy "")
  foreach(_osp_name _osp_FLAG _osp_KIND _osp_DEFAULT
          IN ZIP_LISTS _osp_NAMES _osp_FLAGS _osp_KINDS _osp_DEFAULTS)
    if(_osp_KIND STREQUAL "FLAG")
      if(_osp_${_osp_name})
        list(APPEND _osp_policy --${_osp_FLAG} 1)
      endif()
      continue()
    endif()
    set(_osp_ok TRUE)
    if(_osp_name IN_LIST _osp_KEYWORDS_MISSING_VALUES)
      set(_osp_ok FALSE)
    elseif(DEFINED _osp_${_osp_name})
      _openssl_probe_option_kinds()
      _openssl_probe_kind_accepts(_osp_ok ${_osp_KIND} "${_osp_${_osp_name}}")
    elseif(NOT _osp_DEFAULT STREQUAL "-")
      set(_osp_${_osp_name} "${_osp_DEFAULT}")
    elseif(_osp_name STREQUAL "TODAY")
      # Today, not SOURCE_DATE_EPOCH, which string(TIMESTAMP) would take
      # (package builds set it to the source's date).
      set(_osp_epoch "$ENV{SOURCE_DATE_EPOCH}")
      unset(ENV{SOURCE_DATE_EPOCH})
      string(TIMESTAMP _osp_TODAY "%Y-%m-%d" UTC)
      if(NOT _osp_epoch STREQUAL "")
        set(ENV{SOURCE_DATE_EPOCH} "${_osp_epoch}")
      endif()
    endif()
    if(NOT _osp_ok)
      _openssl_probe_option_kinds()
      _openssl_probe_option_refused(${command} ${_osp_name} ${_osp_KIND})
    endif()
    if(DEFINED _osp_${_osp_name})
      string(REPLACE ";" "," _osp_value "${_osp_${_osp_name}}")
      list(APPEND _osp_policy --${_osp_FLAG} "${_osp_value}")
    endif()
  endforeach()
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
