include(OpenSSLProbe)
openssl_probe(REQUIRE_SUPPORTED TODAY 2026-12-06)
