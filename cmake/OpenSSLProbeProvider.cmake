# Distributed under the OSI-approved BSD 3-Clause License.

# OpenSSLProbeProvider: a dependency provider that answers every
# find_package(OpenSSL) of a project with openssl_probe(), for projects
# that are built as they are; the configure command line does it all:
#
#   cmake -S . -B build \
#     -DCMAKE_PROJECT_TOP_LEVEL_INCLUDES=<OpenSSLProbe>/cmake/OpenSSLProbeProvider.cmake \
#     [-DWITH_OPENSSL_DIR=/opt/openssl] [-DOPENSSL_PROBE_MIN_VERSION=1.1.1]
#
# The requirements come from the cache variables OPENSSL_PROBE_<KEYWORD>;
# how each find_package() form is answered is docs/reference.md ("The
# dependency provider").  Needs CMake 3.25 or newer.

include_guard(GLOBAL)
# The module, which includes the steps whose helpers the provider calls
# (Options, Probe), and the version numbers it compares.
include("${CMAKE_CURRENT_LIST_DIR}/OpenSSLProbe.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/OpenSSLProbe/Version.cmake")

# Written for the policies of CMake 3.25 to 4.3, whatever the project's
# cmake_minimum_required says (it may predate IN_LIST and more).
cmake_policy(PUSH)
cmake_policy(VERSION 3.25...4.3)

# CMake calls it for every find_package(); a macro, as CMake's own example
# has it, so that the package's variables land in the caller's scope.
macro(openssl_probe_provide_dependency method package)
  if("${package}" STREQUAL "OpenSSL")
    _openssl_probe_answer_find_package(_OpenSSLProbe_direct ${ARGN})
    # A plain call is answered here, from the answer the probe left
    # (Targets.cmake: openssl-config.cmake, as a macro); any other goes on
    # to find_package's own search, whose first stop is that answer, and
    # which checks versions and components as it checks every package's.
    set(OpenSSL_FOUND FALSE)
    if(_OpenSSLProbe_direct)
      _openssl_probe_answer()
    endif()
    unset(_OpenSSLProbe_direct)
  endif()
endmacro()

# Sets <out> to the names of the OPENSSL_PROBE_<KEYWORD> variables and of
# everything openssl_probe() depends on (see _openssl_probe_snapshot).
function(_openssl_probe_provider_names out)
  _openssl_probe_keywords(_osp_options _osp_one_value _osp_multi_value)
  set(_osp_names "")
  foreach(_osp_keyword IN LISTS _osp_options _osp_one_value _osp_multi_value)
    list(APPEND _osp_names OPENSSL_PROBE_${_osp_keyword})
  endforeach()
  _openssl_probe_state_names(_osp_state)
  set(${out} ${_osp_names} ${_osp_state} PARENT_SCOPE)
endfunction()

# The version <asked> of a find_package(OpenSSL <asked>) raises the
# caller's _osp_MIN_VERSION, and never lowers it.  A fork's release counts
# in its own numbering: without a floor of its own (the caller's
# _osp_MIN_<FORK>_...), find_package compares the OpenSSL release it
# claims, as it does with FindOpenSSL (openssl-config.cmake).
macro(_openssl_probe_raise_minimum asked)
  if(NOT DEFINED _osp_MIN_VERSION)
    _openssl_probe_default_min_version(_osp_MIN_VERSION)
  endif()
  _openssl_probe_version_parse(_osp_asked_key "${asked}")
  _openssl_probe_version_parse(_osp_min_key "${_osp_MIN_VERSION}")
  if(NOT _osp_asked_key STREQUAL "" AND NOT _osp_min_key STREQUAL ""
     AND _osp_asked_key VERSION_GREATER _osp_min_key)
    set(_osp_MIN_VERSION "${asked}")
    foreach(_osp_floor IN ITEMS MIN_LIBRESSL_VERSION MIN_AWSLC_VERSION MIN_BORINGSSL_API)
      if(NOT DEFINED _osp_${_osp_floor})
        set(_osp_${_osp_floor} 0)
      endif()
    endforeach()
  endif()
endmacro()

# Runs openssl_probe() for find_package(OpenSSL <ARGN>), with the
# requirements of the OPENSSL_PROBE_<KEYWORD> variables and the version
# asked for.  Stops the configure only for REQUIRED.  Sets <out_direct> to
# true when the answer is a pass and the call asks for nothing more
# (no version, no components), so the caller can load it itself.
function(_openssl_probe_answer_find_package out_direct)
  # The same call as the one the answer is left for (its arguments, the
  # OPENSSL_PROBE_<KEYWORD> variables, and what openssl_probe() reads)
  # finds that answer as it is: nothing to do.
  _openssl_probe_snapshot(_osp_state _OpenSSLProbe_PROVIDER_CODE _openssl_probe_provider_names)
  get_property(_osp_answered GLOBAL PROPERTY _OpenSSLProbe_PROVIDED)
  get_property(_osp_published GLOBAL PROPERTY _OpenSSLProbe_PUBLISHED)
  if(_osp_answered STREQUAL "${ARGN};${_osp_state};${_osp_published}")
    get_property(_osp_direct GLOBAL PROPERTY _OpenSSLProbe_PROVIDED_DIRECT)
    set(${out_direct} ${_osp_direct} PARENT_SCOPE)
    return()
  endif()

  _openssl_probe_keywords(_osp_options _osp_one_value _osp_multi_value)
  cmake_parse_arguments(PARSE_ARGV 1 _osp_find "EXACT;QUIET;REQUIRED" ""
    "COMPONENTS;OPTIONAL_COMPONENTS")
  set(_osp_asked "")
  set(_osp_first "${ARGV1}")
  if(_osp_first MATCHES "^([0-9][^.]*(\\.[0-9]+)*)(\\.\\.\\.<?(.*))?$")
    set(_osp_asked "${CMAKE_MATCH_1}")
  endif()

  list(REMOVE_ITEM _osp_one_value RESULT_VARIABLE REASON_VARIABLE)
  list(REMOVE_ITEM _osp_multi_value COMPONENTS)
  set(_osp_args "")
  foreach(_osp_keyword IN LISTS _osp_options)
    if(OPENSSL_PROBE_${_osp_keyword})
      list(APPEND _osp_args ${_osp_keyword})
    endif()
  endforeach()
  if(_osp_find_QUIET AND NOT "QUIET" IN_LIST _osp_args)
    list(APPEND _osp_args QUIET)
  endif()
  foreach(_osp_keyword IN LISTS _osp_one_value _osp_multi_value)
    if(NOT "${OPENSSL_PROBE_${_osp_keyword}}" STREQUAL "")
      set(_osp_${_osp_keyword} "${OPENSSL_PROBE_${_osp_keyword}}")
    endif()
  endforeach()
  _openssl_probe_raise_minimum("${_osp_asked}")
  # COMPONENTS Crypto alone gets a verdict on libcrypto (no TLS claim);
  # where an install passed whole already, its answer serves as it is.
  set(_osp_wanted ${_osp_find_COMPONENTS} ${_osp_find_OPTIONAL_COMPONENTS})
  list(REMOVE_ITEM _osp_wanted Crypto)
  if((_osp_find_COMPONENTS OR _osp_find_OPTIONAL_COMPONENTS) AND NOT _osp_wanted)
    get_property(_osp_passed GLOBAL PROPERTY _OpenSSLProbe_PASSED)
    if(_osp_passed STREQUAL "whole")
      set(${out_direct} FALSE PARENT_SCOPE)
      return()
    endif()
    set(_osp_COMPONENTS Crypto)
  endif()
  foreach(_osp_keyword IN LISTS _osp_one_value _osp_multi_value ITEMS COMPONENTS)
    if(DEFINED _osp_${_osp_keyword})
      list(APPEND _osp_args ${_osp_keyword} ${_osp_${_osp_keyword}})
    endif()
  endforeach()

  set(_OpenSSLProbe_FAILURE_STOPS ${_osp_find_REQUIRED}) # then a failure searches
  openssl_probe(${_osp_args} RESULT_VARIABLE _osp_pass REASON_VARIABLE _osp_reason)
  # Under the state the call leaves, which the next such call sees.
  _openssl_probe_snapshot(_osp_state _OpenSSLProbe_PROVIDER_CODE _openssl_probe_provider_names)
  get_property(_osp_published GLOBAL PROPERTY _OpenSSLProbe_PUBLISHED)
  set(_osp_call "${ARGN}")
  list(REMOVE_ITEM _osp_call REQUIRED QUIET)
  set(_osp_direct FALSE)
  if(_osp_pass AND NOT _osp_call)
    set(_osp_direct TRUE)
  endif()
  set_property(GLOBAL PROPERTY _OpenSSLProbe_PROVIDED "${ARGN};${_osp_state};${_osp_published}")
  set_property(GLOBAL PROPERTY _OpenSSLProbe_PROVIDED_DIRECT ${_osp_direct})
  set(${out_direct} ${_osp_direct} PARENT_SCOPE)
  if(NOT _osp_pass AND _osp_find_REQUIRED)
    list(JOIN ARGN " " _osp_shown)
    string(STRIP "${_osp_reason}" _osp_reason)
    message(FATAL_ERROR "${_osp_reason}\n"
      "  Asked for by find_package(OpenSSL ${_osp_shown}) in ${CMAKE_CURRENT_LIST_FILE},\n"
      "  answered by OpenSSLProbeProvider (CMAKE_PROJECT_TOP_LEVEL_INCLUDES).")
  endif()
endfunction()

cmake_language(SET_DEPENDENCY_PROVIDER openssl_probe_provide_dependency
  SUPPORTED_METHODS FIND_PACKAGE)

cmake_policy(POP)
