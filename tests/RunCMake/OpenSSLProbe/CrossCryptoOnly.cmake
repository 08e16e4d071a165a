include(OpenSSLProbe)
# libcrypto alone, judged from the headers: an install with TLS 1.2
# compiled out serves a project that only hashes or signs.
openssl_probe(COMPONENTS Crypto)
if(NOT TARGET OpenSSL::Crypto OR TARGET OpenSSL::SSL)
  message(FATAL_ERROR "libcrypto alone should give OpenSSL::Crypto and no OpenSSL::SSL")
endif()
