include(OpenSSLProbe)
# BoringSSL has no releases: with MIN_VERSION raised it needs its own floor,
# its API version; then the TLS checks decide.
openssl_probe(TLS 1.3 MIN_VERSION 3.0 MIN_BORINGSSL_API 17)
