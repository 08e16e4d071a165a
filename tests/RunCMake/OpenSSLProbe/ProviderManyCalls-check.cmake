# One build of the probe, and one verdict printed: the call that raised
# the minimum ran the probe again, silently, as the install shown passing
# meets it too.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
string(REGEX MATCHALL "-- +Probing [^\n]*libssl\\.so\n" _builds "${actual_stdout}\n")
string(REGEX MATCHALL "-- Checking OpenSSL - OpenSSL [^\n]*\n" _verdicts "${actual_stdout}\n")
string(REGEX MATCHALL "-- +Running the probe built before[^\n]*libssl\\.so\n" _runs "${actual_stdout}\n")
list(LENGTH _builds _builds)
list(LENGTH _verdicts _verdicts)
list(LENGTH _runs _runs)
if(NOT _builds EQUAL 1 OR NOT _verdicts EQUAL 1 OR NOT _runs EQUAL 0)
  string(APPEND RunCMake_TEST_FAILED
    "Expected one build, one verdict and no other run shown, got ${_builds}, ${_verdicts} and ${_runs}.\n")
endif()
check_programs_load("${OSP_PREFIX}" sub1/sub1_targets sub5/sub5_variables)
