# The result variables after each find_package(OpenSSL) of a sequence that
# passes, fails on a version or a component, and passes again: what CMake's
# FindOpenSSL leaves (the -check.cmake runs that too).  OPENSSL_FOUND
# follows OpenSSL_FOUND: a project that tests it after asking for a newer
# version does not go on as if it had it.
include(${CMAKE_CURRENT_LIST_DIR}/results.cmake)
osp_probe_unless_stock()
set(_found OPENSSL_FOUND OpenSSL_FOUND)
find_package(OpenSSL)
osp_result(plain ${_found})
find_package(OpenSSL 9.0 QUIET)
osp_result(9.0 ${_found})
find_package(OpenSSL 9.0 QUIET COMPONENTS SSL Crypto)
osp_result("9.0 SSL Crypto" ${_found} OpenSSL_SSL_FOUND OpenSSL_Crypto_FOUND)
find_package(OpenSSL 1.0 QUIET)
osp_result(1.0 ${_found})
find_package(OpenSSL 3.0.0 EXACT QUIET)
osp_result("3.0.0 EXACT" ${_found})
find_package(OpenSSL 3.0 EXACT QUIET)
osp_result("3.0 EXACT" ${_found})
find_package(OpenSSL 1.1...<3.0 QUIET)
osp_result(1.1...<3.0 ${_found})
find_package(OpenSSL 1.1...9.0 QUIET COMPONENTS Crypto)
osp_result(1.1...9.0 ${_found} OpenSSL_Crypto_FOUND)
find_package(OpenSSL QUIET COMPONENTS SSL OPTIONAL_COMPONENTS Bogus)
osp_result("SSL, optional Bogus" ${_found} OpenSSL_SSL_FOUND OpenSSL_Bogus_FOUND)
find_package(OpenSSL)
osp_result(last ${_found})
