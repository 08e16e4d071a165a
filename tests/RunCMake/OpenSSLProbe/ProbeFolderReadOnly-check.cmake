if(actual_stderr MATCHES "Upgrade")
  string(APPEND RunCMake_TEST_FAILED "A read-only build directory is blamed on OpenSSL.\n")
endif()
