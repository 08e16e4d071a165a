# Runs openssl-probe once and checks its exit status and output.
#
#   cmake -DEXE=<openssl-probe> -DARGS=<a|b> -DEXPECT_RESULT=<n>
#         -DEXPECT_OUTPUT=<regex> [-DEXPECT_JSON=<verdict>]
#         [-DENV=<NAME=VALUE|...>] -P RunCLI.cmake
cmake_minimum_required(VERSION 3.25...4.3)
string(REPLACE "|" ";" ARGS "${ARGS}")
string(REPLACE "|" ";" ENV "${ENV}")
set(_env "")
if(ENV)
  set(_env "${CMAKE_COMMAND}" -E env ${ENV})
endif()
execute_process(COMMAND ${_env} "${EXE}" ${ARGS}
  RESULT_VARIABLE _result OUTPUT_VARIABLE _stdout ERROR_VARIABLE _stderr)
set(_failed "")
if(NOT _result STREQUAL EXPECT_RESULT)
  string(APPEND _failed "exit status [${_result}], expected [${EXPECT_RESULT}]\n")
endif()
if(NOT "${_stdout}${_stderr}" MATCHES "${EXPECT_OUTPUT}")
  string(APPEND _failed "output does not match [${EXPECT_OUTPUT}]\n")
endif()
if(EXPECT_JSON)
  string(JSON _verdict ERROR_VARIABLE _bad GET "${_stdout}" verdict)
  if(_bad OR NOT _verdict STREQUAL EXPECT_JSON)
    string(APPEND _failed "JSON verdict [${_verdict}${_bad}], expected [${EXPECT_JSON}]\n")
  endif()
endif()
if(_failed)
  message(FATAL_ERROR "${_failed}stdout:\n${_stdout}\nstderr:\n${_stderr}")
endif()
