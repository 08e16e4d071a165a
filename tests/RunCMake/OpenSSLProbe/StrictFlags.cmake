include(OpenSSLProbe)
# The project's own strict warning flags, set after project() as projects
# do: the probe's code compiles cleanly under them, and OpenSSL's headers
# come in as system headers.
string(APPEND CMAKE_${RunCMake_LANGUAGES}_FLAGS " ${OSP_STRICT_FLAGS}")
openssl_probe()
