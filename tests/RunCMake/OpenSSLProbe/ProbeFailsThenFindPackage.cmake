# A failed probe is the answer find_package(OpenSSL) gets too: not found,
# with the reason, and never the system's OpenSSL instead.
include(OpenSSLProbe)
openssl_probe(QUIET RESULT_VARIABLE ok)
find_package(OpenSSL)
message(STATUS "ok=[${ok}] OPENSSL_FOUND=[${OPENSSL_FOUND}] OpenSSL_FOUND=[${OpenSSL_FOUND}]")
if(TARGET OpenSSL::SSL)
  message(FATAL_ERROR "OpenSSL::SSL exists after a failed probe")
endif()
