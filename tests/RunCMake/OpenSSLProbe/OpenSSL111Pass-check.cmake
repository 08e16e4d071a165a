# The 1.1.x API generation: OpenSSL_version, TLS_method with pinned
# versions, and the release letter in the version.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
check_report_match("^1\\.1\\.1[a-z]+$" library_version)
check_report_match("^0x10101..f$" library_number)
check_report_field(ON tls1_3 compiled)
check_app_runs("^OpenSSL 1\\.1\\.1")
check_default_client()
