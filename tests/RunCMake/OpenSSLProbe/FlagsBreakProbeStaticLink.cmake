include(OpenSSLProbe)
# Warning options that break the probe's own code, and a fully static link
# of the shared system install: the link is named, not the warnings.
string(APPEND CMAKE_C_FLAGS " -Werror -Wpadded")
string(APPEND CMAKE_EXE_LINKER_FLAGS " -static")
openssl_probe()
