include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(fips-not-installed reasons 0 code)
check_report_field(OFF fips installed)
check_no_other_openssl_advised()
