find_package(OpenSSL REQUIRED)
message(FATAL_ERROR "find_package(OpenSSL REQUIRED) went on after a failed probe")
