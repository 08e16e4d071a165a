# The library that loaded lies in the awkwardly named prefix, and the
# consumer builds and runs against it.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
file(READ "${RunCMake_TEST_BINARY_DIR}/openssl-probe.json" _json)
string(JSON _loaded GET "${_json}" library_path)
# The override as the case's cache holds it (it may contain a ';').
file(STRINGS "${RunCMake_TEST_BINARY_DIR}/CMakeCache.txt" _entry
  REGEX "^WITH_OPENSSL_DIR:")
string(REGEX REPLACE "^WITH_OPENSSL_DIR:[A-Z]+=" "" _override "${_entry}")
string(REPLACE "\\;" ";" _override "${_override}")
file(REAL_PATH "${_override}" _prefix)
string(LENGTH "${_prefix}/" _n)
string(SUBSTRING "${_loaded}" 0 ${_n} _head)
if(NOT _head STREQUAL "${_prefix}/")
  string(APPEND RunCMake_TEST_FAILED "libssl loaded from ${_loaded}, not from ${_prefix}.\n")
endif()
check_app_runs("^OpenSSL 3\\.")
