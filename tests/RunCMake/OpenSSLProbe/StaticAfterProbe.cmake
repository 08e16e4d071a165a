# OPENSSL_USE_STATIC_LIBS set after the probe verified the shared
# libraries: find_package(OpenSSL) does not give the shared ones silently.
# Through the provider, the call is answered by a probe of the archives.
include(${CMAKE_CURRENT_LIST_DIR}/results.cmake)
osp_probe_unless_stock(QUIET)
set(OPENSSL_USE_STATIC_LIBS TRUE)
find_package(OpenSSL)
osp_result(static OPENSSL_FOUND)
message(STATUS "OPENSSL_SSL_LIBRARY=[${OPENSSL_SSL_LIBRARY}]")
