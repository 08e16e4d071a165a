# The install's configuration with the FIPS section kept but not
# activated: the provider loads when asked, a default program does not
# get it.  (OpenSSL 3.0 activates on "activate" whatever its value.)
include("${CMAKE_CURRENT_LIST_DIR}/fips-config.cmake")
file(STRINGS "${WITH_OPENSSL_DIR}/ssl/fipsmodule.cnf" _lines)
list(FILTER _lines EXCLUDE REGEX "^activate")
list(JOIN _lines "\n" _module)
fips_case_config("${_module}\n" "")
include(OpenSSLProbe)
openssl_probe(REQUIRE_FIPS)
