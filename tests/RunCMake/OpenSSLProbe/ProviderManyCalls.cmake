# With the provider, an unmodified project: five subdirectories and three
# more calls, one probe built.
foreach(_i RANGE 1 5)
  add_subdirectory("${CMAKE_CURRENT_LIST_DIR}/find-package" sub${_i})
endforeach()
find_package(OpenSSL REQUIRED COMPONENTS SSL Crypto)
find_package(OpenSSL 1.1.1 REQUIRED)
find_package(OpenSSL QUIET)
message(STATUS "top: OPENSSL_FOUND=[${OPENSSL_FOUND}] OpenSSL_VERSION=[${OpenSSL_VERSION}]")
