include(OpenSSLProbe)
openssl_probe_ruby()
message(STATUS "ruby found=[${OpenSSLProbe_RUBY_FOUND}] version=[${OpenSSLProbe_RUBY_OPENSSL_VERSION}]")
