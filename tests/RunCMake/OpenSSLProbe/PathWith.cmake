include(OpenSSLProbe)
openssl_probe()
add_executable(app "${CMAKE_CURRENT_LIST_DIR}/app.c")
target_link_libraries(app PRIVATE OpenSSL::SSL)
# The variables a find_package(OpenSSL) gets carry the path intact too.
find_package(OpenSSL REQUIRED)
add_executable(app_variables "${CMAKE_CURRENT_LIST_DIR}/app.c")
target_include_directories(app_variables PRIVATE ${OPENSSL_INCLUDE_DIR})
target_link_libraries(app_variables PRIVATE ${OPENSSL_LIBRARIES})
