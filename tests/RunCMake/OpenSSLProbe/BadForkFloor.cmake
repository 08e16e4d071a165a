include(OpenSSLProbe)
openssl_probe(MIN_LIBRESSL_VERSION 3.x)
