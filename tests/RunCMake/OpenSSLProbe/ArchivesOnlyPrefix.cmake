include(OpenSSLProbe)
# No STATIC: the install has only archives, so they are what links.
openssl_probe()
