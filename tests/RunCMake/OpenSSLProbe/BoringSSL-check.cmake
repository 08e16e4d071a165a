# Identified as BoringSSL, not as the OpenSSL 1.1.1 it claims to be.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
check_report_field(BoringSSL flavor)
check_report_field(BoringSSL header_flavor)
check_report_field("" header_version)
check_report_field(0x1010107f header_number)
check_report_match("^[0-9]+$" api_version)
check_app_runs("^BoringSSL")
# A default client (no protocol pinned) negotiated TLS 1.2 with a server
# that allows only TLS 1.2.
check_report_field(default tls1_2 client)
check_report_field(TLSv1.2 tls1_2 protocol)
