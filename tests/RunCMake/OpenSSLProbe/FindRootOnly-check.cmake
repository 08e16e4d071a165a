if(actual_stderr MATCHES "Upgrade")
  string(APPEND RunCMake_TEST_FAILED "An empty sysroot is blamed on OpenSSL.\n")
endif()
