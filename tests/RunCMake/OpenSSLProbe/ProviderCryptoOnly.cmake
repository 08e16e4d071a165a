# Through the provider, a project that only asks for Crypto, on an install
# without libssl: found, as FindOpenSSL finds it, with no TLS claim; a
# second such request says nothing new.
find_package(OpenSSL COMPONENTS Crypto REQUIRED)
message(STATUS "result: [${OpenSSL_Crypto_FOUND}] [${OPENSSL_CRYPTO_LIBRARY}] [${OPENSSL_VERSION}]")
message(STATUS "libssl: [${OPENSSL_SSL_LIBRARY}]")
find_package(OpenSSL COMPONENTS Crypto REQUIRED)
