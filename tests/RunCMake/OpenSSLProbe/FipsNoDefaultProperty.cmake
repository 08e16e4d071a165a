# The install's configuration without "default_properties = fips=yes":
# the FIPS provider loads, but nothing makes programs use it.
include("${CMAKE_CURRENT_LIST_DIR}/fips-config.cmake")
file(READ "${WITH_OPENSSL_DIR}/ssl/fipsmodule.cnf" _module)
fips_case_config("${_module}" "^default_properties")
include(OpenSSLProbe)
openssl_probe(REQUIRE_FIPS)
