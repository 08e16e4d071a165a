# The first configure (the system's OpenSSL) leaves FindOpenSSL's cache
# entries; a later override is followed, not those entries.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
if(NOT actual_stdout MATCHES "-- result: entry=\\[/usr/lib/[^]]*/libssl\\.so\\]")
  string(APPEND RunCMake_TEST_FAILED "No OPENSSL_SSL_LIBRARY entry for the system's libssl:\n${actual_stdout}\n")
endif()
run_case_cmake("${RunCMake_TEST_BINARY_DIR}" "-DWITH_OPENSSL_DIR=${OSP_PREFIX}")
if(NOT actual_result EQUAL 0)
  string(APPEND RunCMake_TEST_FAILED "The override was not followed:\n${actual_stderr}\n")
endif()
check_report_field("${OSP_PREFIX}/include" include_dir)
if(NOT actual_stdout MATCHES "-- result: entry=\\[${OSP_PREFIX}/lib64/libssl\\.so\\]")
  string(APPEND RunCMake_TEST_FAILED "OPENSSL_SSL_LIBRARY does not follow the override:\n${actual_stdout}\n")
endif()
