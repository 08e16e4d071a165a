# Runs one configure-level case, in the manner of CMake's Tests/RunCMake:
# configures a small consumer project with real cmake and compares the
# exit status and the output with the case's expectations.
#
#   cmake -DRunCMake_SOURCE_DIR=<cases> -DRunCMake_TEST=<name>
#         [-DRunCMake_TEST_SCRIPT=<case>] -DRunCMake_BINARY_DIR=<dir>
#         [-DRunCMake_OPTIONS_FILE=<file>]
#         [-DRunCMake_CMAKE=<cmake>] -DOpenSSLProbe_MODULE_DIR=<dir>
#         -P RunCMake.cmake
#
# <case> (default: <name>) is the script the consumer includes, <name> the
# test's own name and build folder.  Expectations, beside <case>.cmake in
# RunCMake_SOURCE_DIR:
#   <case>-result.txt   exit status (default 0)
#   <case>-stdout.txt   regex stdout must match (default: anything)
#   <case>-stderr.txt   regex stderr must match (default: empty)
#   <case>-check.cmake  further checks; sets RunCMake_TEST_FAILED to fail
# The options file may set RunCMake_TEST_OPTIONS (arguments to cmake),
# RunCMake_TEST_ENV (NAME=VALUE list for the environment),
# RunCMake_TEST_COMMAND_PREFIX (a command to run cmake under, such as
# unshare -n), RunCMake_TEST_SOURCE_DIR (another copy of the case folder)
# RunCMake_TEST_SEARCH (let a failure search for other installs) and any
# variables the check script reads.
cmake_minimum_required(VERSION 3.25...4.3)

foreach(_var IN ITEMS RunCMake_SOURCE_DIR RunCMake_TEST RunCMake_BINARY_DIR
                      OpenSSLProbe_MODULE_DIR)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "RunCMake.cmake needs -D${_var}=...")
  endif()
endforeach()
if(NOT RunCMake_TEST_SCRIPT)
  set(RunCMake_TEST_SCRIPT "${RunCMake_TEST}")
endif()
if(NOT RunCMake_CMAKE)
  set(RunCMake_CMAKE "${CMAKE_COMMAND}")
endif()
set(RunCMake_TEST_OPTIONS "")
set(RunCMake_TEST_ENV "")
set(RunCMake_TEST_COMMAND_PREFIX "")
if(RunCMake_OPTIONS_FILE)
  include("${RunCMake_OPTIONS_FILE}")
endif()

# A failure's search for other installs looks at this machine's folders:
# off, so that no output depends on the machine, unless a case turns it on
# (RunCMake_TEST_SEARCH) with folders of its own.
if(NOT RunCMake_TEST_SEARCH)
  list(PREPEND RunCMake_TEST_ENV OPENSSL_PROBE_SEARCH=OFF)
endif()

# The options file may name another copy of the case folder (a read-only
# one, say); expectations are always read from RunCMake_SOURCE_DIR.
if(NOT DEFINED RunCMake_TEST_SOURCE_DIR)
  set(RunCMake_TEST_SOURCE_DIR "${RunCMake_SOURCE_DIR}")
endif()
set(RunCMake_TEST_BINARY_DIR "${RunCMake_BINARY_DIR}/${RunCMake_TEST}-build")
if(NOT RunCMake_TEST_NO_CLEAN)
  file(REMOVE_RECURSE "${RunCMake_TEST_BINARY_DIR}")
endif()
file(MAKE_DIRECTORY "${RunCMake_TEST_BINARY_DIR}")

set(_expect_result 0)
set(_case "${RunCMake_SOURCE_DIR}/${RunCMake_TEST_SCRIPT}")
if(EXISTS "${_case}-result.txt")
  file(READ "${_case}-result.txt" _expect_result)
  string(STRIP "${_expect_result}" _expect_result)
endif()
set(_expect_stderr "^$")
foreach(_stream IN ITEMS stdout stderr)
  if(EXISTS "${_case}-${_stream}.txt")
    file(READ "${_case}-${_stream}.txt" _expect_${_stream})
    string(REGEX REPLACE "\n+$" "" _expect_${_stream} "${_expect_${_stream}}")
  endif()
endforeach()

# Runs the cmake under test with <args> in the case's binary directory (a
# check script calls it again to re-configure); sets actual_result,
# actual_stdout and actual_stderr.
function(run_case_cmake)
  set(_env_command "")
  if(RunCMake_TEST_ENV)
    set(_env_command "${CMAKE_COMMAND}" -E env ${RunCMake_TEST_ENV})
  endif()
  # Each argument whole, even one with a ';' in it (ARGN would split it).
  set(_args "")
  math(EXPR _last "${ARGC} - 1")
  foreach(_i RANGE ${_last})
    string(REPLACE ";" "\\;" _arg "${ARGV${_i}}")
    list(APPEND _args "${_arg}")
  endforeach()
  execute_process(
    COMMAND ${RunCMake_TEST_COMMAND_PREFIX} ${_env_command} "${RunCMake_CMAKE}" ${_args}
    WORKING_DIRECTORY "${RunCMake_TEST_BINARY_DIR}"
    RESULT_VARIABLE _result
    OUTPUT_VARIABLE _stdout
    ERROR_VARIABLE _stderr)
  foreach(_stream IN ITEMS stdout stderr)
    string(REPLACE "\r\n" "\n" _${_stream} "${_${_stream}}")
    string(REGEX REPLACE "\n+$" "" _${_stream} "${_${_stream}}")
    set(actual_${_stream} "${_${_stream}}" PARENT_SCOPE)
  endforeach()
  set(actual_result "${_result}" PARENT_SCOPE)
endfunction()

run_case_cmake(
  -S "${RunCMake_TEST_SOURCE_DIR}" -B "${RunCMake_TEST_BINARY_DIR}"
  "-DRunCMake_TEST=${RunCMake_TEST_SCRIPT}"
  "-DOpenSSLProbe_MODULE_DIR=${OpenSSLProbe_MODULE_DIR}"
  ${RunCMake_TEST_OPTIONS})

set(RunCMake_TEST_FAILED "")
if(NOT actual_result STREQUAL _expect_result)
  string(APPEND RunCMake_TEST_FAILED
    "Result is [${actual_result}], not [${_expect_result}].\n")
endif()
foreach(_stream IN ITEMS stdout stderr)
  if(DEFINED _expect_${_stream}
     AND NOT "${actual_${_stream}}" MATCHES "${_expect_${_stream}}")
    string(REPLACE "\n" "\n  expect-${_stream}> " _shown "${_expect_${_stream}}")
    string(APPEND RunCMake_TEST_FAILED
      "Expected ${_stream} to match:\n  expect-${_stream}> ${_shown}\n")
  endif()
endforeach()
if(NOT RunCMake_TEST_FAILED AND EXISTS "${_case}-check.cmake")
  include("${_case}-check.cmake")
endif()

if(RunCMake_TEST_FAILED)
  foreach(_stream IN ITEMS stdout stderr)
    string(REPLACE "\n" "\n  actual-${_stream}> " _shown "${actual_${_stream}}")
    string(APPEND RunCMake_TEST_FAILED
      "Actual ${_stream}:\n  actual-${_stream}> ${_shown}\n")
  endforeach()
  message(FATAL_ERROR "${RunCMake_TEST} - FAILED:\n${RunCMake_TEST_FAILED}")
endif()
message(STATUS "${RunCMake_TEST} - PASSED")
