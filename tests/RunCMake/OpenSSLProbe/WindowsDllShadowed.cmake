# Copies of the install's DLLs in a folder earlier on PATH: they are what
# loads.  The reason names the file that won, the PATH entry that made it
# win, and where the chosen install's folder is.
include(OpenSSLProbe)
file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/shadow")
file(GLOB _dlls "${WITH_OPENSSL_DIR}/bin/*.dll")
file(COPY ${_dlls} DESTINATION "${CMAKE_BINARY_DIR}/shadow")
set(_path "Z:${CMAKE_BINARY_DIR}/shadow;Z:${WITH_OPENSSL_DIR}/bin")
string(REPLACE "/" "\\" _path "${_path}")
set(ENV{WINEPATH} "${_path}")
openssl_probe()
