# A stricter question that fails does not take the verified install away
# from the find_package(OpenSSL) calls after it, nor from the report.
include(OpenSSLProbe)
openssl_probe()
openssl_probe(MIN_VERSION 9.0 RESULT_VARIABLE ok QUIET)
find_package(OpenSSL REQUIRED)
message(STATUS "ok=[${ok}] OPENSSL_FOUND=[${OPENSSL_FOUND}]")
