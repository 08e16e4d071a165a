include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(2 min_security_level)
check_report_field(2 configuration security_level)
