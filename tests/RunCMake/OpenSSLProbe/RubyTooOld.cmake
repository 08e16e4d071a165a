include(OpenSSLProbe)
openssl_probe_ruby(MIN_VERSION 9.0)
