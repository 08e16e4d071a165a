# Run inside a fresh network namespace (unshare -n): no interface but a
# loopback that is down, so any connection would have failed.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(ON tls1_2 handshake)
