# The same install, its DLL folder not on the PATH the probe runs with:
# the probe cannot start (STATUS_DLL_NOT_FOUND), which is named as such,
# with the folder; no other OpenSSL is advised.
include(OpenSSLProbe)
openssl_probe()
