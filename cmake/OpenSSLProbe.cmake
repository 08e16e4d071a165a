# Distributed under the OSI-approved BSD 3-Clause License.

# OpenSSLProbe: locate an OpenSSL install and prove, at configure time,
# that it can serve a TLS 1.2 client: compile and run a small probe against
# exactly that install, and stop with guidance that leads to a fix when it
# cannot.
#
#   list(APPEND CMAKE_MODULE_PATH "<OpenSSLProbe>/cmake")
#   include(OpenSSLProbe)
#   openssl_probe([MIN_VERSION <version>] ...)     # the requirements: probe/osp_options.h
#   openssl_probe_ruby([RUBY <ruby>] ...)          # the same gate for a Ruby's OpenSSL
#
# The reference (docs/reference.md) is the one description of both
# functions, their result and cache variables, the hints, the targets and
# what every later find_package(OpenSSL) of the configure gets; the map of
# the files below is docs/architecture.md.

include_guard(GLOBAL)

if(CMAKE_VERSION VERSION_LESS 3.25)
  message(FATAL_ERROR
    "OpenSSLProbe needs CMake 3.25 or newer; this is CMake ${CMAKE_VERSION}.")
endif()

# The module is written for the policies of CMake 3.25 to 4.3, whatever the
# caller's cmake_minimum_required says: among them CMP0054 (quoted if()
# arguments are not dereferenced), CMP0057 (IN_LIST), CMP0066/CMP0056
# (try_compile uses the caller's flags) and CMP0125 (find_* honour normal
# variables).
cmake_policy(PUSH)
cmake_policy(VERSION 3.25...4.3)

# The steps, in the order the data flows: locate -> probe -> judge ->
# report -> targets (see docs/architecture.md).  Judge.cmake and
# Guidance.cmake load when a step needs them, not on every configure.
include("${CMAKE_CURRENT_LIST_DIR}/OpenSSLProbe/Json.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/OpenSSLProbe/Options.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/OpenSSLProbe/Locate.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/OpenSSLProbe/Probe.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/OpenSSLProbe/Report.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/OpenSSLProbe/Targets.cmake")
# openssl_probe_ruby() is Ruby.cmake's, read on its first call.
macro(openssl_probe_ruby)
  if(NOT COMMAND _openssl_probe_ruby_check)
    get_property(_OpenSSLProbe_dir GLOBAL PROPERTY _OpenSSLProbe_MODULE_DIR)
    include("${_OpenSSLProbe_dir}/OpenSSLProbe/Ruby.cmake")
    unset(_OpenSSLProbe_dir)
  endif()
  _openssl_probe_ruby_check(${ARGV})
endmacro()
set_property(GLOBAL PROPERTY _OpenSSLProbe_MODULE_DIR "${CMAKE_CURRENT_LIST_DIR}")

# Adds to a passing report in <json_var> why the build's own OpenSSL
# targets made earlier rule the install located in <loc> out
# (_openssl_probe_check_targets); a failure after all gets the whole
# report, not a reused pass's brief.
function(_openssl_probe_check_build_targets json_var loc)
  set(_osp_json "${${json_var}}")
  _openssl_probe_check_targets(_osp_json ${loc})
  if(NOT _osp_json STREQUAL "${${json_var}}")
    string(JSON _osp_kept ERROR_VARIABLE _osp_none GET "${${json_var}}" kept)
    if(NOT _osp_none)
      file(READ "${_osp_kept}" _osp_json)
      _openssl_probe_check_targets(_osp_json ${loc})
    endif()
  endif()
  set(${json_var} "${_osp_json}" PARENT_SCOPE)
endfunction()

# What follows a pass of the install located in <loc> (report <json>):
# the warnings and notes it prints, FindOpenSSL's cache entries, and
# pkg-config's path for the rest of the configure.
function(_openssl_probe_after_pass loc json static quiet)
  _openssl_probe_run_path_warning(${loc} "${static}")
  _openssl_probe_print_messages("${json}" "${quiet}")
  _openssl_probe_write_entries(${loc})
  _openssl_probe_pkg_config_first(${loc})
endfunction()

# The steps of openssl_probe() for a call not made before in this
# configure: locates, probes (or reuses a pass), checks the targets, writes
# the report, and says what it found.  Sets, in the caller's scope, the
# _osp_<field> variables _openssl_probe_remember keeps (_osp_STATIC
# becomes true for an install that holds only archives).
function(_openssl_probe_check)
  cmake_parse_arguments(PARSE_ARGV 0 _osp ""
    "QUIET;STATIC;CRYPTO_ONLY;TIMEOUT;REQUIRE_RUN;TLS;MIN_VERSION;WORK_DIR;REPORT;SEARCH" "POLICY")
  set(_osp_work "${_osp_WORK_DIR}")
  set(_osp_report "${_osp_REPORT}")
  if(NOT _osp_QUIET)
    message(CHECK_START "Checking OpenSSL")
  endif()
  list(APPEND CMAKE_MESSAGE_INDENT "  ")
  _openssl_probe_locate(_osp_loc QUIET ${_osp_QUIET} STATIC ${_osp_STATIC}
    CRYPTO_ONLY ${_osp_CRYPTO_ONLY})
  # An install that holds only archives is probed and linked as STATIC.
  _openssl_probe_archives_only(_osp_archives _osp_loc)
  if(NOT _osp_STATIC AND _osp_archives)
    set(_osp_STATIC TRUE)
    if(NOT _osp_QUIET)
      message(STATUS "${_osp_loc_PREFIX} holds only static libraries: probed and linked as STATIC")
    endif()
  endif()
  foreach(_osp_part IN ITEMS INCLUDE_DIR SSL_LIBRARY CRYPTO_LIBRARY)
    _openssl_probe_plain_path(_osp_loc_USE_${_osp_part}
      "${_osp_loc_${_osp_part}}" "${_osp_work}" ${_osp_part})
  endforeach()
  _openssl_probe_run(_osp_json
    LOCATION _osp_loc
    POLICY ${_osp_POLICY}
    TIMEOUT "${_osp_TIMEOUT}"
    WORK_DIR "${_osp_work}"
    QUIET ${_osp_QUIET}
    REQUIRE_RUN ${_osp_REQUIRE_RUN}
    STATIC ${_osp_STATIC}
    REUSED _osp_reused
    FINGERPRINT _osp_fingerprint)
  if(NOT _osp_reused)
    include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/OpenSSLProbe/Finish.cmake")
    _openssl_probe_finish_report(_osp_json
      LOCATION _osp_loc
      STATIC ${_osp_STATIC}
      POLICY ${_osp_POLICY})
    _openssl_probe_keep("${_osp_work}" "${_osp_fingerprint}" "${_osp_json}")
  endif()
  # The build, not the install: targets of that name made earlier.
  _openssl_probe_json_outline(_osp_out "${_osp_json}")
  if(_osp_out_VERDICT STREQUAL "pass")
    set(_osp_before "${_osp_json}")
    _openssl_probe_check_build_targets(_osp_json _osp_loc)
    if(NOT _osp_json STREQUAL _osp_before)
      _openssl_probe_json_outline(_osp_out "${_osp_json}")
    endif()
  endif()

  list(POP_BACK CMAKE_MESSAGE_INDENT)
  set(_osp_message "")
  set(_osp_why "")
  if(_osp_out_VERDICT STREQUAL "pass")
    string(JSON _osp_summary GET "${_osp_json}" summary)
    if(NOT _osp_QUIET)
      message(CHECK_PASS "${_osp_summary}")
    endif()
    _openssl_probe_after_pass(_osp_loc "${_osp_json}" "${_osp_STATIC}" "${_osp_QUIET}")
  else()
    string(JSON _osp_first GET "${_osp_json}" reasons 0 text)
    if(NOT _osp_QUIET)
      message(CHECK_FAIL "not usable: ${_osp_first}")
    endif()
    if(NOT COMMAND _openssl_probe_failure_message)
      include("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/OpenSSLProbe/Failure.cmake")
    endif()
    _openssl_probe_failure_message(_osp_message _osp_json LOCATION _osp_loc
      MIN_VERSION "${_osp_MIN_VERSION}" TLS "${_osp_TLS}" FILE "${_osp_report}"
      SEARCH "${_osp_SEARCH}" STATIC "${_osp_STATIC}" POLICY ${_osp_POLICY})
    set(_osp_why "openssl_probe() found no usable OpenSSL: ${_osp_first} (see ${_osp_report})")
  endif()

  _openssl_probe_answer_fields(_osp_fields)
  foreach(_osp_field IN LISTS _osp_fields)
    set(_osp_${_osp_field} "${_osp_${_osp_field}}" PARENT_SCOPE)
  endforeach()
endfunction()

# Sets <out> to whether a pass of the install that <state> locates (with
# <static> and <crypto_only> as asked) was shown in this configure: a call
# with other requirements that it meets too says nothing new, nor does one
# for libcrypto alone after the whole install passed.  With SHOW, records
# that it is shown now.
function(_openssl_probe_pass_shown out state static crypto_only)
  string(MD5 _osp_key "${state};${static};${crypto_only}")
  if(ARGN STREQUAL "SHOW")
    set_property(GLOBAL PROPERTY _OpenSSLProbe_SHOWN_${_osp_key} TRUE)
    return()
  endif()
  get_property(_osp_shown GLOBAL PROPERTY _OpenSSLProbe_SHOWN_${_osp_key})
  if(crypto_only AND NOT _osp_shown)
    string(MD5 _osp_key "${state};${static};FALSE")
    get_property(_osp_shown GLOBAL PROPERTY _OpenSSLProbe_SHOWN_${_osp_key})
  endif()
  set(${out} "${_osp_shown}" PARENT_SCOPE)
endfunction()

# Sets <out> to whether a failure of this call searches for an install
# that would pass: one that stops the configure (no <result_variable>, or
# the provider's REQUIRED) unless OPENSSL_PROBE_SEARCH (the variable, else
# the environment variable) is off; one the project handles costs nothing
# more.  (The search's settings are read on every call, so that giving
# them with -D draws no "not used" warning from a configure that passes.)
function(_openssl_probe_search_wanted out result_variable)
  set(_osp_settings "${OPENSSL_PROBE_SEARCH_ROOTS}${OPENSSL_PROBE_SEARCH_TIMEOUT}")
  set(_osp_on "$ENV{OPENSSL_PROBE_SEARCH}")
  if(DEFINED OPENSSL_PROBE_SEARCH)
    set(_osp_on "${OPENSSL_PROBE_SEARCH}")
  endif()
  set(_osp_search FALSE)
  if((NOT result_variable OR _OpenSSLProbe_FAILURE_STOPS) AND (_osp_on STREQUAL "" OR _osp_on))
    set(_osp_search TRUE)
  endif()
  set(${out} ${_osp_search} PARENT_SCOPE)
endfunction()

# Completes the arguments of an openssl_probe() call, held in the caller's
# _osp_<KEYWORD> variables: checks them (each kind of the option table,
# TIMEOUT), fills in TIMEOUT's default, and takes what CMake's own
# variables ask for (CMAKE_REQUIRED_QUIET, OPENSSL_USE_STATIC_LIBS);
# sets _osp_CRYPTO_ONLY where COMPONENTS asks for libcrypto alone.
macro(_openssl_probe_complete_arguments)
  _openssl_probe_check_languages(openssl_probe)
  _openssl_probe_check_options(openssl_probe ${_osp_one_value} ${_osp_multi_value}
    ${_osp_options})
  if(NOT DEFINED _osp_TIMEOUT)
    set(_osp_TIMEOUT 30)
  endif()
  if(NOT _osp_TIMEOUT MATCHES "^[1-9][0-9]*$")
    message(FATAL_ERROR
      "openssl_probe() given TIMEOUT \"${_osp_TIMEOUT}\"; it takes seconds.")
  endif()
  if(CMAKE_REQUIRED_QUIET)
    set(_osp_QUIET TRUE)
  endif()
  if(OPENSSL_USE_STATIC_LIBS)
    set(_osp_STATIC TRUE)
  endif()
  # COMPONENTS as find_package names them; Crypto alone: no TLS claim.
  set(_osp_CRYPTO_ONLY FALSE)
  if(DEFINED _osp_COMPONENTS)
    foreach(_osp_component IN LISTS _osp_COMPONENTS)
      if(NOT _osp_component MATCHES "^(SSL|Crypto)$")
        message(FATAL_ERROR "openssl_probe() given COMPONENTS \"${_osp_component}\"; "
          "it takes SSL and Crypto.")
      endif()
    endforeach()
    if(NOT "SSL" IN_LIST _osp_COMPONENTS)
      set(_osp_CRYPTO_ONLY TRUE)
    endif()
  endif()
endmacro()

function(openssl_probe)
  _openssl_probe_keywords(_osp_options _osp_one_value _osp_multi_value)
  cmake_parse_arguments(PARSE_ARGV 0 _osp "${_osp_options}" "${_osp_one_value}"
    "${_osp_multi_value}")
  set(_osp_report "${CMAKE_BINARY_DIR}/openssl-probe.json")

  # A call that repeats an earlier one of this configure (its arguments,
  # and every variable the outcome depends on) gets that call's outcome,
  # silently: one probe, however many calls and find_package(OpenSSL).
  set(_osp_hit FALSE)
  get_property(_osp_earlier GLOBAL PROPERTY _OpenSSLProbe_PUBLISHED SET)
  if(_osp_earlier)
    _openssl_probe_snapshot(_osp_state _OpenSSLProbe_STATE_CODE _openssl_probe_state_names)
    string(MD5 _osp_key "${ARGV};${_osp_state}")
    _openssl_probe_recall(_osp_hit ${_osp_key})
  endif()
  if(NOT _osp_hit)
    _openssl_probe_complete_arguments()
    # A pass of the same install shown earlier in this configure: a call
    # with other requirements that it meets too says nothing new.
    set(_osp_asked_quiet "${_osp_QUIET}")
    if(_osp_earlier)
      _openssl_probe_pass_shown(_osp_shown "${_osp_state}" "${_osp_STATIC}" "${_osp_CRYPTO_ONLY}")
      if(_osp_shown)
        set(_osp_QUIET TRUE)
      endif()
    endif()
    _openssl_probe_search_wanted(_osp_search "${_osp_RESULT_VARIABLE}")
    _openssl_probe_check(QUIET ${_osp_QUIET} STATIC ${_osp_STATIC} CRYPTO_ONLY ${_osp_CRYPTO_ONLY}
      SEARCH ${_osp_search}
      TIMEOUT ${_osp_TIMEOUT} REQUIRE_RUN ${_osp_REQUIRE_RUN} TLS ${_osp_TLS}
      MIN_VERSION ${_osp_MIN_VERSION} REPORT "${_osp_report}"
      WORK_DIR "${CMAKE_BINARY_DIR}/CMakeFiles/OpenSSLProbe" POLICY ${_osp_POLICY})
    # Kept under the state it leaves (locating fills in entries), which
    # is what the next such call sees.
    _openssl_probe_snapshot(_osp_state _OpenSSLProbe_STATE_CODE _openssl_probe_state_names)
    string(MD5 _osp_key "${ARGV};${_osp_state}")
    _openssl_probe_remember(${_osp_key})
    if(_osp_out_VERDICT STREQUAL "pass" AND NOT _osp_QUIET)
      _openssl_probe_pass_shown(_osp_shown "${_osp_state}" "${_osp_STATIC}" "${_osp_CRYPTO_ONLY}"
        SHOW)
    elseif(NOT _osp_out_VERDICT STREQUAL "pass" AND NOT _osp_asked_quiet AND _osp_QUIET)
      # The install shown passing does not meet this call: say so.
      string(JSON _osp_first GET "${_osp_json}" reasons 0 text)
      message(STATUS "Checking OpenSSL - not usable: ${_osp_first}")
    endif()
  endif()

  set(OpenSSLProbe_REPORT "${_osp_report}")
  set(OpenSSLProbe_FLAVOR "${_osp_out_FLAVOR}")
  set(OpenSSLProbe_OPENSSL_VERSION "${_osp_out_VERSION}")
  set(OpenSSLProbe_REASON_CODES "${_osp_out_CODES}")
  string(COMPARE EQUAL "${_osp_out_VERDICT}" "pass" _osp_pass)
  # Every later find_package(OpenSSL) gets this outcome, and on a pass the
  # targets of the verified install exist from here on; the report file
  # says the same.  A failure (a stricter question a project asks with
  # RESULT_VARIABLE) never replaces the install an earlier call verified.
  # Nor does libcrypto alone replace a whole install that passed.
  get_property(_osp_passed GLOBAL PROPERTY _OpenSSLProbe_PASSED)
  if((_osp_pass AND NOT (_osp_loc_CRYPTO_ONLY AND _osp_passed STREQUAL "whole"))
     OR NOT _osp_passed)
    _openssl_probe_publish(${_osp_key} _osp_loc "${_osp_STATIC}" ${_osp_pass} "${_osp_why}"
      "${_osp_json}" "${_osp_out_FLAVOR}" "${_osp_out_VERSION}")
    _openssl_probe_write_report("${_osp_report}" "${_osp_json}")
    if(_osp_pass AND _osp_loc_CRYPTO_ONLY)
      set_property(GLOBAL PROPERTY _OpenSSLProbe_PASSED libcrypto)
    elseif(_osp_pass)
      set_property(GLOBAL PROPERTY _OpenSSLProbe_PASSED whole)
    endif()
  endif()
  _openssl_probe_outcome(_osp_stop OpenSSLProbe_FOUND ${_osp_pass} "${_osp_message}"
    RESULT_VARIABLE "${_osp_RESULT_VARIABLE}" REASON_VARIABLE "${_osp_REASON_VARIABLE}")
  if(_osp_stop)
    message(FATAL_ERROR "${_osp_message}")
  endif()
  return(PROPAGATE OpenSSLProbe_FOUND OpenSSLProbe_REPORT OpenSSLProbe_FLAVOR
    OpenSSLProbe_OPENSSL_VERSION OpenSSLProbe_REASON_CODES
    ${_osp_RESULT_VARIABLE} ${_osp_REASON_VARIABLE})
endfunction()

cmake_policy(POP)
