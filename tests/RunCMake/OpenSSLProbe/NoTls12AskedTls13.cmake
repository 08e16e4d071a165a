include(OpenSSLProbe)
# A TLS 1.3 client does not need TLS 1.2.
openssl_probe(TLS 1.3)
