include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
check_report_field(OpenSSL,LibreSSL flavors)
check_report_field(3.0 min_version)
