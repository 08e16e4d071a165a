include(OpenSSLProbe)
openssl_probe(COMPONENTS Crypto MIN_VERSION 9.0)
