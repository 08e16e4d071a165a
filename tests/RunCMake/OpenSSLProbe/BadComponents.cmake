include(OpenSSLProbe)
openssl_probe(COMPONENTS Crypto Bogus)
