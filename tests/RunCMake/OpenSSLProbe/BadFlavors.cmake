include(OpenSSLProbe)
openssl_probe(FLAVORS OpenSSL WolfSSL)
