include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
check_report_field(1.0.1 min_version)
