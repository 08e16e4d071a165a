# BoringSSL has no security levels: MIN_SECURITY_LEVEL cannot be met.
include(OpenSSLProbe)
openssl_probe(MIN_SECURITY_LEVEL 1)
