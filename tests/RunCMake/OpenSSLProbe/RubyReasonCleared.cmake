include(OpenSSLProbe)
# After a pass, REASON_VARIABLE is cleared, as openssl_probe() clears it.
set(reason "left from before")
openssl_probe_ruby(QUIET RESULT_VARIABLE ok REASON_VARIABLE reason)
message(STATUS "ok=[${ok}] reason=[${reason}]")
openssl_probe_ruby(QUIET MIN_VERSION 99.0 RESULT_VARIABLE ok REASON_VARIABLE reason)
string(FIND "${reason}" "need 99.0 or newer" at)
message(STATUS "ok=[${ok}] reason names the version: [${at}]")
