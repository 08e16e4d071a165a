# Debian's configuration sets CipherString = DEFAULT@SECLEVEL=2: a default
# client runs at level 2, which MIN_SECURITY_LEVEL 2 accepts.
include(OpenSSLProbe)
openssl_probe(MIN_SECURITY_LEVEL 2)
