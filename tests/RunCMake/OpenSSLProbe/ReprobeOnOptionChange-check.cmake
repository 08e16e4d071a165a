# MIN_VERSION is an input: changing it re-probes, and the failure it causes
# is gone as soon as it is changed back, with the pass kept for it.
include("${CMAKE_CURRENT_LIST_DIR}/check-reprobe.cmake")
reconfigure_expect(RAN -DOSP_CASE_MIN=9.0)
if(NOT actual_stdout MATCHES "MIN_VERSION 9\\.0: ok=\\[FALSE\\]")
  string(APPEND RunCMake_TEST_FAILED "MIN_VERSION 9.0 did not fail.\n")
endif()
reconfigure_expect(REUSED -DOSP_CASE_MIN=1.0.1)
if(NOT actual_stdout MATCHES "MIN_VERSION 1\\.0\\.1: ok=\\[TRUE\\]")
  string(APPEND RunCMake_TEST_FAILED "Back at MIN_VERSION 1.0.1 it did not pass.\n")
endif()
reconfigure_expect(REUSED)
# A failure is never kept.
reconfigure_expect(RAN -DOSP_CASE_MIN=9.0)
