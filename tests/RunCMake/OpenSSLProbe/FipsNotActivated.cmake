# The install's configuration with the FIPS section kept but not
# activated: the provider loads when asked, a default program does not
# get it.  (OpenSSL 3.0 activates on "activate" whatever its value.)
file(STRINGS "${WITH_OPENSSL_DIR}/ssl/fipsmodule.cnf" _lines REGEX "^[^a]|^a[^c]")
list(JOIN _lines "\n" _lines)
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/fipsmodule.cnf" "${_lines}\n")
file(READ "${WITH_OPENSSL_DIR}/ssl/openssl.cnf" _conf)
string(REPLACE "${WITH_OPENSSL_DIR}/ssl/fipsmodule.cnf" "${CMAKE_CURRENT_BINARY_DIR}/fipsmodule.cnf" _conf "${_conf}")
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/openssl.cnf" "${_conf}")
set(ENV{OPENSSL_CONF} "${CMAKE_CURRENT_BINARY_DIR}/openssl.cnf")
include(OpenSSLProbe)
openssl_probe(REQUIRE_FIPS)
