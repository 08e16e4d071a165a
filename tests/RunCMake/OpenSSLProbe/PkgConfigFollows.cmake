# A project that asks pkg-config after a pass under an override gets the
# verified install there too: its pkgconfig folder comes first on
# PKG_CONFIG_PATH for the rest of the configure.
include(OpenSSLProbe)
openssl_probe()
find_package(PkgConfig REQUIRED)
pkg_check_modules(PC_OPENSSL REQUIRED openssl)
pkg_check_modules(PC_SSL REQUIRED libssl)
file(REAL_PATH "${WITH_OPENSSL_DIR}/lib64" _want)
foreach(_entry IN ITEMS pkgcfg_lib_PC_OPENSSL_ssl pkgcfg_lib_PC_SSL_ssl)
  get_filename_component(_dir "$CACHE{${_entry}}" DIRECTORY)
  file(REAL_PATH "${_dir}" _dir)
  if(NOT _dir STREQUAL _want)
    message(FATAL_ERROR "${_entry} is $CACHE{${_entry}}, not in ${_want}")
  endif()
endforeach()
message(STATUS "pkg-config gives ${PC_SSL_LINK_LIBRARIES}")
