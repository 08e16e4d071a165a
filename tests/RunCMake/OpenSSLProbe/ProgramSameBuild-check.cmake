# The system's openssl program and library come from one source package.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(/usr/bin/openssl openssl_program path)
check_report_field(ON openssl_program matches_library)
check_report_match("^3\\.[0-9]+\\.[0-9]+$" openssl_program version)
