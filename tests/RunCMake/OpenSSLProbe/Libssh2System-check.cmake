# The probe answered: CMake's FindOpenSSL never ran.
if(actual_stdout MATCHES "Found OpenSSL")
  string(APPEND RunCMake_TEST_FAILED "FindOpenSSL ran instead of the probe.\n")
endif()
