# Every function and macro of the module has one definition: CMake lets a
# later one of the same name replace an earlier one without a word.
#   cmake -DSOURCE_DIR=<repository> -P Names.cmake
cmake_minimum_required(VERSION 3.25...4.3)
file(GLOB _files "${SOURCE_DIR}/cmake/*.cmake" "${SOURCE_DIR}/cmake/OpenSSLProbe/*.cmake")
set(_seen "")
set(_failed "")
foreach(_file IN LISTS _files)
  file(STRINGS "${_file}" _lines REGEX "^(function|macro)\\(")
  foreach(_line IN LISTS _lines)
    string(REGEX REPLACE "^(function|macro)\\(([A-Za-z0-9_]+).*$" "\\2" _name "${_line}")
    string(TOLOWER "${_name}" _key) # CMake's command names ignore case
    if(_key IN_LIST _seen)
      string(APPEND _failed "${_name} is defined twice (again in ${_file})\n")
    endif()
    list(APPEND _seen "${_key}")
  endforeach()
endforeach()
if(_failed)
  message(FATAL_ERROR "${_failed}")
endif()
