# Changing WITH_OPENSSL_DIR on an existing build directory switches to the
# new install in that same configure, and a failure is not kept once the
# override points at a good install again.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field("${OSP_PREFIX}" override)
check_report_field(pass verdict)
run_case_cmake("${RunCMake_TEST_BINARY_DIR}" "-DWITH_OPENSSL_DIR=${OSP_PREFIX_NO_TLS12}")
if(NOT actual_result EQUAL 1 OR NOT actual_stderr MATCHES "OPENSSL_NO_TLS1_2")
  string(APPEND RunCMake_TEST_FAILED
    "Switching to the no-tls1_2 install did not fail on TLS 1.2 (exit ${actual_result}).\n")
endif()
check_report_field("${OSP_PREFIX_NO_TLS12}" override)
check_report_match("no-tls1_2" include_dir)
run_case_cmake("${RunCMake_TEST_BINARY_DIR}" "-DWITH_OPENSSL_DIR=${OSP_PREFIX}")
if(NOT actual_result EQUAL 0)
  string(APPEND RunCMake_TEST_FAILED
    "Switching back to the good install did not pass:\n${actual_stderr}\n")
endif()
check_report_field(pass verdict)
check_report_field("${OSP_PREFIX}/include" include_dir)
