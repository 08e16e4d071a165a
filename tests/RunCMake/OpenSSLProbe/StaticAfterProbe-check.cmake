include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
if(OSP_VIA_PROVIDER)
  if(NOT actual_stdout MATCHES "-- result: static: OPENSSL_FOUND=yes\n-- OPENSSL_SSL_LIBRARY=\\[[^]]*/libssl\\.a\\]")
    string(APPEND RunCMake_TEST_FAILED "Through the provider, the archives were expected.\n")
  endif()
elseif(NOT actual_stdout MATCHES "-- result: static: OPENSSL_FOUND=no"
       OR NOT actual_stderr MATCHES "OPENSSL_USE_STATIC_LIBS asks for OpenSSL's static libraries, but[ \n]+openssl_probe\\(\\) verified the shared[ \n]+[^ \n]*libssl\\.so")
  string(APPEND RunCMake_TEST_FAILED "Expected not found, naming the shared library verified.\n")
endif()
