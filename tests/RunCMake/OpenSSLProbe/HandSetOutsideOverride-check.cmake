include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
# The override is never replaced: nothing outside it was probed.
if(EXISTS "${RunCMake_TEST_BINARY_DIR}/CMakeFiles/OpenSSLProbe/openssl_probe")
  set(RunCMake_TEST_FAILED "A probe was built from files outside the override.\n")
endif()
# The override is valid: the hand-set entry is the cause, not OpenSSL.
check_no_other_openssl_advised()
if(NOT actual_stderr MATCHES "drop the hand-set")
  string(APPEND RunCMake_TEST_FAILED "The message does not name the hand-set entry as the cause.\n")
endif()
