if(EXISTS "${RunCMake_TEST_BINARY_DIR}/osp-pwned")
  set(RunCMake_TEST_FAILED "A command hidden in MIN_VERSION was executed.\n")
endif()
