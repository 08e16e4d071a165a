include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_same_as_stock()
