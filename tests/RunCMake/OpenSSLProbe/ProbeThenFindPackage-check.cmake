# Every program, however it links, loads the prefix's libssl.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_programs_load("${OSP_PREFIX}" app sub/sub_targets sub/sub_variables)
