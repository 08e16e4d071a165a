# Helpers for the caching cases.

# Re-configures the case's build directory with extra arguments; fails the
# case unless the probe ran again (<expect> is RAN) or was reused (REUSED).
function(reconfigure_expect expect)
  run_case_cmake("${RunCMake_TEST_BINARY_DIR}" ${ARGN})
  set(_reused "Probe unchanged since the last configure; result reused")
  if(expect STREQUAL "RAN" AND actual_stdout MATCHES "${_reused}")
    string(APPEND RunCMake_TEST_FAILED "Configure with [${ARGN}] reused the old result.\n")
  elseif(expect STREQUAL "REUSED" AND NOT actual_stdout MATCHES "${_reused}")
    string(APPEND RunCMake_TEST_FAILED "Configure with [${ARGN}] probed again.\n")
  endif()
  set(RunCMake_TEST_FAILED "${RunCMake_TEST_FAILED}" PARENT_SCOPE)
  set(actual_stdout "${actual_stdout}" PARENT_SCOPE)
  set(actual_stderr "${actual_stderr}" PARENT_SCOPE)
  set(actual_result "${actual_result}" PARENT_SCOPE)
endfunction()
