# An install that passed whole answers a later request for Crypto alone
# as it is: no second probe, no second verdict.
find_package(OpenSSL REQUIRED)
find_package(OpenSSL COMPONENTS Crypto REQUIRED)
message(STATUS "after: [${OpenSSL_FOUND}] [${OpenSSL_Crypto_FOUND}] [${OPENSSL_SSL_LIBRARY}]")
