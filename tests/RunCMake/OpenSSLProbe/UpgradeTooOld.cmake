include(OpenSSLProbe)
openssl_probe(MIN_VERSION 9.0)
