include(OpenSSLProbe)
# A failure the project handles itself searches nothing.
openssl_probe(MIN_VERSION 3.5 RESULT_VARIABLE ok REASON_VARIABLE why)
message(STATUS "ok: ${ok}")
if(why MATCHES "judged|passes these requirements")
  message(FATAL_ERROR "the reason holds a search's outcome:\n${why}")
endif()
