include(OpenSSLProbe)
openssl_probe_ruby(RUBY /nonexistent/ruby)
