include(OpenSSLProbe)
openssl_probe(MIN_BORINGSSL_API 99999)
