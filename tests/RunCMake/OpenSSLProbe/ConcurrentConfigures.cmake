include(OpenSSLProbe)
openssl_probe(MIN_VERSION ${OSP_CASE_MIN})
