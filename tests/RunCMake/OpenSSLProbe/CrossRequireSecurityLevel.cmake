include(OpenSSLProbe)
openssl_probe(MIN_SECURITY_LEVEL 2)
