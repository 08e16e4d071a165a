# The reason codes and texts have one home: every code the probe or the
# module gives has a row in guidance.tsv and in docs/reference.md, every
# text the module or the command asks for exists, and the table holds no
# bracket that would unbalance a CMake list.
#   cmake -DSOURCE_DIR=<repository> -P Codes.cmake
cmake_minimum_required(VERSION 3.25...4.3)

set(_table "${SOURCE_DIR}/cmake/OpenSSLProbe/guidance.tsv")
file(READ "${_table}" _tsv)
file(READ "${SOURCE_DIR}/docs/reference.md" _reference)
set(_failed "")
# Brackets would unbalance the CMake lists the module reads it into.
if(_tsv MATCHES "[][]")
  string(APPEND _failed "guidance.tsv holds a '[' or ']'\n")
endif()

# The codes given: the probe's macros, and the module's literal codes.
file(STRINGS "${SOURCE_DIR}/probe/osp_codes.h" _lines REGEX "^#define OSP_CODE_")
set(_codes "")
foreach(_line IN LISTS _lines)
  if(_line MATCHES "\"([a-z0-9-]+)\"")
    list(APPEND _codes "${CMAKE_MATCH_1}")
  endif()
endforeach()
file(GLOB _modules "${SOURCE_DIR}/cmake/*.cmake" "${SOURCE_DIR}/cmake/OpenSSLProbe/*.cmake")
foreach(_module IN LISTS _modules)
  file(READ "${_module}" _text)
  string(REGEX MATCHALL "_openssl_probe_json_(append|fail|failure)\\([^ \n]+ [a-z0-9${}_-]+"
    _calls "${_text}")
  foreach(_call IN LISTS _calls)
    string(REGEX MATCH "[^ ]+$" _code "${_call}")
    if(_code MATCHES "^[a-z0-9-]+$")
      list(APPEND _codes "${_code}")
    endif()
  endforeach()
  # Codes chosen into a variable first.
  string(REGEX MATCHALL "set\\(_osp_code [a-z0-9-]+\\)" _sets "${_text}")
  foreach(_set IN LISTS _sets)
    string(REGEX MATCH "[a-z0-9-]+\\)$" _code "${_set}")
    string(REPLACE ")" "" _code "${_code}")
    list(APPEND _codes "${_code}")
  endforeach()
endforeach()
list(REMOVE_DUPLICATES _codes)
list(LENGTH _codes _n)
if(_n LESS 20)
  string(APPEND _failed "found only ${_n} codes; the scan is broken\n")
endif()
foreach(_code IN LISTS _codes)
  if(NOT _tsv MATCHES "\ncode\t${_code}\t(search|yes|search-only|no)\t")
    string(APPEND _failed "code ${_code} has no row in guidance.tsv\n")
  endif()
  if(NOT _reference MATCHES "`${_code}`")
    string(APPEND _failed "code ${_code} is not in docs/reference.md\n")
  endif()
endforeach()

# Every text asked for by name exists: in the code, and as a code's
# advice (@<name>).
string(REGEX MATCHALL "\ncode\t[a-z0-9-]+\t(search|yes|search-only|no)\t@[a-z-]+" _asks "${_tsv}")
file(GLOB _users "${SOURCE_DIR}/cmake/OpenSSLProbe/*.cmake" "${SOURCE_DIR}/src/*.cpp")
foreach(_user IN LISTS _users)
  file(READ "${_user}" _text)
  string(REGEX MATCHALL "guidance_text\\((_osp_[a-z_]+ \"?|\")[a-z-]+" _user_asks "${_text}")
  list(APPEND _asks ${_user_asks})
endforeach()
# The steps of "What to do" that are texts (all but codes, search, upgrade).
string(REGEX MATCHALL "\nstep\t[a-z]+\t[a-z-]+" _steps "${_tsv}")
list(FILTER _steps EXCLUDE REGEX "\t(codes|search|upgrade)$")
list(APPEND _asks ${_steps})
foreach(_ask IN LISTS _asks)
  string(REGEX MATCH "[a-z-]+$" _name "${_ask}")
  if(NOT _tsv MATCHES "\ntext\t${_name}\t")
    string(STRIP "${_ask}" _ask)
    string(APPEND _failed "guidance.tsv has no text ${_name}, asked for by: ${_ask}\n")
  endif()
endforeach()

if(_failed)
  message(FATAL_ERROR "${_failed}")
endif()
message(STATUS "${_n} codes, each with guidance and documentation")
