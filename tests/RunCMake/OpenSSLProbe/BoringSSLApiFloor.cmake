include(OpenSSLProbe)
# A floor of its own: BoringSSL's BORINGSSL_API_VERSION.
openssl_probe(MIN_VERSION 3.0 MIN_BORINGSSL_API 10)
