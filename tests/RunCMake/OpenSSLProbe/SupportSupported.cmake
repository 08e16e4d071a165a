include(OpenSSLProbe)
openssl_probe(REQUIRE_SUPPORTED)
