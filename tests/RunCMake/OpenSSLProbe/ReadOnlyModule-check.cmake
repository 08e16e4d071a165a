# The module and the consumer's source ran from a read-only copy, and the
# configure wrote nothing there: the copy holds exactly the files, with
# exactly the times, it held when it was made.
include("${CMAKE_CURRENT_LIST_DIR}/manifest.cmake")
osp_manifest(_now "${OSP_MODULE_COPY}")
file(READ "${OSP_MODULE_MANIFEST}" _then)
if(NOT _now STREQUAL _then)
  string(APPEND RunCMake_TEST_FAILED
    "The read-only copy changed.\nBefore:\n${_then}\nAfter:\n${_now}\n")
endif()
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
