find_package(OpenSSL 3.5 REQUIRED)
