# A real FIPS build (Debian's source, enable-fips, fipsinstall run by the
# test setup, its openssl.cnf loading the provider with fips=yes): the
# FIPS provider is what a default program gets, and the handshake ran
# under it; the app built here loads that install.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(ON fips in_force)
check_report_field(ON fips self_test)
check_report_field(ON fips default_property)
check_report_field(fips providers loaded 0 name)
check_report_match("^in force: the FIPS provider 3\\.0\\.[0-9]+ loaded from .*/fips\\.so, self-test passed, fips=yes the default property$" fips text)
check_default_client()
check_report_field(ON openssl_program matches_library)
check_programs_load("${OSP_PREFIX}" app)
check_app_runs("^fips=yes 1, fips provider 1\n$")
