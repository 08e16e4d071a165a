# The library that loaded lies in the override prefix, not the system.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
file(REAL_PATH "${OSP_PREFIX}" _prefix)
string(REPLACE "." "\\." _prefix_re "${_prefix}")
check_report_field(pass verdict)
check_report_match("^${_prefix_re}/lib64/libssl\\.so\\.3$" library_path)
check_report_match("^${_prefix_re}/lib64/libcrypto\\.so\\.3$" crypto_library_path)
check_report_field("${OSP_PREFIX}" override)
# The consumer links the verified install and runs with it.
file(READ "${RunCMake_TEST_BINARY_DIR}/openssl-probe.json" _json)
string(JSON _version GET "${_json}" library_version)
string(REPLACE "." "\\." _version_re "${_version}")
check_app_runs("^OpenSSL ${_version_re} ")
check_default_client()
