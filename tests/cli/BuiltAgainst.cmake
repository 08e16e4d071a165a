# Builds openssl-probe against another OpenSSL install and runs it: the
# command on a machine whose OpenSSL is that release.
#   cmake -DSOURCE_DIR=<repository> -DBINARY_DIR=<dir> -DPREFIX=<install>
#         -DVERSION_RE=<regex> [-DCMAKE=<cmake>] -P BuiltAgainst.cmake
cmake_minimum_required(VERSION 3.25...4.3)
if(NOT CMAKE)
  set(CMAKE "${CMAKE_COMMAND}")
endif()
file(REMOVE_RECURSE "${BINARY_DIR}")
execute_process(
  COMMAND "${CMAKE}" -S "${SOURCE_DIR}" -B "${BINARY_DIR}" "-DWITH_OPENSSL_DIR=${PREFIX}"
    -DOPENSSL_PROBE_BUILD_TESTS=OFF -DOPENSSL_PROBE_INSTALL=OFF
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "configuring against ${PREFIX} failed:\n${_out}")
endif()
execute_process(COMMAND "${CMAKE}" --build "${BINARY_DIR}" --target openssl-probe
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "building openssl-probe against ${PREFIX} failed:\n${_out}")
endif()
execute_process(COMMAND "${BINARY_DIR}/src/openssl-probe" --json
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _json ERROR_VARIABLE _err)
string(JSON _verdict GET "${_json}" verdict)
string(JSON _version GET "${_json}" library_version)
string(JSON _path GET "${_json}" library_path)
string(JSON _protocol GET "${_json}" tls1_2 protocol)
file(REAL_PATH "${PREFIX}" _prefix)
if(NOT _rc EQUAL 0 OR NOT _verdict STREQUAL "pass" OR NOT _version MATCHES "^${VERSION_RE}$"
   OR NOT _path MATCHES "^${_prefix}/" OR NOT _protocol STREQUAL "TLSv1.2")
  message(FATAL_ERROR "openssl-probe built against ${PREFIX} reported:\n${_json}${_err}")
endif()
message(STATUS "openssl-probe built against OpenSSL ${_version}: pass, ${_path}")
