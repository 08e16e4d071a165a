include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
# Nothing was probed: neither the hint nor the override was taken alone.
if(EXISTS "${RunCMake_TEST_BINARY_DIR}/CMakeFiles/OpenSSLProbe/openssl_probe")
  set(RunCMake_TEST_FAILED "A probe was built from files of two installs.\n")
endif()
check_no_other_openssl_advised()
