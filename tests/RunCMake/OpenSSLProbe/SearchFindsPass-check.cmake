# The command it leads with switches this build directory to an install
# that passes.
if(NOT actual_stderr MATCHES "\n +cmake -S [^\n]* -B [^\n ]+ (-DWITH_OPENSSL_DIR=[^\n]+)\n")
  set(RunCMake_TEST_FAILED "no command to switch to the install that passes\n")
  return()
endif()
run_case_cmake("${RunCMake_TEST_BINARY_DIR}" "${CMAKE_MATCH_1}")
if(NOT actual_result EQUAL 0 OR NOT actual_stdout MATCHES "Checking OpenSSL - OpenSSL 3\\.6\\.")
  set(RunCMake_TEST_FAILED "the command it gave did not pass (${actual_result}):\n${actual_stdout}\n${actual_stderr}\n")
endif()
