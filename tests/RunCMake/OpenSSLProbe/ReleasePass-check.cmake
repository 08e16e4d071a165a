# The release passes, a default client negotiates TLS 1.2 with a server that
# allows only TLS 1.2, and a program built with it loads that release.
include("${CMAKE_CURRENT_LIST_DIR}/check-release.cmake")
check_report_field(pass verdict)
check_release(ON)
check_default_client()
check_app_runs("^OpenSSL ${OSP_VERSION_RE}")
