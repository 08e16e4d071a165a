include(OpenSSLProbe)
openssl_probe(TLS 1.3)
