include(OpenSSLProbe)
openssl_probe(MIN_VERSION 1.x)
