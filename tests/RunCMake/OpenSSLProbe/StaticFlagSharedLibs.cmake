include(OpenSSLProbe)
# The project links fully static, and the system install is found shared.
string(APPEND CMAKE_EXE_LINKER_FLAGS " -static")
openssl_probe()
