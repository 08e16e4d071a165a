include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(fail verdict)
check_report_field(9.0 min_version)
check_report_match("^found OpenSSL 3\\.[0-9.]+, need 9\\.0 or newer$" reasons 0)
