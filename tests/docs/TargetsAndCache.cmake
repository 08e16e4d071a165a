# The reference's Targets table and the targets a configure makes, and the
# cache entries it leaves and the reference: a consumer calls
# openssl_probe() and find_package(OpenSSL) against this machine's
# OpenSSL; every imported target it then sees is a row of the Targets
# table (and every row a target it sees), and every cache entry of the
# module's (OpenSSLProbe_*, OPENSSL_*, WITH_OPENSSL_DIR) that a user sees
# (not INTERNAL) is named in the reference.
#   cmake -DSOURCE_DIR=<repository> -DBINARY_DIR=<dir> -P TargetsAndCache.cmake
cmake_minimum_required(VERSION 3.25...4.3)
file(REMOVE_RECURSE "${BINARY_DIR}")
file(WRITE "${BINARY_DIR}/src/CMakeLists.txt" "cmake_minimum_required(VERSION 3.25)
project(targets C)
list(APPEND CMAKE_MODULE_PATH \"${SOURCE_DIR}/cmake\")
include(OpenSSLProbe)
openssl_probe()
find_package(OpenSSL REQUIRED)
get_property(_targets DIRECTORY PROPERTY IMPORTED_TARGETS)
file(WRITE \"\${CMAKE_BINARY_DIR}/targets.txt\" \"\${_targets}\")
")
execute_process(COMMAND "${CMAKE_COMMAND}" -S "${BINARY_DIR}/src" -B "${BINARY_DIR}/build"
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "the consumer does not configure:\n${_out}")
endif()
file(READ "${BINARY_DIR}/build/targets.txt" _made)
list(FILTER _made INCLUDE REGEX "^OpenSSL")

file(READ "${SOURCE_DIR}/docs/reference.md" _doc)
string(FIND "${_doc}" "\n## Targets" _from)
string(SUBSTRING "${_doc}" ${_from} -1 _section)
string(FIND "${_section}" "\n## " _end)
string(SUBSTRING "${_section}" 1 -1 _section)
string(FIND "${_section}" "\n## " _end)
string(SUBSTRING "${_section}" 0 ${_end} _section)
string(REGEX MATCHALL "\n\\| [^|]*" _cells "${_section}")
set(_documented "")
foreach(_cell IN LISTS _cells)
  string(REGEX MATCHALL "`[A-Za-z]+::[A-Za-z]+`" _names "${_cell}")
  list(TRANSFORM _names REPLACE "`" "")
  list(APPEND _documented ${_names})
endforeach()

set(_failed "")
foreach(_target IN LISTS _made)
  if(NOT _target IN_LIST _documented)
    string(APPEND _failed "docs/reference.md: the target ${_target} has no row in Targets\n")
  endif()
endforeach()
foreach(_target IN LISTS _documented)
  if(NOT _target IN_LIST _made)
    string(APPEND _failed "docs/reference.md: Targets names ${_target}, which a configure does not make\n")
  endif()
endforeach()

file(STRINGS "${BINARY_DIR}/build/CMakeCache.txt" _entries
  REGEX "^(OpenSSLProbe_|OPENSSL_|WITH_OPENSSL_DIR)[A-Za-z_]*:[A-Z]+=")
foreach(_entry IN LISTS _entries)
  string(REGEX MATCH "^([^:]+):([A-Z]+)=" _ "${_entry}")
  if(NOT CMAKE_MATCH_2 STREQUAL "INTERNAL" AND NOT _doc MATCHES "`${CMAKE_MATCH_1}`")
    string(APPEND _failed "docs/reference.md does not name the cache entry ${CMAKE_MATCH_1}\n")
  endif()
endforeach()
if(_failed)
  message(FATAL_ERROR "${_failed}")
endif()
