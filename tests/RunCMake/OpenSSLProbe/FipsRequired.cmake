include(OpenSSLProbe)
openssl_probe(REQUIRE_FIPS)
add_executable(app "${CMAKE_CURRENT_LIST_DIR}/fips_app.c")
target_link_libraries(app PRIVATE OpenSSL::SSL)
