include(OpenSSLProbe)
openssl_probe(MIN_VERSION 1.0.1 BOGUS)
