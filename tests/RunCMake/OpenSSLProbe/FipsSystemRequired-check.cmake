include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(fips-unavailable reasons 0 code)
check_no_other_openssl_advised()
