include("${CMAKE_CURRENT_LIST_DIR}/check-release.cmake")
check_report_field(pass verdict)
check_release(ON)
check_report_field(TLSv1.3 tls1_3 protocol)
