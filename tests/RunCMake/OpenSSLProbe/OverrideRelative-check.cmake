include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
file(REAL_PATH "${OSP_PREFIX}" _prefix)
check_report_match("^${_prefix}/lib64/libssl" library_path)
