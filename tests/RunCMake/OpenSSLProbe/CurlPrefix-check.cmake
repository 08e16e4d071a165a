# curl's check_library_exists calls link OpenSSL::SSL and OpenSSL::Crypto
# (its CMake/Macros.cmake): they configure on CMake 3.25, and libcurl,
# built unmodified, loads the prefix's libssl.
include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
if(actual_stdout MATCHES "Found OpenSSL")
  string(APPEND RunCMake_TEST_FAILED "FindOpenSSL ran instead of the probe.\n")
endif()
check_programs_load("${OSP_PREFIX}" lib/libcurl.so TARGET libcurl)
