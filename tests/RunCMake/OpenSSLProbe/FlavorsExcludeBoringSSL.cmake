include(OpenSSLProbe)
openssl_probe(FLAVORS OpenSSL AWS-LC)
