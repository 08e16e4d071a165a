# A real OpenSSL 3.0.20 in the layout Homebrew gives a formula: the path
# names the package, no package manager is asked.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(brew package manager)
check_report_field(openssl@3 package name)
check_report_field(3.0.20 package version)
