# This machine's OpenSSL on the day it was written: its branch ended, and
# it is owned by a distribution package; a note, not a failure.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
check_report_field(known-vulnerable support status)
check_report_field(ON support ended)
check_report_field(2026-09-07 support ends)
check_report_field(2026-11-27 support today)
check_report_field(3.5 support upgrade_to lts)
check_report_field(dpkg package manager)
check_report_match("^libssl3" package name)
