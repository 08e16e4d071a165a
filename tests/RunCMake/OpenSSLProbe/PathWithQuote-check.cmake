include("${CMAKE_CURRENT_LIST_DIR}/check-path.cmake")
