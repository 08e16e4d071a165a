# One verdict; the same libcrypto as CMake's FindOpenSSL finds there (which
# takes its libssl from another install, the system's: the probe does not).
string(REGEX MATCHALL "Checking OpenSSL - " _checks "${actual_stdout}")
list(LENGTH _checks _n)
if(NOT _n EQUAL 1)
  string(APPEND RunCMake_TEST_FAILED "The verdict was printed ${_n} times, not once.\n")
endif()
