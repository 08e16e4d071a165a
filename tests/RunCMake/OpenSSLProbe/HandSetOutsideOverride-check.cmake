# The override is never replaced: nothing outside it was probed.
if(EXISTS "${RunCMake_TEST_BINARY_DIR}/CMakeFiles/OpenSSLProbe/openssl_probe")
  set(RunCMake_TEST_FAILED "A probe was built from files outside the override.\n")
endif()
