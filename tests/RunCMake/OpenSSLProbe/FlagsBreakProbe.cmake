include(OpenSSLProbe)
# A warning option that trips over the probe's own code (struct padding)
# but not over OpenSSL's: the flags are named, not OpenSSL.
string(APPEND CMAKE_C_FLAGS " -Werror -Wpadded")
openssl_probe()
