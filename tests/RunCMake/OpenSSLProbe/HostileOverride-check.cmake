# The path was only ever data: nothing in it ran.
if(EXISTS "${RunCMake_TEST_BINARY_DIR}/osp-pwned")
  set(RunCMake_TEST_FAILED "A command hidden in the path was executed.\n")
endif()
