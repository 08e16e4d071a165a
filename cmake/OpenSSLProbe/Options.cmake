# Distributed under the OSI-approved BSD 3-Clause License.
#
# The arguments openssl_probe() and openssl_probe_ruby() have in common.

include_guard(GLOBAL)
include("${CMAKE_CURRENT_LIST_DIR}/Judge.cmake")

# Checks the options openssl_probe() and openssl_probe_ruby() share, held
# in the caller's _osp_<OPTION> variables, and fills in their defaults:
# MIN_VERSION 1.0.1, TLS 1.2.  <command> names the caller in messages.
function(_openssl_probe_check_options command)
  if(_osp_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR
      "${command}() given unknown arguments: ${_osp_UNPARSED_ARGUMENTS}\n"
      "  It takes ${ARGN}.")
  endif()
  if(NOT DEFINED _osp_MIN_VERSION)
    set(_osp_MIN_VERSION "1.0.1")
  endif()
  # The forms the probe's judge accepts (osp_version_parse), no others.
  _openssl_probe_version_parse(_osp_parsed "${_osp_MIN_VERSION}")
  if(_osp_parsed STREQUAL "")
    message(FATAL_ERROR
      "${command}() given MIN_VERSION \"${_osp_MIN_VERSION}\".\n"
      "  It takes a version as OpenSSL numbers its releases: 1.0.1, 1.1.1w, 3.0.")
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
  set(_osp_MIN_VERSION "${_osp_MIN_VERSION}" PARENT_SCOPE)
  set(_osp_TLS "${_osp_TLS}" PARENT_SCOPE)
endfunction()
