# A default client at level 2, and MIN_SECURITY_LEVEL 3: the configuration
# it runs under is named, and no other OpenSSL is advised.
include(OpenSSLProbe)
openssl_probe(MIN_SECURITY_LEVEL 3)
