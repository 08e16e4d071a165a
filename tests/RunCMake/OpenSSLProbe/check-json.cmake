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

# Builds the consumer and runs its app; fails unless the output matches.
function(check_app_runs regex)
  execute_process(COMMAND "${CMAKE_COMMAND}" --build "${RunCMake_TEST_BINARY_DIR}"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  if(NOT _rc EQUAL 0)
    string(APPEND RunCMake_TEST_FAILED "Building the consumer failed:\n${_out}\n")
  else()
    execute_process(COMMAND "${RunCMake_TEST_BINARY_DIR}/app"
      RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
    if(NOT _rc EQUAL 0 OR NOT _out MATCHES "${regex}")
      string(APPEND RunCMake_TEST_FAILED
        "The consumer app printed [${_out}] (exit ${_rc}), expected [${regex}].\n")
    endif()
  endif()
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
