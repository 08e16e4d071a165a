include("${CMAKE_CURRENT_LIST_DIR}/check-release.cmake")
check_report_field(version-too-old reasons 0 code)
check_release(ON)
