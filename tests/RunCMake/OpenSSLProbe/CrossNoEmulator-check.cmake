# A verdict from the headers, read out of the probe binary; the report says
# that nothing ran.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
check_report_field(OpenSSL flavor)
check_report_match("^3\\.[0-9]+\\.[0-9]+$" header_version)
check_report_field(ON tls1_2 compiled)
check_report_field(OFF library_loaded)
check_report_field(OFF runtime_checks)
check_report_match("^not run: cross-compiling without CMAKE_CROSSCOMPILING_EMULATOR" runtime_note)
