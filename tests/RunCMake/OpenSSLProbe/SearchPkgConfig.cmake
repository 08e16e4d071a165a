include(OpenSSLProbe)
openssl_probe(MIN_VERSION 3.5)
