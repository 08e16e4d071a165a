# A static install whose libcrypto.pc names what its archives call into
# (Libs.private): the targets and the variables link those too.
include(OpenSSLProbe)
openssl_probe(STATIC)
get_target_property(_links OpenSSL::Crypto INTERFACE_LINK_LIBRARIES)
message(STATUS "OpenSSL::Crypto links: ${_links}")
find_package(OpenSSL REQUIRED)
message(STATUS "OPENSSL_CRYPTO_LIBRARIES: ${OPENSSL_CRYPTO_LIBRARIES}")
add_executable(app "${CMAKE_CURRENT_LIST_DIR}/app.c")
target_link_libraries(app PRIVATE OpenSSL::SSL)
