include(OpenSSLProbe)
# MIN_VERSION counts OpenSSL releases: BoringSSL has none, so it needs a
# floor of its own to pass a raised minimum.
openssl_probe(MIN_VERSION 3.0)
