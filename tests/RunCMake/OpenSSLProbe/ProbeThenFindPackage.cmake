# After a pass, find_package(OpenSSL) gets the verified install: here, in
# the top directory and in a subdirectory.
include(OpenSSLProbe)
openssl_probe()
find_package(OpenSSL REQUIRED COMPONENTS SSL Crypto)
message(STATUS "top: OPENSSL_FOUND=[${OPENSSL_FOUND}] OpenSSL_VERSION=[${OpenSSL_VERSION}] OPENSSL_VERSION=[${OPENSSL_VERSION}] OPENSSL_INCLUDE_DIR=[${OPENSSL_INCLUDE_DIR}] OPENSSL_LIBRARIES=[${OPENSSL_LIBRARIES}]")
add_executable(app "${CMAKE_CURRENT_LIST_DIR}/app.c")
target_include_directories(app PRIVATE ${OPENSSL_INCLUDE_DIR})
target_link_libraries(app PRIVATE ${OPENSSL_LIBRARIES})
add_subdirectory("${CMAKE_CURRENT_LIST_DIR}/find-package" sub)
