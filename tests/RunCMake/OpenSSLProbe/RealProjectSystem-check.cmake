# A real project, unmodified, through the provider on the system's own
# OpenSSL: the probe answered (CMake's FindOpenSSL never ran), and the module
# said nothing beyond its verdict (what the project prints on stderr is its
# own: -stderr.txt lets it be).
if(actual_stdout MATCHES "Found OpenSSL" OR actual_stderr MATCHES "OpenSSLProbe: ")
  string(APPEND RunCMake_TEST_FAILED "FindOpenSSL ran instead of the probe, or the module spoke up.\n")
endif()
