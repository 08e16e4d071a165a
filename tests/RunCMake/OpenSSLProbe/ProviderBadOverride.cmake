find_package(OpenSSL REQUIRED)
