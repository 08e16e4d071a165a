# A second configure with nothing changed reuses the probe's result.
run_cmake_command("${RunCMake_TEST_BINARY_DIR}")
if(NOT actual_result EQUAL 0 OR NOT actual_stdout MATCHES
   "Probe unchanged since the last configure; result reused\n-- Checking OpenSSL - OpenSSL 3")
  set(RunCMake_TEST_FAILED "The second configure did not reuse the result:\n${actual_stdout}\n")
endif()
