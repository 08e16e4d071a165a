# The install's configuration without "default_properties = fips=yes":
# the FIPS provider loads, but nothing makes programs use it.
file(STRINGS "${WITH_OPENSSL_DIR}/ssl/openssl.cnf" _lines REGEX "^[^d]")
list(JOIN _lines "\n" _lines)
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/openssl.cnf" "${_lines}\n")
set(ENV{OPENSSL_CONF} "${CMAKE_CURRENT_BINARY_DIR}/openssl.cnf")
include(OpenSSLProbe)
openssl_probe(REQUIRE_FIPS)
