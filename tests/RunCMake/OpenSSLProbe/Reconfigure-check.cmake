# A second configure with nothing changed reuses the result: the probe is
# neither rebuilt nor run again.
include("${CMAKE_CURRENT_LIST_DIR}/check-reprobe.cmake")
set(_exe "${RunCMake_TEST_BINARY_DIR}/CMakeFiles/OpenSSLProbe/openssl_probe")
file(TIMESTAMP "${_exe}" _before "%s")
execute_process(COMMAND "${CMAKE_COMMAND}" -E sleep 1.1)
reconfigure_expect(REUSED)
file(TIMESTAMP "${_exe}" _after "%s")
if(NOT _before STREQUAL _after)
  string(APPEND RunCMake_TEST_FAILED "The probe was rebuilt.\n")
endif()
if(NOT actual_result EQUAL 0 OR NOT actual_stdout MATCHES
   "result reused\n-- Checking OpenSSL - OpenSSL 3")
  string(APPEND RunCMake_TEST_FAILED "The second configure did not pass:\n${actual_stdout}\n")
endif()
