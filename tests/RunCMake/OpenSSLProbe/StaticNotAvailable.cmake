include(OpenSSLProbe)
openssl_probe(STATIC)
