# Linked statically: the code that ran is the probe's own, and the consumer
# links the archives (with -ldl and threads) and runs without libssl.so.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
check_report_field(pass verdict)
check_report_field(static linkage)
check_report_match("/CMakeFiles/OpenSSLProbe/openssl_probe$" library_path)
check_report_match("libssl\\.a$" ssl_library)
check_app_runs("^OpenSSL 3\\.")
execute_process(COMMAND ldd "${RunCMake_TEST_BINARY_DIR}/app" OUTPUT_VARIABLE _ldd)
if(_ldd MATCHES "libssl\\.so")
  string(APPEND RunCMake_TEST_FAILED "The consumer links libssl.so:\n${_ldd}\n")
endif()
check_default_client()
