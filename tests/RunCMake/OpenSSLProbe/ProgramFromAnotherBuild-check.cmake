# A warning, not a failure: the library is what the build gets.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
check_report_field(OFF openssl_program matches_library)
check_no_other_openssl_advised()
