# A warning, not a failure; the report names what was looked for.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
check_report_field(/nonexistent/cert.pem trust_store file)
check_report_field(OFF trust_store file_exists)
check_report_field(OFF trust_store dir_exists)
