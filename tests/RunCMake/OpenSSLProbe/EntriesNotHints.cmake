include(OpenSSLProbe)
openssl_probe()
message(STATUS "result: entry=[$CACHE{OPENSSL_SSL_LIBRARY}]")
