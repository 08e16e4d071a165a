# The README's first command, as a newcomer runs it: a fresh configure of
# this project with nothing but its defaults must succeed, print the
# verdict, and write nothing to stderr.
#   cmake -DSOURCE_DIR=<repo> -DBINARY_DIR=<dir> -P MainJob.cmake
cmake_minimum_required(VERSION 3.25...4.3)
file(REMOVE_RECURSE "${BINARY_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${BINARY_DIR}"
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0 OR NOT _err STREQUAL ""
   OR NOT _out MATCHES "-- Checking OpenSSL - [^\n]*handshake ok[^\n]*\n(-- [^\n]*\n)?-- OpenSSL verdict: pass")
  message(FATAL_ERROR "cmake -S . -B build: exit ${_rc}\nstdout:\n${_out}\nstderr:\n${_err}")
endif()
