# After a pass, a REQUIRED find_package(OpenSSL) of a version the install
# does not have stops the configure, as it does with CMake's FindOpenSSL.
include(${CMAKE_CURRENT_LIST_DIR}/results.cmake)
osp_probe_unless_stock()
find_package(OpenSSL REQUIRED)
osp_result(plain OPENSSL_FOUND OpenSSL_FOUND)
find_package(OpenSSL 9.0 REQUIRED)
osp_result(9.0 OPENSSL_FOUND OpenSSL_FOUND)
