include("${CMAKE_CURRENT_LIST_DIR}/StaticPrefix-check.cmake")
