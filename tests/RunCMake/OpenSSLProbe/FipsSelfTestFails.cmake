# The install's configuration with a module checksum that is not the
# module's: the FIPS provider's self-test fails, and so does every
# handshake under fips=yes.
file(READ "${WITH_OPENSSL_DIR}/ssl/fipsmodule.cnf" _module)
string(REGEX REPLACE "module-mac = [0-9A-F][0-9A-F]" "module-mac = 00" _module "${_module}")
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/fipsmodule.cnf" "${_module}")
file(READ "${WITH_OPENSSL_DIR}/ssl/openssl.cnf" _conf)
string(REPLACE "${WITH_OPENSSL_DIR}/ssl/fipsmodule.cnf" "${CMAKE_CURRENT_BINARY_DIR}/fipsmodule.cnf" _conf "${_conf}")
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/openssl.cnf" "${_conf}")
set(ENV{OPENSSL_CONF} "${CMAKE_CURRENT_BINARY_DIR}/openssl.cnf")
include(OpenSSLProbe)
openssl_probe(REQUIRE_FIPS)
