# Builds openssl-probe.exe with MinGW-w64 against the OpenSSL cross-built
# for Windows and runs it under Wine: the DLLs that loaded, the rule of the
# DLL search order that chose them, and the copies they hide.
#   cmake -DSOURCE_DIR=<repository> -DBINARY_DIR=<dir> -DPREFIX=<install>
#         -DWINEPREFIX=<prefix> -P Windows.cmake
cmake_minimum_required(VERSION 3.25...4.3)
file(REMOVE_RECURSE "${BINARY_DIR}")
set(ENV{OSP_WINEPREFIX} "${WINEPREFIX}")
set(_bin "Z:${PREFIX}/bin")
string(REPLACE "/" "\\" _bin "${_bin}")
set(ENV{WINEPATH} "${_bin}")
execute_process(
  COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${BINARY_DIR}"
    "-DCMAKE_TOOLCHAIN_FILE=${SOURCE_DIR}/tests/windows/mingw64.cmake"
    "-DWITH_OPENSSL_DIR=${PREFIX}" -DOPENSSL_PROBE_BUILD_TESTS=OFF -DOPENSSL_PROBE_INSTALL=OFF
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "configuring for Windows failed:\n${_out}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BINARY_DIR}" --target openssl-probe
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "building openssl-probe.exe failed:\n${_out}")
endif()

# Runs the command under Wine with <winepath>; sets _out and _rc.
function(run_command winepath)
  set(ENV{WINEPATH} "${winepath}")
  execute_process(COMMAND "${SOURCE_DIR}/tests/windows/wine-run"
      "${BINARY_DIR}/src/openssl-probe.exe" WORKING_DIRECTORY "${BINARY_DIR}"
    RESULT_VARIABLE _rc OUTPUT_FILE "${BINARY_DIR}/out.txt")
  file(READ "${BINARY_DIR}/out.txt" _out)
  string(REPLACE "\r\n" "\n" _out "${_out}") # a Windows program's text mode
  set(_out "${_out}" PARENT_SCOPE)
  set(_rc "${_rc}" PARENT_SCOPE)
endfunction()

set(_failed "")
# The install's DLL folder on PATH: they load from there, and its
# openssl.exe is the program on PATH.
run_command("${_bin}")
string(REPLACE "\\" "\\\\" _bin_re "${_bin}")
string(CONCAT _expect "^OpenSSL 3\\.[0-9.]+\n  libssl      ${_bin_re}\\\\libssl-3-x64\\.dll\n"
  "  libcrypto   ${_bin_re}\\\\libcrypto-3-x64\\.dll\n"
  "  found in    libssl: PATH entry [0-9]+; libcrypto: PATH entry [0-9]+\n"
  ".*  program     ${_bin_re}[\\\\/]openssl\\.exe: OpenSSL 3\\.[0-9.]+ .*verdict: pass\n$")
if(NOT _rc EQUAL 0 OR NOT _out MATCHES "${_expect}")
  string(APPEND _failed "with ${_bin} on PATH (exit ${_rc}):\n${_out}\n")
endif()
# Copies in a folder earlier on PATH win, and hide the install's.
file(MAKE_DIRECTORY "${BINARY_DIR}/shadow")
file(GLOB _dlls "${PREFIX}/bin/*.dll")
file(COPY ${_dlls} DESTINATION "${BINARY_DIR}/shadow")
set(_shadow "Z:${BINARY_DIR}/shadow")
string(REPLACE "/" "\\" _shadow "${_shadow}")
string(REPLACE "\\" "\\\\" _shadow_re "${_shadow}")
run_command("${_shadow};${_bin}")
string(CONCAT _expect "  libssl      ${_shadow_re}\\\\libssl-3-x64\\.dll\n.*"
  "  hidden      ${_bin_re}\\\\libssl-3-x64\\.dll \\(PATH entry [0-9]+\\)\n")
if(NOT _out MATCHES "${_expect}")
  string(APPEND _failed "with a copy earlier on PATH (exit ${_rc}):\n${_out}\n")
endif()
if(_failed)
  message(FATAL_ERROR "${_failed}")
endif()
