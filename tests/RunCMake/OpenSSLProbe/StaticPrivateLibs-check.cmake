include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_app_runs("^OpenSSL 3\\.")
