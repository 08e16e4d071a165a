include(OpenSSLProbe)
openssl_probe()
add_executable(app "${CMAKE_CURRENT_LIST_DIR}/app.c")
target_link_libraries(app PRIVATE OpenSSL::SSL)
