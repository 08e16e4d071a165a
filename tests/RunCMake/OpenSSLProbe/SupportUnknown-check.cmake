# BoringSSL has no releases: nothing to say about support, and no note.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(unknown support status)
if(actual_stdout MATCHES "upstream support|affected range")
  string(APPEND RunCMake_TEST_FAILED "A note about support for BoringSSL.\n")
endif()
