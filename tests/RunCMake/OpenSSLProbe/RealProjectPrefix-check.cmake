# A real project's library that links OpenSSL, built unmodified, loads the
# install the build was pointed at; FindOpenSSL never ran.  (What the
# project prints on stderr is its own: -stderr.txt lets it be.)
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
# A project that also asks pkg-config (OSP_PKG_CONFIG) is told that
# pkg-config gives it the system's OpenSSL, and which of its targets link
# it by name; nothing else is said.
string(REPLACE "OpenSSLProbe: pkg-config gave this build another OpenSSL" "" _rest "${actual_stderr}")
string(REPLACE "OpenSSLProbe: targets of this build link OpenSSL by name" "" _rest "${_rest}")
if(actual_stdout MATCHES "Found OpenSSL" OR _rest MATCHES "OpenSSLProbe: ")
  string(APPEND RunCMake_TEST_FAILED "FindOpenSSL ran instead of the probe, or the module spoke up.\n")
endif()
if(OSP_PKG_CONFIG AND _rest STREQUAL actual_stderr)
  string(APPEND RunCMake_TEST_FAILED "The project's pkg-config answer was not named.\n")
elseif(NOT OSP_PKG_CONFIG AND NOT _rest STREQUAL actual_stderr)
  string(APPEND RunCMake_TEST_FAILED "A pkg-config answer was named where the project asks none.\n")
endif()
check_programs_load("${OSP_PREFIX}" "${OSP_FILE}" TARGET "${OSP_TARGET}")
