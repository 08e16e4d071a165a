# A project that asked pkg-config before the probe, with an override naming
# another install than pkg-config's: the end of the configure names both.
# With the install's pkgconfig folder first on PKG_CONFIG_PATH
# (OSP_PKG_CONFIG_FIRST), pkg-config agrees and nothing is said.
if(OSP_PKG_CONFIG_FIRST)
  set(ENV{PKG_CONFIG_PATH} "${WITH_OPENSSL_DIR}/lib64/pkgconfig")
endif()
find_package(PkgConfig REQUIRED)
pkg_check_modules(PC_OPENSSL openssl)
include(OpenSSLProbe)
openssl_probe()
