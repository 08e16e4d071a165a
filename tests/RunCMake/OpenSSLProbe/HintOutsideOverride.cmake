include(${CMAKE_CURRENT_LIST_DIR}/results.cmake)
osp_probe_unless_stock()
find_package(OpenSSL REQUIRED)
