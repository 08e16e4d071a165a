include(OpenSSLProbe)
# The fake hangs; a short limit keeps the test quick.
openssl_probe(TIMEOUT 2)
