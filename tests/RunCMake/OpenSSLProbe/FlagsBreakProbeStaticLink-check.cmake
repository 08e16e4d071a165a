include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(static-link-of-shared reasons 0 code)
check_report_length(1 reasons)
if(actual_stderr MATCHES "Upgrade|padding struct")
  string(APPEND RunCMake_TEST_FAILED
    "The message blames OpenSSL or quotes the warning the retry left behind.\n")
endif()
