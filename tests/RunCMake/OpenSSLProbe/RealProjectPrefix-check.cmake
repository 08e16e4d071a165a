# A real project's library that links OpenSSL, built unmodified, loads the
# install the build was pointed at; FindOpenSSL never ran.  (What the
# project prints on stderr is its own: -stderr.txt lets it be.)
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
if(actual_stdout MATCHES "Found OpenSSL" OR actual_stderr MATCHES "OpenSSLProbe: ")
  string(APPEND RunCMake_TEST_FAILED "FindOpenSSL ran instead of the probe, or the module spoke up.\n")
endif()
check_programs_load("${OSP_PREFIX}" "${OSP_FILE}" TARGET "${OSP_TARGET}")
