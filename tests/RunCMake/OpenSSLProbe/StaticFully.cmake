include(OpenSSLProbe)
# A fully static program: nothing is loaded at run time, the code the probe
# ran is its own.
string(APPEND CMAKE_EXE_LINKER_FLAGS " -static")
openssl_probe(STATIC)
