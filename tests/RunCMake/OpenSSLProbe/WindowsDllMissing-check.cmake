include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_no_other_openssl_advised()
