# One build of the probe; the call that raised the minimum ran it again.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
string(REGEX MATCHALL "-- +Probing [^\n]*libssl\\.so\n" _builds "${actual_stdout}\n")
string(REGEX MATCHALL "-- +Running the probe built before[^\n]*libssl\\.so\n" _runs "${actual_stdout}\n")
list(LENGTH _builds _builds)
list(LENGTH _runs _runs)
if(NOT _builds EQUAL 1 OR NOT _runs EQUAL 1)
  string(APPEND RunCMake_TEST_FAILED
    "Expected one build and one more run of the probe, got ${_builds} and ${_runs}.\n")
endif()
check_programs_load("${OSP_PREFIX}" sub1/sub1_targets sub5/sub5_variables)
