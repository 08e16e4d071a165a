include("${CMAKE_CURRENT_LIST_DIR}/check-json.cmake")
string(REGEX REPLACE "([][+.*()^$])" "\\\\\\1" _prefix_re "${OSP_PREFIX}")
foreach(_line IN ITEMS "INCLUDE_DIR=\\[${_prefix_re}/include\\]"
                       "SSL_LIBRARY=\\[${_prefix_re}/${OSP_LIBDIR}/libssl\\.so\\]"
                       "CRYPTO_LIBRARY=\\[${_prefix_re}/${OSP_LIBDIR}/libcrypto\\.so\\]")
  if(NOT actual_stdout MATCHES "-- result: OPENSSL_${_line}")
    string(APPEND RunCMake_TEST_FAILED "Expected OPENSSL_${_line} in the output.\n")
  endif()
endforeach()
if(NOT OSP_NO_STOCK)
  check_same_as_stock()
endif()
check_programs_load("${OSP_PREFIX}" app)
# The report says where the search found it (the case's OSP_LOCATED_BY).
check_report_match("${OSP_LOCATED_BY}" located_by)
