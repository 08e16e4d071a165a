# FindOpenSSL's hints, the exact files of the split layout, pass.
if(NOT actual_stderr MATCHES "\n +cmake -S [^\n]* -B [^\n ]+ (-DOPENSSL_INCLUDE_DIR=[^\n ]+) (-DOPENSSL_CRYPTO_LIBRARY=[^\n ]+) (-DOPENSSL_SSL_LIBRARY=[^\n ]+)\n")
  set(RunCMake_TEST_FAILED "no command to switch to the split layout\n")
  return()
endif()
run_case_cmake("${RunCMake_TEST_BINARY_DIR}" "${CMAKE_MATCH_1}" "${CMAKE_MATCH_2}" "${CMAKE_MATCH_3}")
if(NOT actual_result EQUAL 0 OR NOT actual_stdout MATCHES "Checking OpenSSL - OpenSSL 3\\.5\\.")
  set(RunCMake_TEST_FAILED "the command it gave did not pass (${actual_result}):\n${actual_stdout}\n${actual_stderr}\n")
endif()
