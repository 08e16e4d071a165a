# Cross-compiling without an emulator: the release is judged from its
# headers, read out of the probe binary.
include("${CMAKE_CURRENT_LIST_DIR}/check-release.cmake")
check_report_field(pass verdict)
check_report_field(OFF library_loaded)
check_release(OFF)
