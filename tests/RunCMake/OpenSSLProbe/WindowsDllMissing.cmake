# Import libraries whose DLLs are not in the install: named when locating,
# before anything is built.
include(OpenSSLProbe)
openssl_probe()
