# OpenSSL 3.5 (Debian trixie's source, built here): its branch is in
# long-term support; no package owns a prefix of its own.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(3.5 support branch)
check_report_field(OFF support ended)
check_report_field(2030-04-08 support ends)
check_report_field("" package)
