include(OpenSSLProbe)
openssl_probe(REASON_VARIABLE why)
