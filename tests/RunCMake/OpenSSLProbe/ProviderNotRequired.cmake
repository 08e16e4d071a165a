# Without REQUIRED the project decides: not found, with the reason shown.
find_package(OpenSSL)
message(STATUS "OPENSSL_FOUND=[${OPENSSL_FOUND}] OpenSSL_FOUND=[${OpenSSL_FOUND}]")
if(TARGET OpenSSL::SSL)
  message(FATAL_ERROR "OpenSSL::SSL exists after a failed probe")
endif()
