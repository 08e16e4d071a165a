# Through the dependency provider, on the Windows target: find_package
# gets the verified install, with the DLLs on the targets.
find_package(OpenSSL REQUIRED)
get_target_property(_location OpenSSL::SSL IMPORTED_LOCATION)
message(STATUS "OpenSSL ${OPENSSL_VERSION}: ${_location}")
