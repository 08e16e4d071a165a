# The verdict, not a compiler error, is the answer.
if(actual_stderr MATCHES "error:|undefined reference")
  set(RunCMake_TEST_FAILED "Compiler output reached the user.\n")
endif()
