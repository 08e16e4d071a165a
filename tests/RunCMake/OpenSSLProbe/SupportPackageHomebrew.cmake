include(OpenSSLProbe)
openssl_probe()
