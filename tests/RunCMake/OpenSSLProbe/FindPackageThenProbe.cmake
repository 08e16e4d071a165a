# FindOpenSSL ran first and found the system's; the probe is given another
# install: the project would link one nobody checked.
find_package(OpenSSL REQUIRED)
include(OpenSSLProbe)
openssl_probe()
