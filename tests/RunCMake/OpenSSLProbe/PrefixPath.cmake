# An install named by CMAKE_PREFIX_PATH, with its libraries in lib64/,
# lib/ or lib/<multiarch>: headers and libraries both come from it, the
# files CMake's FindOpenSSL finds (the -check.cmake runs that too).
include(${CMAKE_CURRENT_LIST_DIR}/results.cmake)
osp_probe_unless_stock()
find_package(OpenSSL REQUIRED)
message(STATUS "result: OPENSSL_INCLUDE_DIR=[${OPENSSL_INCLUDE_DIR}]")
message(STATUS "result: OPENSSL_SSL_LIBRARY=[${OPENSSL_SSL_LIBRARY}]")
message(STATUS "result: OPENSSL_CRYPTO_LIBRARY=[${OPENSSL_CRYPTO_LIBRARY}]")
add_executable(app "${CMAKE_CURRENT_LIST_DIR}/app.c")
target_link_libraries(app PRIVATE OpenSSL::SSL)
