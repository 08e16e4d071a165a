include(OpenSSLProbe)
openssl_probe(TLS 1.3 MIN_VERSION 1.1.1)
