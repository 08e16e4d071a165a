include(OpenSSLProbe)
# BoringSSL has no releases: MIN_VERSION does not apply, the TLS checks do.
openssl_probe(TLS 1.3 MIN_VERSION 3.0)
