include(OpenSSLProbe)
# The module takes the MIN_VERSION forms the probe's judge and the command
# take, a suffix after '-' among them.
openssl_probe(MIN_VERSION 1.1.1-dev QUIET)
message(STATUS "found=[${OpenSSLProbe_FOUND}]")
