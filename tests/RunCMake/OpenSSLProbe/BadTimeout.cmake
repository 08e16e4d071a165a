include(OpenSSLProbe)
openssl_probe(TIMEOUT 1.5)
