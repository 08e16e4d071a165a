set(OSP_PKG_CONFIG_FIRST TRUE)
include("${CMAKE_CURRENT_LIST_DIR}/PkgConfigElsewhere.cmake")
