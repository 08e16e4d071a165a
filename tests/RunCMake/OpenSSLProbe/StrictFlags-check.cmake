include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)

file(READ "${RunCMake_TEST_BINARY_DIR}/openssl-probe.json" _json)
if(_json MATCHES "dropped_flags")
  string(APPEND RunCMake_TEST_FAILED "The probe needed the project's warning options dropped.\n")
endif()
