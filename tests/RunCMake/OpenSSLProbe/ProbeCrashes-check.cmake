include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(fail verdict)
check_report_field(OFF library_loaded)
