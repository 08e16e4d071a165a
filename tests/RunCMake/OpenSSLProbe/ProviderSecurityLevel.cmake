# OPENSSL_PROBE_MIN_SECURITY_LEVEL reaches every find_package(OpenSSL).
find_package(OpenSSL)
message(STATUS "OPENSSL_FOUND=[${OPENSSL_FOUND}]")
