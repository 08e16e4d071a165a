include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field("${OSP_PREFIX}" override)
check_report_field(pass verdict)
