if(actual_stderr MATCHES "Upgrade|crashed")
  string(APPEND RunCMake_TEST_FAILED "A noexec build directory is blamed on OpenSSL.\n")
endif()
