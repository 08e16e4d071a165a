add_subdirectory("${CMAKE_CURRENT_LIST_DIR}/find-package-first" first)
include(OpenSSLProbe)
openssl_probe()
