# Without REQUIRE_FIPS the report still says what FIPS and the providers
# are, for the system's OpenSSL (Debian ships no FIPS provider).
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
check_report_field(OFF fips in_force)
check_report_field(OFF fips module_found)
check_report_field(ON providers supported)
check_report_field(default providers loaded 0 name)
check_report_match("^default 3\\.0\\.[0-9]+ loaded; available: base, default, null, legacy \\(modules in " providers text)
