# A fork through the provider: the version asked for is compared with the
# OpenSSL release it claims (1.1.1g for BoringSSL), as FindOpenSSL does.
find_package(OpenSSL 1.1.0 REQUIRED)
message(STATUS "1.1.0: [${OpenSSL_FOUND}] [${OPENSSL_VERSION}]")
find_package(OpenSSL 3.0 QUIET)
message(STATUS "3.0: [${OpenSSL_FOUND}]")
