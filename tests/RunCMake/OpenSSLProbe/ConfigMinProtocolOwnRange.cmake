include(OpenSSLProbe)
# The project pins its protocols itself: MinProtocol does not bind it.
openssl_probe(OWN_PROTOCOL_RANGE)
