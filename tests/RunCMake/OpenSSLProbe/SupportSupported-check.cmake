# No note, and REQUIRE_SUPPORTED passes: CVE-2026-45447 was fixed in
# 3.6.3, and CVE-2026-84782 (3.6.0 to 3.6.4) was published on 2026-09-29.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
check_report_field(supported support status)
check_report_field(2026-11-01 support ends)
check_report_length(0 "support;vulnerabilities")
check_report_field("" package)
