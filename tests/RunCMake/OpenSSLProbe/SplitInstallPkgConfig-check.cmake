# Headers in split/dev, libraries in split/out: one build, as the pkg-config
# package libssl says; accepted, and the report names who vouched.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
check_report_match("/split/dev/include$" include_dir)
check_report_match("^pkg-config package libssl 3\\.[0-9.]+ \\(.*/split/out/lib/pkgconfig/libssl\\.pc\\)$" vouched_by)
