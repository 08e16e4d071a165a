# Helpers for <case>-check.cmake: read the report and compare fields.

# Fails the case unless report field <path...> equals <expected>.
function(check_report_field expected)
  _check_report(STREQUAL "equal" "${expected}" ${ARGN})
  set(RunCMake_TEST_FAILED "${RunCMake_TEST_FAILED}" PARENT_SCOPE)
endfunction()

# Fails the case unless report field <path...> matches <regex>.
function(check_report_match regex)
  _check_report(MATCHES "match" "${regex}" ${ARGN})
  set(RunCMake_TEST_FAILED "${RunCMake_TEST_FAILED}" PARENT_SCOPE)
endfunction()

# Compares report field <path...> with <operand> by if() operator <op>.
function(_check_report op what operand)
  file(READ "${RunCMake_TEST_BINARY_DIR}/openssl-probe.json" _json)
  string(JSON _actual ERROR_VARIABLE _error GET "${_json}" ${ARGN})
  if(_error OR NOT _actual ${op} "${operand}")
    string(APPEND RunCMake_TEST_FAILED
      "Report field ${ARGN} is [${_actual}${_error}], expected to ${what} [${operand}].\n")
    set(RunCMake_TEST_FAILED "${RunCMake_TEST_FAILED}" PARENT_SCOPE)
  endif()
endfunction()

# Fails the case unless a default client (no protocol pinned) negotiated
# TLS 1.2 with a server that allows only TLS 1.2.
function(check_default_client)
  check_report_field(default tls1_2 client)
  check_report_field(TLSv1.2 tls1_2 protocol)
  set(RunCMake_TEST_FAILED "${RunCMake_TEST_FAILED}" PARENT_SCOPE)
endfunction()

# Fails the case if the message advises another OpenSSL (an upgrade, or a
# build from source): for causes that are not OpenSSL.
function(check_no_other_openssl_advised)
  if(actual_stderr MATCHES "Upgrade|build a current OpenSSL")
    string(APPEND RunCMake_TEST_FAILED
      "The message advises another OpenSSL, but OpenSSL is not the cause.\n")
    set(RunCMake_TEST_FAILED "${RunCMake_TEST_FAILED}" PARENT_SCOPE)
  endif()
endfunction()

# Builds the consumer (or the targets named after <out>); fails the case
# (and returns false in <out>) if it does not build.
function(_check_build out)
  set(_targets "")
  if(ARGN)
    set(_targets --target ${ARGN})
  endif()
  execute_process(COMMAND "${CMAKE_COMMAND}" --build "${RunCMake_TEST_BINARY_DIR}" ${_targets}
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  set(${out} TRUE PARENT_SCOPE)
  if(NOT _rc EQUAL 0)
    string(APPEND RunCMake_TEST_FAILED "Building the consumer failed:\n${_out}\n")
    set(RunCMake_TEST_FAILED "${RunCMake_TEST_FAILED}" PARENT_SCOPE)
    set(${out} FALSE PARENT_SCOPE)
  endif()
endfunction()

# Builds the consumer and runs its app; fails unless the output matches.
function(check_app_runs regex)
  _check_build(_built)
  if(_built)
    execute_process(COMMAND "${RunCMake_TEST_BINARY_DIR}/app"
      RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
    if(NOT _rc EQUAL 0 OR NOT _out MATCHES "${regex}")
      string(APPEND RunCMake_TEST_FAILED
        "The consumer app printed [${_out}] (exit ${_rc}), expected [${regex}].\n")
    endif()
  endif()
  set(RunCMake_TEST_FAILED "${RunCMake_TEST_FAILED}" PARENT_SCOPE)
endfunction()

# Builds the consumer (or, with TARGET, that target of it), then fails
# unless each program or library named after <prefix> (relative to the
# build directory) loads OpenSSL's libraries from <prefix> alone, as the
# dynamic loader resolves them (ldd): libssl, or libcrypto for one that
# only needs that; and each program runs.
function(check_programs_load prefix)
  cmake_parse_arguments(PARSE_ARGV 1 _arg "" "TARGET" "")
  _check_build(_built ${_arg_TARGET})
  if(NOT _built)
    set(RunCMake_TEST_FAILED "${RunCMake_TEST_FAILED}" PARENT_SCOPE)
    return()
  endif()
  file(REAL_PATH "${prefix}" _prefix)
  string(REGEX REPLACE "([][+.*()^$])" "\\\\\\1" _prefix_re "${_prefix}")
  foreach(_file IN LISTS _arg_UNPARSED_ARGUMENTS)
    set(_path "${RunCMake_TEST_BINARY_DIR}/${_file}")
    execute_process(COMMAND ldd "${_path}" OUTPUT_VARIABLE _ldd ERROR_VARIABLE _ldd)
    string(REGEX MATCHALL "lib(ssl|crypto)\\.so[^ ]* => [^ ]*" _loaded "${_ldd}")
    set(_elsewhere "${_loaded}")
    list(FILTER _elsewhere EXCLUDE REGEX " => ${_prefix_re}/")
    if(NOT _loaded OR _elsewhere)
      string(APPEND RunCMake_TEST_FAILED "${_file} does not load OpenSSL from ${_prefix}:\n${_ldd}\n")
    elseif(NOT _file MATCHES "\\.so")
      execute_process(COMMAND "${_path}" RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
      if(NOT _rc EQUAL 0)
        string(APPEND RunCMake_TEST_FAILED "${_file} failed (${_rc}): ${_out}\n")
      endif()
    endif()
  endforeach()
  set(RunCMake_TEST_FAILED "${RunCMake_TEST_FAILED}" PARENT_SCOPE)
endfunction()

# Fails the case unless the report array <key> has <n> elements.
function(check_report_length n key)
  file(READ "${RunCMake_TEST_BINARY_DIR}/openssl-probe.json" _json)
  string(JSON _actual ERROR_VARIABLE _error LENGTH "${_json}" ${key})
  if(_error OR NOT _actual EQUAL n)
    string(APPEND RunCMake_TEST_FAILED
      "Report array ${key} has [${_actual}${_error}] elements, expected ${n}.\n")
    set(RunCMake_TEST_FAILED "${RunCMake_TEST_FAILED}" PARENT_SCOPE)
  endif()
endfunction()

# Configures the case again with CMake's own FindOpenSSL in place of the
# module and the provider (-DOSP_STOCK=ON, see results.cmake; the
# provider left out, WITH_OPENSSL_DIR given as OPENSSL_ROOT_DIR), and
# fails unless both configures exit alike and print the same
# "-- result: " lines.
function(check_same_as_stock)
  set(_options "")
  foreach(_option IN LISTS RunCMake_TEST_OPTIONS)
    if(_option MATCHES "^-DCMAKE_PROJECT_TOP_LEVEL_INCLUDES=")
      continue()
    endif()
    string(REGEX REPLACE "^-DWITH_OPENSSL_DIR=" "-DOPENSSL_ROOT_DIR=" _option "${_option}")
    list(APPEND _options "${_option}")
  endforeach()
  set(_probe_result "${actual_result}")
  string(REGEX MATCHALL "-- result: [^\n]*" _probe_lines "${actual_stdout}")
  set(RunCMake_TEST_BINARY_DIR "${RunCMake_TEST_BINARY_DIR}-stock")
  file(REMOVE_RECURSE "${RunCMake_TEST_BINARY_DIR}")
  file(MAKE_DIRECTORY "${RunCMake_TEST_BINARY_DIR}")
  run_case_cmake(-S "${RunCMake_TEST_SOURCE_DIR}" -B "${RunCMake_TEST_BINARY_DIR}"
    "-DRunCMake_TEST=${RunCMake_TEST_SCRIPT}"
    "-DOpenSSLProbe_MODULE_DIR=${OpenSSLProbe_MODULE_DIR}" -DOSP_STOCK=ON ${_options})
  string(REGEX MATCHALL "-- result: [^\n]*" _stock_lines "${actual_stdout}")
  if(NOT _probe_lines)
    string(APPEND RunCMake_TEST_FAILED "The case printed no \"-- result: \" line to compare.\n")
  endif()
  if(NOT "${_probe_lines}" STREQUAL "${_stock_lines}" OR NOT _probe_result EQUAL actual_result)
    list(JOIN _probe_lines "\n  " _probe_lines)
    list(JOIN _stock_lines "\n  " _stock_lines)
    string(APPEND RunCMake_TEST_FAILED
      "With CMake's FindOpenSSL the case gives another outcome.\n"
      " OpenSSLProbe (exit ${_probe_result}):\n  ${_probe_lines}\n"
      " FindOpenSSL (exit ${actual_result}):\n  ${_stock_lines}\n${actual_stderr}\n")
  endif()
  set(RunCMake_TEST_FAILED "${RunCMake_TEST_FAILED}" PARENT_SCOPE)
endfunction()
