if(actual_stderr MATCHES "Upgrade the system")
  string(APPEND RunCMake_TEST_FAILED "A layout problem is blamed on OpenSSL's version.\n")
endif()
