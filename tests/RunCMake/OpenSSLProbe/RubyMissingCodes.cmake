include(OpenSSLProbe)
openssl_probe_ruby(RUBY /nonexistent/ruby RESULT_VARIABLE ok QUIET)
message(STATUS "found=[${ok}] codes=[${OpenSSLProbe_RUBY_REASON_CODES}]")
