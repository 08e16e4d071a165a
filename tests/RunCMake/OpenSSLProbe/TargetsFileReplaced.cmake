# A subproject sets another libssl as OpenSSL::SSL's file for one
# configuration after the probe verified the system's: the configure
# fails at its end, naming both files.
include(OpenSSLProbe)
openssl_probe()
add_subdirectory("${CMAKE_CURRENT_LIST_DIR}/amend-targets" amend)
