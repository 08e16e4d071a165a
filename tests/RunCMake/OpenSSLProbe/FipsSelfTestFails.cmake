# The install's configuration with a module checksum that is not the
# module's: the FIPS provider's self-test fails, and so does every
# handshake under fips=yes.
include("${CMAKE_CURRENT_LIST_DIR}/fips-config.cmake")
file(READ "${WITH_OPENSSL_DIR}/ssl/fipsmodule.cnf" _module)
string(REGEX REPLACE "module-mac = [0-9A-F][0-9A-F]" "module-mac = 00" _module "${_module}")
fips_case_config("${_module}" "")
include(OpenSSLProbe)
openssl_probe(REQUIRE_FIPS)
